// The English spell checker behind the spelling check: nspell (Hunspell in
// JavaScript) with dictionary-en and dictionary-en-gb (SCOWL-based en_US and
// en_GB, MIT and BSD), all from npm, read from node_modules once per process.
// A word either dictionary knows is right: translators write both 'color' and
// 'colour'. Loading takes about a second, so it is done on first use and kept.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import nspell from 'nspell';
import type { SpellChecker } from '../core/qa/types';

let loaded: SpellChecker | null = null;

/** A dictionary package's folder: the packages export only an ES module that reads the same two files. */
function dictionaryFolder(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const candidate = path.join(base, name);
    if (existsSync(path.join(candidate, 'index.aff'))) return candidate;
  }
  throw new Error(`the English dictionary (npm package ${name}) is not installed`);
}

function loadHunspell(name: string): ReturnType<typeof nspell> {
  const folder = dictionaryFolder(name);
  return nspell(readFileSync(path.join(folder, 'index.aff')), readFileSync(path.join(folder, 'index.dic')));
}

export function englishSpellChecker(): SpellChecker {
  if (!loaded) {
    const american = loadHunspell('dictionary-en');
    const british = loadHunspell('dictionary-en-gb');
    const suggestions = new Map<string, string[]>();
    loaded = {
      correct: (word) => american.correct(word) || british.correct(word),
      // The same typo recurs through a document: suggest (the slow part) once per word.
      suggest: (word) => {
        let found = suggestions.get(word);
        if (!found) {
          found = american.suggest(word);
          suggestions.set(word, found);
        }
        return found;
      },
    };
  }
  return loaded;
}
