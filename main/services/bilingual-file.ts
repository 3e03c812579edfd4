// Opening a bilingual file (TMX, XLIFF, TSV/CSV) as a project for review: the
// CLI's `import` and the editor's File › Open Bilingual… both call this.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { projectFromBilingual } from '../core/bilingual/project';
import { readBilingual } from '../core/bilingual/read';
import { BilingualImportError } from '../core/bilingual/types';
import type { Project } from '../core/project/types';
import { formatMiB, MAX_IMPORT_BYTES } from '../core/text/decode';

export const BILINGUAL_FORMAT_LABELS: Record<NonNullable<Project['bilingual']>['format'], string> = {
  'xliff-1.2': 'XLIFF 1.2', 'xliff-2.0': 'XLIFF 2.0', tmx: 'TMX', tsv: 'TSV', csv: 'CSV',
};

export function projectFromBilingualBytes(bytes: Uint8Array, fileName: string): Project {
  if (bytes.length > MAX_IMPORT_BYTES) throw new BilingualImportError(fileName, `it is ${formatMiB(bytes.length)}, over the ${formatMiB(MAX_IMPORT_BYTES)} limit.`);
  const { file, text } = readBilingual(bytes, fileName);
  const project = projectFromBilingual(file, fileName, text, basename(fileName, extname(fileName)));
  const checksum = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  project.sources.ar.checksum = checksum;
  project.sources.en.checksum = checksum;
  return project;
}

export async function readBilingualFile(path: string): Promise<Project> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new BilingualImportError(fileName, 'it is not a regular file.');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof BilingualImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new BilingualImportError(fileName, code === 'ENOENT' ? 'the file does not exist.' : `the file cannot be read (${code ?? (error as Error).message}).`);
  }
  return projectFromBilingualBytes(bytes, fileName);
}
