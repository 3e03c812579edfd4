// Reading the members of a ZIP container (.docx, .odt) with fflate, which is
// plain JavaScript and runs the same in the CLI, a worker and Electron. A
// damaged archive becomes one TextImportError naming the file.

import type { Unzipped } from 'fflate';
import { TextImportError } from '../text/decode';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];

export function isZip(bytes: Uint8Array): boolean {
  return startsWithBytes(bytes, ZIP_LOCAL_HEADER) || startsWithBytes(bytes, ZIP_EMPTY_ARCHIVE);
}

export function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, index) => bytes[index] === value);
}

/** Only the members wanted are inflated (a .docx's pictures can be most of its size). */
export function readZip(bytes: Uint8Array, fileName: string, wanted: (member: string) => boolean = () => true): Unzipped {
  if (hasEncryptedMember(bytes)) {
    throw new TextImportError(fileName, 'encrypted', 'it is password-protected; remove the password (save an unprotected copy) and import that.');
  }
  // Loaded here, not at the top: format detection runs for every file, .txt included, and needs no ZIP reader for those.
  const { unzipSync } = require('fflate') as typeof import('fflate');
  try {
    return unzipSync(bytes, { filter: (file) => wanted(file.name) });
  } catch (error) {
    throw new TextImportError(fileName, 'corrupt', `it is damaged: not a complete ZIP archive (${(error as Error).message}); open it in its program and save it again.`);
  }
}

/** Bit 0 of a local header's flags marks an encrypted member (ZIP's own password protection). */
function hasEncryptedMember(bytes: Uint8Array): boolean {
  return startsWithBytes(bytes, ZIP_LOCAL_HEADER) && bytes.length > 7 && (bytes[6] & 1) === 1;
}

/** A member as UTF-8 text, or undefined when the archive has no such member. */
export function memberText(members: Unzipped, name: string): string | undefined {
  const member = members[name];
  return member ? new TextDecoder('utf-8').decode(member) : undefined;
}
