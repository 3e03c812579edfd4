// Reads one side of a pair from disk for import: checks it is a readable
// regular file within the size limit before reading it, then hands the bytes
// to the engine's one import entry point (core/documents/import: plain text in
// any encoding, Word, OpenDocument, web pages, PDF, Markdown, subtitles) and
// records the original file's checksum. Every failure becomes a TextImportError
// that names the file. readTextFile keeps its name: it is what the CLI, the
// editor and batch runs call, for every format.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { importDocument } from '../core/documents/import';
import type { SourceDocument } from '../core/project/types';
import { EncodingName, formatMiB, MAX_IMPORT_BYTES, TextImportError } from '../core/text/decode';

/** Imports bytes already in memory (drag and drop, the browser bridge), any supported format. */
export async function importFromBytes(bytes: Uint8Array, fileName: string, override?: EncodingName): Promise<SourceDocument> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new TextImportError(fileName, 'too-large', `it is ${formatMiB(bytes.length)}, over the ${formatMiB(MAX_IMPORT_BYTES)} limit for a file to import.`);
  }
  const document = await importDocument(bytes, fileName, { encoding: override });
  document.checksum = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return document;
}

function fileSystemError(fileName: string, error: unknown): TextImportError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR': return new TextImportError(fileName, 'not-found', 'the file does not exist.');
    case 'EACCES':
    case 'EPERM': return new TextImportError(fileName, 'unreadable', 'permission denied: the file cannot be read.');
    case 'EISDIR': return new TextImportError(fileName, 'not-a-file', 'it is a folder, not a text file.');
    default: return new TextImportError(fileName, 'unreadable', `the file cannot be read (${code ?? (error as Error).message}).`);
  }
}

/** Reads and imports a file of any supported format; the SourceDocument's fileName is the base name. */
export async function readTextFile(filePath: string, override?: EncodingName): Promise<SourceDocument> {
  const fileName = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) throw new TextImportError(fileName, 'not-a-file', 'it is a folder, not a text file.');
    if (!stat.isFile()) throw new TextImportError(fileName, 'not-a-file', 'it is not a regular file.');
    if (stat.size > MAX_IMPORT_BYTES) {
      throw new TextImportError(fileName, 'too-large', `it is ${formatMiB(stat.size)}, over the ${formatMiB(MAX_IMPORT_BYTES)} limit for a text file.`);
    }
    bytes = await fs.readFile(filePath);
  } catch (error) {
    if (error instanceof TextImportError) throw error;
    throw fileSystemError(fileName, error);
  }
  return importFromBytes(bytes, fileName, override);
}
