import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, MAX_IMPORT_BYTES, TextImportError, EncodingName } from '../../../../main/core/text/decode';
import { repoRoot } from '../../../helpers/paths';

const FIXTURES = path.join(repoRoot(), 'tests', 'fixtures', 'text');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

// The text every ar-*.txt fixture holds (see tests/fixtures/text/make.py).
const ARABIC = 'قال الدكتور أحمد: إنّ الاقتصاد نما بنسبة 3.5% في عام 2020م. '
  + 'وأضاف أن الأسعار ارتفعت، ولكن الأجور لم ترتفع؟\n\n'
  + 'ثم غادر القاعة؛ وانتهى الاجتماع.\n';

function importError(fn: () => unknown, problem: string, fileName: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof TextImportError, `expected a TextImportError, got ${String(error)}`);
    assert.equal(error.problem, problem);
    assert.equal(error.fileName, fileName);
    assert.ok(error.message.includes(fileName), `message names the file: ${error.message}`);
    return true;
  });
}

const detected: Array<[string, EncodingName, boolean]> = [
  ['ar-utf8.txt', 'utf-8', false],
  ['ar-utf8-bom.txt', 'utf-8', true],
  ['ar-utf16le-bom.txt', 'utf-16le', true],
  ['ar-utf16be-bom.txt', 'utf-16be', true],
  ['ar-cp1256.txt', 'windows-1256', false],
  ['ar-iso8859-6.txt', 'iso-8859-6', false],
];

for (const [file, encoding, bom] of detected) {
  test(`detects ${encoding}${bom ? ' with BOM' : ''} and decodes the Arabic text exactly (${file})`, () => {
    const decoded = decodeText(read(file), file);
    assert.equal(decoded.encoding, encoding);
    assert.equal(decoded.bom, bom);
    assert.equal(decoded.text, ARABIC, 'same text, BOM removed, line ends kept');
  });
}

test('plain ASCII English is UTF-8', () => {
  const decoded = decodeText(new TextEncoder().encode('Hello.\nWorld.'), 'en.txt');
  assert.deepEqual(decoded, { text: 'Hello.\nWorld.', encoding: 'utf-8', bom: false });
});

test('line ends CRLF, CR and mixed are kept as they are in the file', () => {
  assert.equal(decodeText(read('en-crlf.txt'), 'en-crlf.txt').text.split('\r\n').length, 4);
  const cr = decodeText(read('en-cr.txt'), 'en-cr.txt').text;
  assert.equal(cr.split('\r').length, 4);
  assert.ok(!cr.includes('\n'));
  assert.equal(decodeText(read('ar-mixed-line-ends.txt'), 'x').text, 'سطر أول\r\nسطر ثان\rسطر ثالث\nسطر رابع');
});

test('an override decodes with the chosen encoding', () => {
  const decoded = decodeText(read('ar-cp1256.txt'), 'ar-cp1256.txt', 'windows-1256');
  assert.equal(decoded.text, ARABIC);
  assert.equal(decoded.encoding, 'windows-1256');
  const withBom = decodeText(read('ar-utf8-bom.txt'), 'ar-utf8-bom.txt', 'utf-8');
  assert.equal(withBom.text, ARABIC, 'the BOM is still removed');
  // ISO-8859-6 bytes (detected as such without an override) forced to Windows-1256
  // read as other letters: Python's cp1256 codec gives this text for them.
  assert.equal(decodeText(read('ar-iso8859-6.txt'), 'iso.txt').text, ARABIC);
  const forced = decodeText(read('ar-iso8859-6.txt'), 'iso.txt', 'windows-1256');
  assert.equal(forced.encoding, 'windows-1256');
  assert.ok(forced.text.startsWith('âان اندمتèر أحهد: إوٌ اناâتصاد وها بوسبة'), forced.text.slice(0, 40));
});

test('an override that cannot decode the bytes is a clear error', () => {
  importError(() => decodeText(read('ar-cp1256.txt'), 'ar-cp1256.txt', 'utf-8'), 'undecodable', 'ar-cp1256.txt');
  // Windows-1256 Arabic uses ف ق ك at 0xDD-0xDF, undefined in ISO-8859-6.
  importError(() => decodeText(read('ar-cp1256.txt'), 'ar-cp1256.txt', 'iso-8859-6'), 'undecodable', 'ar-cp1256.txt');
});

test('an empty file and a file of white space are errors naming the file', () => {
  importError(() => decodeText(read('empty.txt'), 'empty.txt'), 'empty', 'empty.txt');
  importError(() => decodeText(read('whitespace-only.txt'), 'whitespace-only.txt'), 'empty', 'whitespace-only.txt');
  importError(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom-only.txt'), 'empty', 'bom-only.txt');
});

test('binary files are refused: NUL bytes, or many control characters', () => {
  importError(() => decodeText(read('binary-nul.bin'), 'binary-nul.bin'), 'binary', 'binary-nul.bin');
  importError(() => decodeText(read('control-chars.txt'), 'control-chars.txt'), 'binary', 'control-chars.txt');
});

test('a stray control character (DOS end-of-file) does not make a text binary', () => {
  const decoded = decodeText(new TextEncoder().encode('A real sentence of text.\n\u001a'), 'dos.txt');
  assert.equal(decoded.encoding, 'utf-8');
});

test('bytes that are neither UTF-8 nor Arabic text in a legacy code page are refused', () => {
  importError(() => decodeText(read('undecodable.txt'), 'undecodable.txt'), 'undecodable', 'undecodable.txt');
});

test('a UTF-16 file of odd length is refused, not decoded with a replacement character', () => {
  importError(() => decodeText(read('utf16le-odd-length.txt'), 'utf16le-odd-length.txt'), 'undecodable', 'utf16le-odd-length.txt');
});

test('a UTF-8 BOM followed by invalid UTF-8 is refused', () => {
  importError(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]), 'bad.txt'), 'undecodable', 'bad.txt');
});

test('files over the documented 64 MiB limit are refused before decoding', () => {
  assert.equal(MAX_IMPORT_BYTES, 64 * 1024 * 1024);
  importError(() => decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1), 'huge.txt'), 'too-large', 'huge.txt');
});

test('ISO-8859-6 Arabic that also decodes as Windows-1256 is still read as ISO-8859-6', () => {
  // و ى ي are 0xE8-0xEA in ISO-8859-6: è é ê in Windows-1256, so both decoders accept these bytes.
  const bytes = read('ar-iso8859-6.txt');
  assert.ok(new TextDecoder('windows-1256').decode(bytes).includes('è'));
  assert.equal(decodeText(bytes, 'iso.txt').encoding, 'iso-8859-6');
});
