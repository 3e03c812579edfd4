// Which format a file is, from its bytes first and its name second: a .docx
// renamed .txt is still Word, a saved page named .txt is still HTML. Old binary
// Word and RTF files are refused with the way out ("save it as .docx").

import { TextImportError } from '../text/decode';
import type { DocumentFormat } from '../project/types';
import { isZip, readZip, startsWithBytes } from './zip';

/** The formats of one side of a pair, and the bilingual files `import` reads. */
export type DetectedFormat = DocumentFormat | 'xliff' | 'tmx' | 'tsv' | 'csv';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  if (isZip(bytes)) return detectZip(bytes, fileName);
  if (startsWithBytes(bytes, CFB_SIGNATURE)) {
    // Word, Excel and PowerPoint encrypt an OOXML file into a compound file with an EncryptedPackage stream.
    if (containsUtf16(bytes, 'EncryptedPackage')) {
      throw new TextImportError(fileName, 'encrypted', 'it is password-protected; open it in Word or LibreOffice, remove the password and save it as .docx.');
    }
    throw new TextImportError(fileName, 'unsupported-format', 'it is an old binary Word file (.doc); open it in Word or LibreOffice and save it as .docx.');
  }
  const head = latin1(bytes.subarray(0, 1024));
  if (head.startsWith('{\\rtf')) {
    throw new TextImportError(fileName, 'unsupported-format', 'it is an RTF file; open it in Word or LibreOffice and save it as .docx.');
  }
  if (head.includes('%PDF-')) return 'pdf';
  const start = head.replace(/^(\ufeff|\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)/, '').replace(/\u0000/g, '').trimStart();
  const extension = extensionOf(fileName);
  if (/^<\?xml/i.test(start) || start.startsWith('<')) {
    if (/<xliff[\s>]/.test(start)) return 'xliff';
    if (/<tmx[\s>]/.test(start)) return 'tmx';
    if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)[\s>]/i.test(start) || /<(html|body)[\s>]/i.test(start)) return 'html';
  }
  if (/^WEBVTT([ \t].*)?(\r?\n|$)/.test(start)) return 'vtt';
  if (/^\d+[ \t]*\r?\n\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*-->/.test(start)) return 'srt';
  switch (extension) {
    case 'html': case 'htm': case 'xhtml': return 'html';
    case 'md': case 'markdown': return 'markdown';
    case 'srt': return 'srt';
    case 'vtt': return 'vtt';
    case 'xlf': case 'xliff': return 'xliff';
    case 'tmx': return 'tmx';
    case 'tsv': return 'tsv';
    case 'csv': return 'csv';
    default: return 'text';
  }
}

function detectZip(bytes: Uint8Array, fileName: string): DetectedFormat {
  const members = readZip(bytes, fileName, (name) => name === 'mimetype');
  const names = zipMemberNames(bytes);
  const mimetype = members.mimetype ? new TextDecoder().decode(members.mimetype).trim() : '';
  if (names.includes('word/document.xml')) return 'docx';
  if (mimetype === ODT_MIMETYPE) return 'odt';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.')) {
    throw new TextImportError(fileName, 'unsupported-format', 'it is an OpenDocument file but not a text document (.odt); only text documents can be imported.');
  }
  if (names.some((name) => name.startsWith('xl/') || name.startsWith('ppt/'))) {
    throw new TextImportError(fileName, 'unsupported-format', 'it is an Excel or PowerPoint file; save the text as .docx first.');
  }
  throw new TextImportError(fileName, 'unsupported-format', 'it is a ZIP archive, not a document; unpack it and import the document inside.');
}

/** Member names from the central directory without inflating anything (falls back to local headers). */
function zipMemberNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
    const flags = view.getUint16(offset + 6, true);
    const compressedSize = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    names.push(new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength)));
    // With a data descriptor (flag bit 3) the size is not in the local header: stop and rely on what was seen.
    if (flags & 8) break;
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  if (names.includes('word/document.xml')) return names;
  // The central directory lists everything; search it when local headers were not enough.
  const text = latin1(bytes.subarray(Math.max(0, bytes.length - 65536)));
  return [...names, ...(text.match(/word\/document\.xml|xl\/[\w./]+|ppt\/[\w./]+/g) ?? [])];
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = [...word].flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let index = 0; index + pattern.length <= bytes.length; index++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[index + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
