import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importFromBytes, readTextFile } from '../../../main/services/text-file';
import { MAX_IMPORT_BYTES, TextImportError } from '../../../main/core/text/decode';
import { repoRoot } from '../../helpers/paths';
import { makeTempDir } from '../../helpers/temp-dir';

const FIXTURES = path.join(repoRoot(), 'tests', 'fixtures', 'text');

async function rejectsWith(promise: Promise<unknown>, problem: string, fileName: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof TextImportError, `expected a TextImportError, got ${String(error)}`);
    assert.equal(error.problem, problem);
    assert.ok(error.message.includes(`"${fileName}"`), error.message);
    assert.ok(!error.message.includes(path.sep + fileName), 'names the file, without its folder');
    return true;
  });
}

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = makeTempDir('text-file');
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('reads a Windows-1256 file into a source document named by its base name', async () => {
  const doc = await readTextFile(path.join(FIXTURES, 'ar-cp1256.txt'));
  assert.equal(doc.fileName, 'ar-cp1256.txt');
  assert.equal(doc.encoding, 'windows-1256');
  assert.ok(doc.text.startsWith('قال الدكتور أحمد'));
});

test('reads UTF-16 BE with its BOM removed, and honours an encoding override', async () => {
  const doc = await readTextFile(path.join(FIXTURES, 'ar-utf16be-bom.txt'));
  assert.equal(doc.encoding, 'utf-16be');
  assert.ok(!doc.text.startsWith('\ufeff'));
  const detected = await readTextFile(path.join(FIXTURES, 'ar-iso8859-6.txt'));
  assert.equal(detected.encoding, 'iso-8859-6');
  assert.equal(detected.text, doc.text);
  // Forced to the wrong code page, the same bytes read as other letters
  // (Python's cp1256 codec gives this text for them).
  const forced = await readTextFile(path.join(FIXTURES, 'ar-iso8859-6.txt'), 'windows-1256');
  assert.equal(forced.encoding, 'windows-1256');
  assert.ok(forced.text.startsWith('âان اندمتèر أحهد: إوٌ اناâتصاد وها بوسبة'), forced.text.slice(0, 40));
});

test('the stored text keeps CRLF line ends', async () => {
  const doc = await readTextFile(path.join(FIXTURES, 'en-crlf.txt'));
  assert.ok(doc.text.includes('muppets\r\n\r\nThere'));
});

test('a missing file is a clear error', async () => {
  await rejectsWith(readTextFile(path.join(FIXTURES, 'no-such-file.txt')), 'not-found', 'no-such-file.txt');
});

test('a path through a file (not a folder) is reported as not found', async () => {
  await rejectsWith(readTextFile(path.join(FIXTURES, 'ar-utf8.txt', 'inner.txt')), 'not-found', 'inner.txt');
});

test('a folder is a clear error', async (t) => {
  const dir = tempDir(t);
  const folder = path.join(dir, 'chapter-1.txt');
  fs.mkdirSync(folder);
  await rejectsWith(readTextFile(folder), 'not-a-file', 'chapter-1.txt');
});

test('an unreadable file is a clear error', async (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root: file permissions do not stop root from reading');
    return;
  }
  const file = path.join(tempDir(t), 'secret.txt');
  fs.writeFileSync(file, 'text');
  fs.chmodSync(file, 0o000);
  await rejectsWith(readTextFile(file), 'unreadable', 'secret.txt');
});

test('a file over the size limit is refused from its size, without reading it', async (t) => {
  const file = path.join(tempDir(t), 'huge.txt');
  // A sparse file: its size is over the limit but it takes no disk space.
  fs.closeSync(fs.openSync(file, 'w'));
  fs.truncateSync(file, MAX_IMPORT_BYTES + 1);
  await rejectsWith(readTextFile(file), 'too-large', 'huge.txt');
});

test('empty, binary and undecodable files are clear errors', async () => {
  await rejectsWith(readTextFile(path.join(FIXTURES, 'empty.txt')), 'empty', 'empty.txt');
  await rejectsWith(readTextFile(path.join(FIXTURES, 'binary-nul.bin')), 'binary', 'binary-nul.bin');
  await rejectsWith(readTextFile(path.join(FIXTURES, 'undecodable.txt')), 'undecodable', 'undecodable.txt');
});

test('dropped bytes are imported the same way as a file read, with the same checksum', async () => {
  const bytes = fs.readFileSync(path.join(FIXTURES, 'ar-utf16le-bom.txt'));
  const fromBytes = await importFromBytes(bytes, 'dropped.txt');
  const fromFile = await readTextFile(path.join(FIXTURES, 'ar-utf16le-bom.txt'));
  assert.deepEqual(fromBytes, { ...fromFile, fileName: 'dropped.txt' });
  assert.equal(fromFile.format, 'text');
  assert.match(fromFile.checksum ?? '', /^sha256:[0-9a-f]{64}$/);
  await assert.rejects(importFromBytes(new Uint8Array(), 'dropped.txt'), TextImportError);
});
