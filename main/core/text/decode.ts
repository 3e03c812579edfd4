// Turns the bytes of an imported text file into a string, detecting the
// encoding. The decoded text is stored exactly as decoded (line ends kept,
// nothing normalised); only a byte-order mark is dropped.

/** Encodings Muqabala imports. The legacy Arabic code pages are what older Windows and Mac tools still write. */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

export const ENCODING_NAMES: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'];

/**
 * Largest file we import: 64 MiB. A book-length text is a few MiB; anything
 * bigger is almost surely not a text to align, and decoding it would hold the
 * whole file several times in memory.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export type TextImportProblem =
  | 'empty' | 'binary' | 'too-large' | 'undecodable' | 'not-found' | 'not-a-file' | 'unreadable' | 'same-as-other'
  // Documents (main/core/documents): a format we do not read, a damaged file, a password, nothing to extract.
  | 'unsupported-format' | 'corrupt' | 'encrypted' | 'no-text';

/** The one error import raises; its message always names the file, so it can be shown to the user as it is. */
export class TextImportError extends Error {
  readonly fileName: string;
  readonly problem: TextImportProblem;
  constructor(fileName: string, problem: TextImportProblem, detail: string) {
    super(`Cannot import "${fileName}": ${detail}`);
    this.name = 'TextImportError';
    this.fileName = fileName;
    this.problem = problem;
  }
}

export interface DecodedText {
  text: string;
  encoding: EncodingName;
  /** The file started with a byte-order mark (removed from text). */
  bom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Decodes strictly: undefined or malformed byte sequences give null instead of U+FFFD. */
function decodeStrict(bytes: Uint8Array, encoding: EncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return.
// A few (a stray DOS end-of-file 0x1A, say) occur in real text files; many mean binary data.
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function looksBinary(text: string): boolean {
  const controls = text.match(CONTROL_CHARS)?.length ?? 0;
  return controls > 2 && controls > text.length * 0.005;
}

// Non-ASCII characters that real Arabic or English text decoded from a legacy
// code page consists of: letters and marks of any script, and the usual
// typographic punctuation. Windows-1256 gives a character to every byte, so
// "it decoded" proves nothing; what it decoded to must also look like text.
const PLAUSIBLE_NON_ASCII = /[\p{L}\p{M}\u00a0\u00ab\u00bb\u00b0\u00d7\u00f7\u060c\u061b\u061f\u066a-\u066c\u0660-\u0669\u06f0-\u06f9\u200c-\u200f\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/u;

function plausibleLegacyText(text: string): boolean {
  let nonAscii = 0;
  let implausible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    // The Arabic block itself is plausible without asking the regular expression (fast path for Arabic text).
    if (code >= 0x600 && code <= 0x6ff) continue;
    if (!PLAUSIBLE_NON_ASCII.test(text[i])) implausible++;
  }
  return implausible <= Math.max(1, nonAscii * 0.05);
}

function arabicLetterCount(text: string): number {
  return text.match(/[\u0621-\u064a]/g)?.length ?? 0;
}

/**
 * Picks between the two legacy Arabic code pages. ISO-8859-6 leaves many
 * bytes undefined (0xDB-0xDF among them, where Windows-1256 has ف ق ك), so a
 * strict ISO decode failing rules it out. When both decode, the one that
 * yields more Arabic letters wins: ISO-8859-6 Arabic read as Windows-1256
 * turns و ى ي (0xE8-0xEA) into è é ê.
 */
function decodeLegacyArabic(bytes: Uint8Array): DecodedText | null {
  const cp1256 = decodeStrict(bytes, 'windows-1256');
  const iso = decodeStrict(bytes, 'iso-8859-6');
  const candidates: DecodedText[] = [];
  if (cp1256 !== null && plausibleLegacyText(cp1256)) candidates.push({ text: cp1256, encoding: 'windows-1256', bom: false });
  if (iso !== null && plausibleLegacyText(iso)) candidates.push({ text: iso, encoding: 'iso-8859-6', bom: false });
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => arabicLetterCount(b.text) - arabicLetterCount(a.text));
  return candidates[0];
}

function detect(bytes: Uint8Array, fileName: string): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new TextImportError(fileName, 'undecodable', 'UTF-32 text is not supported; save it as UTF-8.');
  }
  if (startsWith(bytes, UTF8_BOM)) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    if (text === null) throw new TextImportError(fileName, 'undecodable', 'it starts with a UTF-8 byte-order mark but contains bytes that are not valid UTF-8.');
    return { text, encoding: 'utf-8', bom: true };
  }
  for (const [bom, encoding] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = decodeStrict(bytes.subarray(2), encoding);
    if (text === null) throw new TextImportError(fileName, 'undecodable', `it starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} (odd length or broken surrogate pairs).`);
    return { text, encoding, bom: true };
  }
  if (bytes.includes(0)) {
    throw new TextImportError(fileName, 'binary', 'it is a binary file, not plain text (it contains NUL bytes). If it is UTF-16 text, save it with a byte-order mark or as UTF-8.');
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
  const legacy = decodeLegacyArabic(bytes);
  if (legacy !== null) return legacy;
  throw new TextImportError(fileName, 'undecodable', 'its bytes are neither valid UTF-8 nor readable as Windows-1256 or ISO-8859-6 Arabic text. Choose its encoding by hand or save it as UTF-8.');
}

function decodeWithOverride(bytes: Uint8Array, fileName: string, encoding: EncodingName): DecodedText {
  let body = bytes;
  let bom = false;
  const bomBytes = encoding === 'utf-8' ? UTF8_BOM : encoding === 'utf-16le' ? [0xff, 0xfe] : encoding === 'utf-16be' ? [0xfe, 0xff] : [];
  if (bomBytes.length > 0 && startsWith(bytes, bomBytes)) {
    body = bytes.subarray(bomBytes.length);
    bom = true;
  }
  const text = decodeStrict(body, encoding);
  if (text === null) throw new TextImportError(fileName, 'undecodable', `it cannot be read as ${encoding}: it contains bytes that are not valid in that encoding.`);
  return { text, encoding, bom };
}

/**
 * Decodes an imported file. Without an override the encoding is detected:
 * a BOM (UTF-8, UTF-16 LE/BE) decides; otherwise valid UTF-8 is UTF-8, and
 * anything else must read as Windows-1256 or ISO-8859-6. Throws one
 * TextImportError naming the file for empty, oversized, binary or
 * undecodable input.
 */
export function decodeText(bytes: Uint8Array, fileName: string, override?: EncodingName): DecodedText {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new TextImportError(fileName, 'too-large', `it is ${formatMiB(bytes.length)}, over the ${formatMiB(MAX_IMPORT_BYTES)} limit for a text file.`);
  }
  if (bytes.length === 0) throw new TextImportError(fileName, 'empty', 'the file is empty.');
  const decoded = override ? decodeWithOverride(bytes, fileName, override) : detect(bytes, fileName);
  if (decoded.text.trim() === '') throw new TextImportError(fileName, 'empty', 'the file contains no text (only white space).');
  if (looksBinary(decoded.text)) throw new TextImportError(fileName, 'binary', 'it is a binary file, not plain text (it contains many control characters).');
  return decoded;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
