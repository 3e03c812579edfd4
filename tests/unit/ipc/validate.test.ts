import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INVOKE_METHODS } from '../../../main/ipc/contract';
import { isInvokeMethod, validateInvokeArgs } from '../../../main/ipc/validate';

function rejects(run: () => unknown, message: RegExp): void {
  assert.throws(run, (error: Error & { code?: string }) => {
    assert.equal(error.code, 'bad-request');
    assert.match(error.message, message);
    return true;
  });
}

test('every contract method has a validator, and methods without arguments refuse extra ones', () => {
  for (const method of INVOKE_METHODS) assert.ok(isInvokeMethod(method), method);
  assert.equal(isInvokeMethod('constructor'), false);
  assert.equal(isInvokeMethod('__proto__'), false);
  assert.deepEqual(validateInvokeArgs('getProject', []), []);
  rejects(() => validateInvokeArgs('undo', ['surprise']), /undo.*takes no arguments/);
  rejects(() => validateInvokeArgs('undo', 'not a list'), /list of arguments/);
});

test('edit requests are checked field by field and rebuilt without extra fields', () => {
  assert.deepEqual(
    validateInvokeArgs('applyEdit', [{ kind: 'move-sentence', beadId: 'b1', side: 'en', which: 'last', extra: 'dropped' }]),
    [{ kind: 'move-sentence', beadId: 'b1', side: 'en', which: 'last' }],
  );
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'explode' }]), /request\.kind: expected one of merge-with-next/);
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'split-pair', beadId: 'b1', arIndex: -1, enIndex: 0 }]), /request\.arIndex: expected a whole number/);
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'split-pair', beadId: 'b1', arIndex: 1.5, enIndex: 0 }]), /arIndex/);
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'move-sentence', beadId: 'b1', side: 'fr', which: 'last' }]), /request\.side: expected one of ar, en/);
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'edit-text', beadId: 'b1', side: 'en', texts: ['ok', 3] }]), /request\.texts\[1\]: expected a string/);
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'set-status', beadIds: [], status: 'approved' }]), /at least one pair/);
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'set-status', beadIds: ['b1'], status: 'done' }]), /status: expected one of unreviewed, approved, rejected/);
  rejects(() => validateInvokeArgs('applyEdit', [null]), /request: expected an object/);
});

test('createProject needs a file name and a path or bytes for each side; encodings are from the known list', () => {
  const bytes = new Uint8Array([104, 105]);
  const [request] = validateInvokeArgs('createProject', [{
    ar: { fileName: 'a.txt', path: '/tmp/a.txt' }, en: { fileName: 'e.txt', bytes }, encoding: { ar: 'windows-1256' }, name: 'N',
  }]);
  assert.equal(request.en.bytes, bytes);
  assert.deepEqual(request.encoding, { ar: 'windows-1256' });
  rejects(() => validateInvokeArgs('createProject', [{ ar: { fileName: 'a.txt' }, en: { fileName: 'e.txt', path: '/e' } }]), /request\.ar: needs a path or the file's bytes/);
  rejects(() => validateInvokeArgs('createProject', [{ ar: { fileName: 'a.txt', bytes: [1, 2] }, en: { fileName: 'e.txt', path: '/e' } }]), /request\.ar\.bytes: expected bytes/);
  rejects(() => validateInvokeArgs('createProject', [{ ar: { fileName: 'a', path: '/a' }, en: { fileName: 'e', path: '/e' }, encoding: { en: 'latin-1' } }]), /request\.encoding\.en/);
});

test('exports need a known format and an explicit all flag; links must be http or https', () => {
  assert.deepEqual(validateInvokeArgs('exportProject', [{ format: 'tmx', all: false, path: '/tmp/x.tmx' }]), [{ format: 'tmx', all: false, path: '/tmp/x.tmx' }]);
  rejects(() => validateInvokeArgs('exportProject', [{ format: 'docx', all: false }]), /request\.format/);
  rejects(() => validateInvokeArgs('exportProject', [{ format: 'tmx', all: 'yes' }]), /request\.all: expected true or false/);
  assert.deepEqual(validateInvokeArgs('openExternal', ['https://example.org/x']), ['https://example.org/x']);
  rejects(() => validateInvokeArgs('openExternal', ['file:///etc/passwd']), /only http and https/);
  rejects(() => validateInvokeArgs('openExternal', ['javascript:alert(1)']), /only http and https/);
  rejects(() => validateInvokeArgs('confirmClose', ['true']), /discardChanges: expected true or false/);
  rejects(() => validateInvokeArgs('openProject', ['']), /path: must not be empty/);
  assert.deepEqual(validateInvokeArgs('openProject', []), [undefined]);
});

test('replace requests keep only their fields and check the position of a single replacement', () => {
  assert.deepEqual(
    validateInvokeArgs('applyEdit', [{ kind: 'replace-text', side: 'en', query: 'a', replacement: 'b', beadIds: ['b1'], at: { beadId: 'b1', sentence: 0, start: 3, x: 1 }, y: 2 }]),
    [{ kind: 'replace-text', side: 'en', query: 'a', replacement: 'b', beadIds: ['b1'], at: { beadId: 'b1', sentence: 0, start: 3 } }],
  );
  assert.deepEqual(
    validateInvokeArgs('applyEdit', [{ kind: 'replace-text', side: 'en', query: 'a', replacement: '' }]),
    [{ kind: 'replace-text', side: 'en', query: 'a', replacement: '' }],
  );
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'replace-text', side: 'en', query: 'a' }]), /request\.replacement: expected a string/);
  rejects(() => validateInvokeArgs('applyEdit', [{ kind: 'replace-text', side: 'en', query: 'a', replacement: 'b', at: { beadId: 'b1', sentence: -1, start: 0 } }]), /request\.at\.sentence/);
  rejects(() => validateInvokeArgs('findMatches', [7]), /query: expected a string/);
});
