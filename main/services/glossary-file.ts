// Loading a glossary for the terminology check from disk (TSV or TBX, see
// core/qa/glossary.ts); errors name the file.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { GlossaryFormatError, parseGlossary } from '../core/qa/glossary';
import type { GlossaryEntry } from '../core/qa/types';

export async function loadGlossaryFile(path: string): Promise<GlossaryEntry[]> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GlossaryFormatError(`cannot read the glossary "${name}": ${code === 'ENOENT' ? 'file not found' : code ?? String(error)}`);
  }
  try {
    return parseGlossary(text, name);
  } catch (error) {
    if (error instanceof GlossaryFormatError) throw new GlossaryFormatError(`cannot read the glossary "${name}": ${error.message}`);
    throw error;
  }
}
