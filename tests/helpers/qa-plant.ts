// Planted translation errors for the quality checks: take correct pairs and
// break them the way translators and editors do (a number changed, a name
// swapped, a word typed twice ...), one kind per check. The unit tests plant
// into the NTREX fixture, the benchmark into the dev documents, with the same
// code, so both measure the same thing.

import type { CheckName, GlossaryEntry, QaPair } from '../../main/core/qa/types';
import { arabicNameKeys, arabicWords, englishWords, matchesArabicName } from '../../main/core/qa/words';

export interface GoldFile {
  beads: Array<{ ar: Array<[number, number]>; en: Array<[number, number]> }>;
}

/** The gold beads of a make_docs.py document as pairs (text cut from the two files). */
export function goldPairs(arText: string, enText: string, gold: GoldFile): QaPair[] {
  return gold.beads.map((bead, index) => ({
    beadId: `g${index}`,
    index,
    ar: bead.ar.map(([start, end]) => arText.slice(start, end)),
    en: bead.en.map(([start, end]) => enText.slice(start, end)),
  }));
}

export interface Planted {
  pairs: QaPair[];
  /** Indices of the pairs that now hold an error of the check's kind. */
  planted: number[];
  /** The glossary the terminology plants need (its entries fit the clean text). */
  glossary: GlossaryEntry[];
}

/** A small reproducible random source (mulberry32). */
export function randomSource(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

// A wrong name in a real translation is a one-off: each plant draws its own from
// this list (seeded), so that four plants in a document rarely share one.
const OTHER_NAMES = [
  'Johnson', 'Garcia', 'Okonkwo', 'Petrov', 'Lindqvist', 'Nakamura', 'Fitzgerald', 'Kowalski', 'Moreau', 'Haddad',
  'Schneider', 'Van Dijk', 'Oyelaran', 'Castillo', 'Brennan', 'Rasmussen', 'Takahashi', 'Dumitru', 'Whitfield', 'Novak',
  'Ferreira', 'Abernathy', 'Lindgren', 'Quintero',
];

type Planter = (pair: QaPair, all: readonly QaPair[], random: (n: number) => number, glossary: GlossaryEntry[]) => QaPair | null;

function withEn(pair: QaPair, sentence: number, text: string): QaPair {
  const en = [...pair.en];
  en[sentence] = text;
  return { ...pair, en };
}

function replaceAt(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

const PLANTERS: Record<CheckName, Planter> = {
  numbers(pair, _all, random) {
    const sentence = random(pair.en.length);
    const digits = [...pair.en[sentence].matchAll(/\d+/g)];
    if (digits.length === 0 || pair.ar.length === 0) return null;
    const match = digits[random(digits.length)];
    const changed = String(Number(match[0]) + 1 + random(8));
    return withEn(pair, sentence, replaceAt(pair.en[sentence], match.index, match.index + match[0].length, changed));
  },
  names(pair, _all, random) {
    const keys = arabicNameKeys(pair.ar.join(' '));
    for (let sentence = 0; sentence < pair.en.length; sentence++) {
      const text = pair.en[sentence];
      const name = englishWords(text).find(({ word, start }) => start > 0 && /^[A-Z][a-z]{3,}$/.test(word) && matchesArabicName(word, keys));
      if (!name) continue;
      const candidates = OTHER_NAMES.filter((candidate) => !matchesArabicName(candidate, keys));
      const other = candidates[random(candidates.length)];
      return withEn(pair, sentence, replaceAt(text, name.start, name.end, other));
    }
    return null;
  },
  untranslated(pair, _all, random) {
    if (pair.ar.length === 0 || pair.en.length === 0) return null;
    if (random(2) === 0) return { ...pair, en: [...pair.ar] };
    const words = arabicWords(pair.ar.join(' '));
    const sentence = random(pair.en.length);
    const english = englishWords(pair.en[sentence]);
    if (words.length === 0 || english.length === 0) return null;
    const target = english[random(english.length)];
    const arabicWord = pair.ar.join(' ').split(/\s+/).find((word) => /[\u0621-\u064a]/.test(word)) as string;
    return withEn(pair, sentence, replaceAt(pair.en[sentence], target.start, target.end, arabicWord));
  },
  empty(pair, _all, random) {
    if (pair.en.length === 0) return null;
    return withEn(pair, random(pair.en.length), '');
  },
  length(pair, all, random) {
    const text = pair.en.join(' ');
    if (pair.ar.length === 0 || text.length < 120) return null;
    if (random(2) === 0) {
      // An omission: the second half of the English is gone.
      const cut = text.lastIndexOf(' ', Math.floor(text.length * 0.45));
      return { ...pair, en: [text.slice(0, cut) + '.'] };
    }
    // An addition: another pair's English is tacked on.
    const other = all[(pair.index + 1 + random(all.length - 1)) % all.length];
    const extra = other.en.join(' ');
    if (extra.length < Math.max(80, 0.8 * text.length)) return null;
    return { ...pair, en: [`${text} ${extra}`] };
  },
  punctuation(pair, _all, random) {
    if (pair.ar.length === 0 || pair.en.length === 0) return null;
    const sentence = pair.en.length - 1;
    const text = pair.en[sentence];
    if (random(2) === 0 && /\.$/.test(text) && !/[?؟]/.test(pair.ar.join(' '))) return withEn(pair, sentence, text.replace(/\.$/, '?'));
    const words = englishWords(text);
    if (words.length < 4 || text.includes('(') || pair.ar.join(' ').includes('(')) return null;
    const at = words[1 + random(words.length - 2)];
    return withEn(pair, sentence, replaceAt(text, at.start, at.start, '('));
  },
  spacing(pair, _all, random) {
    const sentence = random(Math.max(1, pair.en.length));
    const text = pair.en[sentence];
    if (!text) return null;
    const marks = [...text.matchAll(/\w([,.;:])(?=\s|$)/g)];
    if (random(2) === 0 && marks.length > 0) {
      const at = marks[random(marks.length)].index + 1;
      return withEn(pair, sentence, replaceAt(text, at, at, ' '));
    }
    const spaces = [...text.matchAll(/\S( )\S/g)];
    if (spaces.length === 0) return null;
    const at = spaces[random(spaces.length)].index + 1;
    return withEn(pair, sentence, replaceAt(text, at, at + 1, '  '));
  },
  repeated(pair, _all, random) {
    const sentence = random(Math.max(1, pair.en.length));
    const text = pair.en[sentence];
    if (!text) return null;
    // Not 'that' or 'had': 'that that' and 'had had' can be right.
    const words = englishWords(text).filter(({ word }) => /^[a-z]{4,}$/.test(word) && word !== 'that');
    if (words.length === 0) return null;
    const word = words[random(words.length)];
    return withEn(pair, sentence, replaceAt(text, word.end, word.end, ` ${word.word}`));
  },
  spelling(pair, _all, random) {
    const sentence = random(Math.max(1, pair.en.length));
    const text = pair.en[sentence];
    if (!text) return null;
    const words = englishWords(text).filter(({ word }) => /^[a-z]{6,}$/.test(word));
    if (words.length === 0) return null;
    const { word, start, end } = words[random(words.length)];
    // Two inner letters swapped, as a fast typist does ('goverment' is a dropped letter: both kinds).
    const k = 1 + random(word.length - 3);
    const typo = random(2) === 0
      ? word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2)
      : word.slice(0, k) + word.slice(k + 1);
    if (typo === word) return null;
    return withEn(pair, sentence, replaceAt(text, start, end, typo));
  },
  terminology(pair, all, random, glossary) {
    // A glossary entry that this pair satisfies (an Arabic word found in no other pair, an English word of the pair), then the English word replaced.
    const elsewhere = new Set(all.filter((other) => other.index !== pair.index).flatMap((other) => arabicWords(other.ar.join(' '))));
    const arabic = arabicWords(pair.ar.join(' ')).filter((word) => word.length >= 5 && !elsewhere.has(word));
    const sentence = random(Math.max(1, pair.en.length));
    const text = pair.en[sentence];
    if (!text || arabic.length === 0) return null;
    const english = englishWords(text).filter(({ word }) => /^[a-z]{6,}$/.test(word));
    if (english.length === 0) return null;
    const target = english[random(english.length)];
    if (text.toLowerCase().split(target.word).length > 2) return null;
    if (random(2) === 0) {
      glossary.push({ arabic: arabic[random(arabic.length)], english: [target.word], forbidden: [], source: 'glossary' });
      return withEn(pair, sentence, replaceAt(text, target.start, target.end, 'thing'));
    }
    glossary.push({ arabic: '', english: [], forbidden: ['hopefully'], source: 'glossary' });
    return withEn(pair, sentence, replaceAt(text, target.start, target.start, 'hopefully '));
  },
  consistency(pair, all, random) {
    // This pair's English now comes with the Arabic of another pair: the same Arabic, translated differently.
    if (pair.ar.length === 0 || pair.en.length === 0) return null;
    // An odd distance away: plantErrors plants every other pair, so the source keeps its own Arabic.
    const others = all.filter((other) => (other.index - pair.index) % 2 !== 0 && other.en.length > 0 && other.ar.join(' ').split(/\s+/).length >= 4);
    if (others.length === 0) return null;
    const source = others[random(others.length)];
    return { ...pair, ar: [...source.ar] };
  },
};

/**
 * Plants errors of one kind into up to `count` pairs with both sides, spread
 * through the document; the other pairs stay as they were.
 */
export function plantErrors(pairs: readonly QaPair[], check: CheckName, seed: number, count: number): Planted {
  const random = randomSource(seed);
  const out = pairs.map((pair) => ({ ...pair }));
  const glossary: GlossaryEntry[] = [];
  const planted: number[] = [];
  const candidates = pairs.filter((pair) => pair.ar.length > 0 && pair.en.length > 0).map((pair) => pair.index);
  // Every other candidate, from a random start, so planted pairs rarely touch (consistency and names read neighbours' evidence).
  const start = random(2);
  for (let k = start; k < candidates.length && planted.length < count; k += 2) {
    const index = candidates[k];
    const changed = PLANTERS[check](out[index], pairs, random, glossary);
    if (!changed) continue;
    out[index] = changed;
    planted.push(index);
  }
  return { pairs: out, planted, glossary };
}
