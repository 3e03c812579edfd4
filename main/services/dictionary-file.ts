// Loading a user's bilingual dictionary from disk: a TSV word list, or a dictd
// pair (NAME.index with NAME.dict.dz or NAME.dict beside it), e.g. FreeDict's
// ara-eng from Debian's dict-freedict-ara-eng. Never bundled: the user points at it.

import { access, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  DictionaryFormatError, parseDictdDictionary, parseDictionary, type BilingualDictionary,
} from '../core/align/dictionary';

/** Where Debian's dict-freedict-ara-eng installs FreeDict's Arabic-English dictionary (GPL: used when installed, never bundled). */
export const FREEDICT_ARA_ENG = '/usr/share/dictd/freedict-ara-eng.index';

/** The path `--dictionary auto` stands for: the installed FreeDict ara-eng, or null when it is not installed. */
export async function installedDictionary(candidate = FREEDICT_ARA_ENG): Promise<string | null> {
  return (await exists(candidate)) ? candidate : null;
}

export async function loadDictionaryFile(path: string): Promise<BilingualDictionary> {
  const name = basename(path);
  try {
    if (path.endsWith('.index')) {
      const stem = path.slice(0, -'.index'.length);
      const dataPath = (await exists(`${stem}.dict.dz`)) ? `${stem}.dict.dz` : `${stem}.dict`;
      return parseDictdDictionary(await readFile(path, 'utf8'), await readFile(dataPath));
    }
    return parseDictionary(await readFile(path, 'utf8'), 'tsv');
  } catch (error) {
    if (error instanceof DictionaryFormatError) {
      throw new DictionaryFormatError(`cannot read the dictionary "${name}": ${error.message}`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new DictionaryFormatError(`cannot read the dictionary "${name}": ${code === 'ENOENT' ? 'file not found' : code}`);
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}
