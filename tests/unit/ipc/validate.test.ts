import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOKE_METHODS, type InvokeMethod } from '../../../main/ipc/contract';
import { isInvokeMethod, validateInvokeArgs } from '../../../main/ipc/validate';
import { createSessionApi } from '../../../main/services/api';
import { RecoveryStore } from '../../../main/services/recovery';
import { ProjectSession } from '../../../main/services/session';

function rejects(run: () => unknown, message: RegExp): void {
  assert.throws(run, (error: Error & { code?: string }) => {
    assert.equal(error.code, 'bad-request');
    assert.match(error.message, message);
    return true;
  });
}

// One well-formed call of every contract method: the mapped type makes the compiler ask for each.
const WELL_FORMED: { [M in InvokeMethod]: unknown[] } = {
  getAppInfo: [], startup: [], getProject: [], openSample: [], cancelTask: [], saveProject: [], undo: [], redo: [],
  checkRecovery: [], restoreRecovery: [], discardRecovery: [],
  createProject: [{ ar: { fileName: 'a.txt', path: '/a.txt' }, en: { fileName: 'e.txt', path: '/e.txt' } }],
  openProject: ['/p.muqabala'], saveProjectAs: ['/p.muqabala'],
  applyEdit: [{ kind: 'merge-with-next', beadId: 'b1' }], searchBeads: ['query'],
  exportProject: [{ format: 'tsv', all: true }], confirmClose: [true], openExternal: ['https://example.org/'],
  findMatches: ['query'], getStatistics: ['chapter-01'], setViewState: [{ selectedBeadId: 'b1', topBeadId: null }],
  exportDocument: [{ side: 'en', output: 'txt', path: '/en.txt' }], openBilingual: [{ fileName: 'a.xlf', path: '/a.xlf' }],
  getFindings: [], setQaSettings: [{ disabled: ['spelling'] }], loadGlossary: [{ fileName: 'g.tsv', path: '/g.tsv' }],
  exportLexicon: ['/lexicon.tsv'], loadLexicon: [{ fileName: 'l.tsv', path: '/l.tsv' }],
  pairDocuments: [['ch01.ar.txt', 'ch01.en.txt']],
  createDocumentsProject: [{ documents: [{ id: 'ch01', ar: { fileName: 'ch01.ar.txt', path: '/ch01.ar.txt' }, en: { fileName: 'ch01.en.txt', path: '/ch01.en.txt' } }] }],
};

test('the contract lists every method the services answer, and each has a validator that checks its arguments', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'muqabala-validate-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  const api = createSessionApi({
    session: new ProjectSession(), recovery: new RecoveryStore(dataDir),
    dialogs: null, emitProgress: () => {}, appVersion: '0', shell: 'browser', sampleDir: '.', defaultDirectory: '.',
  });
  // The shell's own handles on a window's session (SessionApiInstance beyond SessionApi) are not IPC methods.
  const shellOnly = new Set(['shutdown', 'beginInitialLoad', 'rendererStarted']);
  const served = Object.keys(api).filter((name) => !shellOnly.has(name)).sort();
  assert.deepEqual([...INVOKE_METHODS].sort(), served, 'every method of the session API has an IPC channel, and no other');
  await api.shutdown();
  for (const method of INVOKE_METHODS) {
    assert.ok(isInvokeMethod(method), method);
    const args = WELL_FORMED[method];
    assert.doesNotThrow(() => validateInvokeArgs(method, args), method);
    rejects(() => validateInvokeArgs(method, 'not a list'), /list of arguments/);
    rejects(() => validateInvokeArgs(method, [...args, 'surprise']), new RegExp(`${method}.*(takes|argument)`));
  }
  assert.equal(isInvokeMethod('constructor'), false);
  assert.equal(isInvokeMethod('__proto__'), false);
  assert.deepEqual(validateInvokeArgs('getProject', []), []);
  rejects(() => validateInvokeArgs('undo', ['surprise']), /undo.*takes no arguments/);
  // The reviewer's place, with the document shown when there is one.
  assert.deepEqual(validateInvokeArgs('setViewState', [{ selectedBeadId: 'b1', topBeadId: null, documentId: 'ch01' }]), [{ selectedBeadId: 'b1', topBeadId: null, documentId: 'ch01' }]);
  assert.deepEqual(validateInvokeArgs('setViewState', [{ selectedBeadId: 'b1', topBeadId: null }]), [{ selectedBeadId: 'b1', topBeadId: null }]);
  rejects(() => validateInvokeArgs('setViewState', [{ selectedBeadId: 'b1', topBeadId: null, documentId: 7 }]), /documentId/);
  // Statistics over the whole project, or over one document named by its id.
  assert.deepEqual(validateInvokeArgs('getStatistics', []), []);
  rejects(() => validateInvokeArgs('getStatistics', [null]), /document/);
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
  rejects(() => validateInvokeArgs('confirmClose', ['true']), /proceed: expected true or false/);
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
