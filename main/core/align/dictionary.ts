// An optional, user-loaded Arabic-English word list: extra lexical evidence
// for the aligner. Nothing is bundled (FreeDict's ara-eng is GPL); the user
// points the app at a file.
//
// TSV format (UTF-8), one entry per line:
//   arabic<TAB>english[;english...]
// e.g. `كتاب<TAB>book;volume`. Lines starting with '#' and blank lines are
// ignored. Arabic is compared in matching form (diacritics, tatweel and letter
// variants ignored) and with the clitics و ف ب ك ل ال stripped; English is
// compared word by word, lowercase, plural -s dropped, so a multi-word
// translation ('prime minister') contributes its words.
//
// dictd format (FreeDict): the .index file (headword TAB base64 offset TAB
// base64 length) and the .dict or .dict.dz file (gzip; dictzip is gzip) whose
// entries give the headword on their first line and one translation per
// further line ('1. book' when numbered).

import { gunzipSync } from 'node:zlib';
import { normaliseForMatching } from '../text/normalise';
import { ARABIC_PREFIXES } from './skeleton';

export interface BilingualDictionary {
  /** English words (lowercase) that an Arabic word (matching form) may translate to; [] when unknown. */
  translations(arabicWord: string): readonly string[];
  /** Number of Arabic headwords. */
  readonly size: number;
}

export class DictionaryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DictionaryFormatError';
  }
}

const ARABIC_SUFFIXES = ['هما', 'هم', 'ها', 'ات', 'ون', 'ين', 'ه'];
const ENGLISH_WORD = /[a-z][a-z'-]*/g;

class WordListDictionary implements BilingualDictionary {
  private readonly entries = new Map<string, string[]>();

  add(arabic: string, english: string[]): void {
    const key = normaliseForMatching(arabic).trim();
    if (key === '') return;
    const words = new Set(this.entries.get(key) ?? []);
    for (const phrase of english) for (const word of phrase.toLowerCase().match(ENGLISH_WORD) ?? []) words.add(word);
    if (words.size > 0) this.entries.set(key, [...words]);
  }

  get size(): number {
    return this.entries.size;
  }

  translations(arabicWord: string): readonly string[] {
    const direct = this.entries.get(arabicWord);
    if (direct) return direct;
    for (const stem of stems(arabicWord)) {
      const found = this.entries.get(stem);
      if (found) return found;
    }
    return [];
  }
}

/** The word without its clitic prefixes and common suffixes, longest stripping last. */
function stems(word: string): string[] {
  const out: string[] = [];
  const bases = [word];
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) bases.push(word.slice(prefix.length));
  }
  for (const base of bases) {
    if (base !== word) out.push(base);
    for (const suffix of ARABIC_SUFFIXES) {
      if (base.endsWith(suffix) && base.length - suffix.length >= 2) out.push(base.slice(0, -suffix.length));
    }
  }
  return out;
}

/** Parse a dictionary in the TSV format described at the top of this file. */
export function parseDictionary(text: string, format: 'tsv'): BilingualDictionary {
  if (format !== 'tsv') throw new DictionaryFormatError(`unknown dictionary format: ${String(format)}`);
  const dictionary = new WordListDictionary();
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new DictionaryFormatError(`line ${index + 1}: expected "arabic<TAB>english[;english...]"`);
    const english = line.slice(tab + 1).split(';').map((s) => s.trim()).filter((s) => s !== '');
    if (english.length === 0) throw new DictionaryFormatError(`line ${index + 1}: no English translation`);
    dictionary.add(line.slice(0, tab), english);
  });
  return dictionary;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const ch of text) {
    const digit = BASE64.indexOf(ch);
    if (digit < 0) throw new DictionaryFormatError(`bad dictd number: ${text}`);
    value = value * 64 + digit;
  }
  return value;
}

/**
 * Parse a dictd dictionary (e.g. /usr/share/dictd/freedict-ara-eng.index and
 * .dict.dz): the index as text, the data as bytes, gzip-compressed or not.
 */
export function parseDictdDictionary(indexText: string, data: Uint8Array): BilingualDictionary {
  const isGzip = data.length > 2 && data[0] === 0x1f && data[1] === 0x8b;
  const bytes = Buffer.from(isGzip ? gunzipSync(data) : data);
  const dictionary = new WordListDictionary();
  for (const line of indexText.split('\n')) {
    const [headword, offsetText, lengthText] = line.split('\t');
    if (!headword || !offsetText || !lengthText || headword.startsWith('00database')) continue;
    const offset = decodeDictdNumber(offsetText);
    const entry = bytes.subarray(offset, offset + decodeDictdNumber(lengthText)).toString('utf8');
    // The first line repeats the headword (and a pronunciation); each further line is a translation, numbered when there are several.
    const english = entry
      .split('\n')
      .slice(1)
      .map((entryLine) => entryLine.replace(/^\s*\d+\.\s+/, '').trim())
      .filter((translation) => translation !== '');
    if (english.length > 0) dictionary.add(headword, english);
  }
  if (dictionary.size === 0) throw new DictionaryFormatError('no entries found in the dictd files');
  return dictionary;
}
