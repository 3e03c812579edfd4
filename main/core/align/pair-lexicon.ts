// A translation lexicon learnt from the pair itself (issue 12), as hunalign's
// realign learns one with its bootstrap dictionary: after a first alignment,
// IBM Model 1 (EM over word co-occurrences in the beads) estimates t(e | a),
// the chance that Arabic word a is rendered by English word e, and its
// confident entries become a BilingualDictionary for a re-align (option
// `learnLexicon`, CLI `--learn-lexicon`). Off by default: see the README for
// what it gains and costs. (Used as a witness for the match score, learnt on
// half of the beads and judging the other half, it did not tell short
// translations from unrelated texts: README, Benchmark.)
// Words are content words in a light stem (clitics and common suffixes off on
// the Arabic side, the English dictionary form on the other), so that the few
// beads of one document are enough to see a word recur.

import { normaliseForMatching } from '../text/normalise';
import type { BilingualDictionary } from './dictionary';
import { ENGLISH_STOPWORDS, englishKey } from './features';
import { Model1 } from './model1';

const ARABIC_WORD = /[\u0621-\u064a]+/g;
const LATIN_WORD = /[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*/g;
/** Clitics and the article, longest first; a stem keeps at least three letters. */
const ARABIC_PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
const ARABIC_SUFFIXES = ['هما', 'ها', 'هم', 'ات', 'ون', 'ين', 'ان', 'ة', 'ه'];
/** Function words (matching form) that would otherwise co-occur with everything. */
const ARABIC_STOPWORDS: ReadonlySet<string> = new Set(
  ('في من على الى الي ان عن مع هذا هذه ذلك تلك التي الذي الذين كان كانت قد لقد لم لن ما لا او ثم حيث بعد قبل ' +
    'كما وقد وفي ومن وان انه انها عند بين حتى اذا كل بعض غير منذ خلال ضد لدى نحو اي هو هي هم وهو وهي ايضا ' +
    'قال وقال اليوم').split(' '),
);
const MIN_STEM = 3;

/** Content-word stems of an Arabic sentence (matching form). */
export function arabicStems(text: string): string[] {
  const out: string[] = [];
  for (const word of normaliseForMatching(text).match(ARABIC_WORD) ?? []) {
    if (ARABIC_STOPWORDS.has(word)) continue;
    const stem = arabicStem(word);
    if (stem.length >= MIN_STEM) out.push(stem);
  }
  return out;
}

export function arabicStem(word: string): string {
  let stem = word;
  for (const prefix of ARABIC_PREFIXES) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= MIN_STEM) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  return stem;
}

/** Content words of an English sentence in the dictionary form the aligner's keys use (features.ts englishKey). */
export function englishWords(text: string): string[] {
  const out: string[] = [];
  for (const word of text.match(LATIN_WORD) ?? []) {
    const key = englishKey(word);
    if (key.length >= MIN_STEM && !ENGLISH_STOPWORDS.has(key)) out.push(key);
  }
  return out;
}

/** Interns words of the two sides as small integers (separate id spaces). */
export class WordIds {
  readonly ar = new Map<string, number>();
  readonly en = new Map<string, number>();
  arIds(words: readonly string[]): number[] {
    return words.map((w) => intern(this.ar, w));
  }
  enIds(words: readonly string[]): number[] {
    return words.map((w) => intern(this.en, w));
  }
}

function intern(map: Map<string, number>, word: string): number {
  let id = map.get(word);
  if (id === undefined) {
    id = map.size;
    map.set(word, id);
  }
  return id;
}

/** Lexicon entries at or above this t(e | a) are offered to a re-align, for Arabic words seen in at least MIN_SEEN pairs. */
const DICTIONARY_T = 0.15;
const MIN_SEEN = 2;

/**
 * The lexicon learnt from `pairs` as a BilingualDictionary over the words the
 * aligner looks up (matching form, so the stem is looked up here), merged with
 * the user's dictionary when one is given.
 */
export function lexiconDictionary(
  pairs: ReadonlyArray<{ ar: string; en: string }>,
  user?: BilingualDictionary,
): BilingualDictionary {
  const ids = new WordIds();
  const wordPairs = pairs.map((p) => ({ ar: ids.arIds(arabicStems(p.ar)), en: ids.enIds(englishWords(p.en)) }));
  const seen = new Map<number, number>();
  for (const pair of wordPairs) for (const a of new Set(pair.ar)) seen.set(a, (seen.get(a) ?? 0) + 1);
  const model = new Model1(wordPairs.map((pair) => ({ source: pair.ar, target: pair.en })), ids.ar.size, ids.en.size);
  model.train();
  const arabic = [...ids.ar.keys()];
  const english = [...ids.en.keys()];
  const entries = new Map<string, string[]>();
  for (const [a, e, p] of model.entries()) {
    if ((seen.get(a) ?? 0) < MIN_SEEN || p < DICTIONARY_T) continue;
    const words = entries.get(arabic[a]);
    if (words) words.push(english[e]);
    else entries.set(arabic[a], [english[e]]);
  }
  return {
    size: entries.size + (user?.size ?? 0),
    translations(arabicWord: string): readonly string[] {
      const learnt = entries.get(arabicStem(arabicWord));
      const given = user?.translations(arabicWord) ?? [];
      if (!learnt) return given;
      return given.length === 0 ? learnt : [...new Set([...given, ...learnt])];
    },
  };
}
