// Per-sentence features, computed once before the search so that scoring a
// bead is a few array reads: matching-form length, numbers, name skeletons,
// quotes and brackets, dictionary keys, and how much the segment looks like
// web furniture.

import { normaliseCollapsingSpace } from '../text/normalise';
import { boilerplateLikelihood } from './boilerplate';
import { withoutFootnoteMarkers } from './footnotes';
import { findNumbering } from './numbering';
import { arabicCalendarKey, englishCalendarKey } from './calendar';
import type { BilingualDictionary } from './dictionary';
import { arabicWordSkeletons, latinWordSkeletons } from './skeleton';
import { KeyListsBuilder, leadingKeyLists, selectKeyLists, type KeyLists } from './key-lists';
import type { AlignInput } from './types';
import { ArabicWordsBuilder, type ArabicWords } from './arabic-words';
import { selectTimeSpans, timeSpansOf, type TimeSpans } from './time-anchors';

/** Interns strings as small integers so features compare as sorted integer arrays. */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly latinNames = new Map<string, number[]>();

  /**
   * Vocabulary ids of the name skeletons of an Arabic word (matching form), and
   * of the month or weekday it names: only those the English side has (see
   * extractPairFeatures), since no other can ever match. (Words recur:
   * collectArabicKeys asks once per distinct word.)
   */
  arabicWordNames(word: string): number[] {
    const ids: number[] = [];
    for (const skeleton of arabicWordSkeletons(word)) {
      const id = this.find('@' + skeleton);
      if (id >= 0) ids.push(id);
    }
    const calendar = arabicCalendarKey(word, undefined);
    const calendarId = calendar ? this.find('@' + calendar) : -1;
    if (calendarId >= 0) ids.push(calendarId);
    return ids;
  }

  /** Vocabulary ids of the name skeletons of a capitalised Latin word (lowercased), and of the month or weekday it names. */
  latinWordNames(word: string): number[] {
    let ids = this.latinNames.get(word);
    if (!ids) {
      ids = latinWordSkeletons(word).map((skeleton) => this.id('@' + skeleton));
      const calendar = englishCalendarKey(word);
      if (calendar) ids.push(this.id('@' + calendar));
      this.latinNames.set(word, ids);
    }
    return ids;
  }

  /** The keys in id order (what a Vocabulary rebuilt from them needs, see withKeys). */
  keys(): string[] {
    return [...this.ids.keys()];
  }

  /** A vocabulary holding these keys with ids 0, 1, 2, ... (its caches start empty: they are only caches). */
  static withKeys(keys: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (let k = 0; k < keys.length; k++) vocabulary.ids.set(keys[k], k);
    return vocabulary;
  }

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  /** Id of an already known key, or -1 (looking up never grows the vocabulary). */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

/** Features of one side, one array entry per sentence (struct of arrays: the search reads them in tight loops). */
export interface SideFeatures {
  count: number;
  /** Length in characters of the matching form, whitespace runs counted once. */
  length: Float64Array;
  /** Numbers of two or more digits (strong anchors), as vocabulary ids. */
  strongNumbers: KeyLists;
  /** Single-digit numbers (weak: often spelt out on the other side). */
  weakNumbers: KeyLists;
  /** Name skeletons (Arabic: every word, with clitic variants; English: capitalised words and pairs of them). */
  names: KeyLists;
  /** Dictionary keys: for Arabic, the English words its words translate to; for English, its content words. */
  dictionaryKeys: KeyLists;
  /** Has a quotation mark; has a bracket. */
  quote: Uint8Array;
  bracket: Uint8Array;
  /** 0..1, see boilerplate.ts. */
  boilerplate: Float64Array;
  paragraph: Int32Array;
  /** Printable numbers, for reasons ('numbers differ: 500 vs 600'). */
  numberTexts: Array<readonly string[]>;
  /** Cue times (both sides subtitles), see time-anchors.ts. */
  time?: TimeSpans;
}

// A number, with the scale word that may follow it ('100 ألف', '3 million').
const NUMBER = /(\d+(?:[.,]\d+)*)(?:\s?(thousand|million|billion|trillion|الف|الاف|مليون|ملايين|مليار|مليارات|بليون|تريليون|ترليون)(?![\p{L}]))?/gu;
const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  'الف': 1e3, 'الاف': 1e3, 'مليون': 1e6, 'ملايين': 1e6, 'مليار': 1e9, 'مليارات': 1e9, 'بليون': 1e9, 'تريليون': 1e12, 'ترليون': 1e12,
};
const HAS_DIGIT = /\d/;
const HAS_LATIN = /[A-Za-z]/;
// Arabic words: runs of U+0621-U+064A and U+0660-U+06FF (arabic-words.ts).
// Latin words: a letter, then letters, apostrophes and hyphens ("Kabul's", 'al-Assad').
const LATIN_LETTER = "A-Za-z\\u00c0-\\u024f";
const LATIN_WORD_UNIT = `${LATIN_LETTER}'’-`;
/** Not inside a word: no run of word units with a letter in it comes just before. */
const WORD_START = `(?<![${LATIN_LETTER}][${LATIN_WORD_UNIT}]*)`;
const LATIN_WORD = new RegExp(`[${LATIN_LETTER}][${LATIN_WORD_UNIT}]*`, 'g');
// A LATIN_WORD that starts with a capital, taken whole (so 'al-Assad' and 'iPhone' are not cut up).
const CAPITALISED = `[A-Z][${LATIN_WORD_UNIT}]*`;
const CAPITALISED_WORD = new RegExp(`${WORD_START}${CAPITALISED}`, 'g');
const QUOTE = /["“”«»„‟‘’']/;
const BRACKET = /[()[\]{}]/;
// Common English words that carry no content for dictionary matching.
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  ('the a an and or but of to in on at by for with from as is are was were be been being has have had do does did ' +
    'that this these those it its he she they them his her their we our you your i not no will would can could ' +
    'should may might also than then there here which who whom whose what when where why how about into over ' +
    'after before between under more most some such only other any all each both very said says').split(' '),
);

/** '6,000' and '6000' are the same number; '2.5' keeps its point. */
export function canonicalNumber(raw: string): string {
  if (raw.length === 1) return raw;
  const withoutGrouping = /^\d{1,3}(,\d{3})+$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(/,/g, '.');
  return withoutGrouping.charCodeAt(0) === 0x30 ? withoutGrouping.replace(/^0+(?=\d)/, '') : withoutGrouping;
}

/** numberTexts of a sentence without numbers (most sentences): one array for all. */
export const NO_NUMBERS: readonly string[] = Object.freeze([]);

/** '100' with 'الف' is 100000: both languages write large numbers either way. */
function withScale(number: string, scaleWord: string | undefined): string {
  const scale = scaleWord ? SCALE[scaleWord] : undefined;
  const value = Number(number);
  if (!scale || !Number.isFinite(value)) return number;
  return String(Math.round(value * scale));
}

/** English dictionary form of a word: lowercase, a plural -s dropped. */
export function englishKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

function paragraphSizes(inputs: AlignInput[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const input of inputs) sizes.set(input.paragraph, (sizes.get(input.paragraph) ?? 0) + 1);
  return sizes;
}

/**
 * Features of both sides. The English side goes first: Arabic words then only
 * keep the name skeletons and dictionary translations the English has, which
 * keeps the Arabic sets small (an Arabic sentence has dozens of candidate
 * skeletons, of which a handful can match). `prepared` holds what an import
 * made beforehand (see core/prepare-side.ts): the English side's features, and
 * the Arabic side's scan; the result is the same as without them.
 */
export function extractPairFeatures(
  ar: AlignInput[],
  en: AlignInput[],
  dictionary?: BilingualDictionary,
  prepared: { english?: EnglishFeatures; arabic?: SideScan } = {},
): { ar: SideFeatures; en: SideFeatures } {
  const { english, arabic } = prepared;
  let vocabulary: Vocabulary;
  let enFeatures: SideFeatures;
  if (english) {
    if (english.features.count !== en.length) throw new Error(`features: English features of ${english.features.count} sentences given for ${en.length}`);
    if (english.dictionaryKeys !== (dictionary !== undefined)) throw new Error('features: English features made for another dictionary setting');
    vocabulary = Vocabulary.withKeys(english.vocabulary);
    enFeatures = { ...english.features };
  } else {
    vocabulary = new Vocabulary();
    enFeatures = resolveKeys(scanSide(en, 'en'), vocabulary, dictionary !== undefined);
  }
  if (arabic && (arabic.lang !== 'ar' || arabic.count !== ar.length)) throw new Error(`features: a scan of ${arabic.count} ${arabic.lang} sentences given for ${ar.length} Arabic`);
  const arFeatures = resolveKeys(arabic ?? scanSide(ar, 'ar'), vocabulary, false, dictionary);
  const arTimes = timeSpansOf(ar);
  const enTimes = timeSpansOf(en);
  if (arTimes && enTimes) {
    arFeatures.time = arTimes;
    enFeatures.time = enTimes;
  }
  return { ar: arFeatures, en: enFeatures };
}

/**
 * The English side's features and the vocabulary they were made with (its keys
 * in id order), made on their own: the English side does not depend on the
 * Arabic, so an import can make them on another thread while it segments the
 * Arabic (see core/prepare-side.ts). extractPairFeatures given them reads the
 * Arabic side against that vocabulary, exactly as if it had made them itself.
 */
export interface EnglishFeatures {
  features: SideFeatures;
  vocabulary: readonly string[];
  /** Made with the dictionary's keys (the English side only needs to know whether there is a dictionary). */
  dictionaryKeys: boolean;
}

export function extractEnglishFeatures(en: AlignInput[], dictionaryKeys: boolean): EnglishFeatures {
  const vocabulary = new Vocabulary();
  const features = resolveKeys(scanSide(en, 'en'), vocabulary, dictionaryKeys);
  return { features, vocabulary: vocabulary.keys(), dictionaryKeys };
}

/** A sentence's numbers before they become vocabulary ids (see collectNumbers). */
interface NumberScan {
  enumerator: string | null;
  references: readonly string[];
  /** Canonical, with their scale: the sentence's numberTexts. */
  numbers: readonly string[];
}

/**
 * The per-sentence work of a side that needs no vocabulary (lengths, quotes,
 * brackets, furniture, numbers as text): the Arabic side's is done while the
 * English side, whose vocabulary its keys need, is made on another thread.
 */
export interface SideScan {
  lang: 'ar' | 'en';
  count: number;
  raw: string[];
  /** Arabic only: its words, found and interned (arabic-words.ts). */
  arabicWords?: ArabicWords;
  /** Per sentence, null when it has no digit. */
  numbers: Array<NumberScan | null>;
  length: Float64Array;
  quote: Uint8Array;
  bracket: Uint8Array;
  boilerplate: Float64Array;
  paragraph: Int32Array;
  numberTexts: Array<readonly string[]>;
}

export function scanSide(inputs: AlignInput[], lang: 'ar' | 'en'): SideScan {
  const count = inputs.length;
  const scan: SideScan = {
    lang,
    count,
    raw: new Array(count),
    numbers: new Array(count),
    length: new Float64Array(count),
    quote: new Uint8Array(count),
    bracket: new Uint8Array(count),
    boilerplate: new Float64Array(count),
    paragraph: new Int32Array(count),
    numberTexts: new Array(count),
  };
  const sizes = paragraphSizes(inputs);
  const arabicWords = lang === 'ar' ? new ArabicWordsBuilder(count) : null;
  for (let i = 0; i < count; i++) {
    const raw = inputs[i].text;
    const normalised = normaliseCollapsingSpace(raw);
    scan.raw[i] = raw;
    arabicWords?.add(normalised);
    scan.length[i] = normalised.length;
    scan.paragraph[i] = inputs[i].paragraph;
    scan.quote[i] = QUOTE.test(raw) ? 1 : 0;
    scan.bracket[i] = BRACKET.test(raw) ? 1 : 0;
    scan.boilerplate[i] = boilerplateLikelihood({
      normalised,
      raw,
      aloneInParagraph: sizes.get(inputs[i].paragraph) === 1,
    });
    // Without a digit there is no number, and no footnote marker to take out first (most sentences: one scan, not two).
    const numbers = HAS_DIGIT.test(normalised) ? scanNumbers(withoutFootnoteMarkers(normalised)) : null;
    scan.numbers[i] = numbers;
    scan.numberTexts[i] = numbers ? numbers.numbers : NO_NUMBERS;
  }
  if (arabicWords) scan.arabicWords = arabicWords.finish();
  return scan;
}

/** A side's features: its scan with its keys as ids of `vocabulary` (which grows with the numbers and Latin names it meets). */
function resolveKeys(
  scan: SideScan,
  vocabulary: Vocabulary,
  /** English side: collect its content words as dictionary keys (the Arabic side reads `dictionary` itself). */
  englishDictionaryKeys: boolean,
  dictionary?: BilingualDictionary,
): SideFeatures {
  const { count } = scan;
  // Scratch lists, emptied for each sentence (the builders copy them out).
  const keys: SentenceKeys = { strong: [], weak: [], names: [], dictionary: [] };
  const strong = new KeyListsBuilder(count);
  const weak = new KeyListsBuilder(count);
  const names = new KeyListsBuilder(count);
  const dictionaryKeys = new KeyListsBuilder(count);
  // Per distinct Arabic word, its names' ids (worked out at its first occurrence).
  const wordNames: Array<number[] | undefined> = [];
  for (let i = 0; i < count; i++) {
    keys.strong.length = 0;
    keys.weak.length = 0;
    keys.names.length = 0;
    keys.dictionary.length = 0;
    const numbers = scan.numbers[i];
    if (numbers) collectNumbers(numbers, vocabulary, keys);
    if (scan.arabicWords) collectArabicKeys(scan.arabicWords, i, wordNames, scan.raw[i], vocabulary, dictionary, keys);
    else collectEnglishKeys(scan.raw[i], vocabulary, englishDictionaryKeys, keys);
    strong.add(keys.strong);
    weak.add(keys.weak);
    names.add(keys.names);
    dictionaryKeys.add(keys.dictionary);
  }
  return {
    count,
    length: scan.length,
    strongNumbers: strong.finish(),
    weakNumbers: weak.finish(),
    names: names.finish(),
    dictionaryKeys: dictionaryKeys.finish(),
    quote: scan.quote,
    bracket: scan.bracket,
    boilerplate: scan.boilerplate,
    paragraph: scan.paragraph,
    numberTexts: scan.numberTexts,
  };
}

/** One sentence's vocabulary ids, by feature (see SideFeatures). */
interface SentenceKeys {
  strong: number[];
  weak: number[];
  names: number[];
  dictionary: number[];
}

/** The sentence's numbers as text (null: it has no digit). */
function scanNumbers(text: string): NumberScan | null {
  if (!HAS_DIGIT.test(text)) return null;
  // Enumerators and article numbers are keys of their own kind (numbering.ts), not quantities.
  const numbering = findNumbering(text);
  const normalised = numbering.rest;
  if (!HAS_DIGIT.test(normalised)) return { enumerator: numbering.enumerator, references: numbering.references, numbers: NO_NUMBERS };
  const numberTexts: string[] = [];
  for (const match of normalised.matchAll(NUMBER)) numberTexts.push(withScale(canonicalNumber(match[1]), match[2]));
  return { enumerator: numbering.enumerator, references: numbering.references, numbers: numberTexts };
}

/** Adds the sentence's numbers to keys.strong and keys.weak. */
function collectNumbers(scan: NumberScan, vocabulary: Vocabulary, keys: SentenceKeys): void {
  if (scan.enumerator !== null) keys.weak.push(vocabulary.id('§' + scan.enumerator));
  for (const reference of scan.references) keys.strong.push(vocabulary.id('§§' + reference));
  for (const number of scan.numbers) (number.replace('.', '').length >= 2 ? keys.strong : keys.weak).push(vocabulary.id('#' + number));
}

function collectArabicKeys(
  arabic: ArabicWords,
  sentence: number,
  wordNames: Array<number[] | undefined>,
  raw: string,
  vocabulary: Vocabulary,
  dictionary: BilingualDictionary | undefined,
  keys: SentenceKeys,
): void {
  let previous: string | null = null;
  for (let k = arabic.starts[sentence]; k < arabic.starts[sentence + 1]; k++) {
    const index = arabic.occurrences[k];
    const word = arabic.words[index];
    const ids = (wordNames[index] ??= vocabulary.arabicWordNames(word));
    for (let x = 0; x < ids.length; x++) keys.names.push(ids[x]);
    // Two-word Levantine months (تشرين الاول); one-word months and weekdays come with the word's names.
    if (previous !== null) collectMonth(previous, word, vocabulary, keys);
    previous = word === 'كانون' || word === 'تشرين' ? word : null;
    if (dictionary) {
      for (const english of dictionary.translations(word)) {
        const id = vocabulary.find('=' + englishKey(english));
        if (id >= 0) keys.dictionary.push(id);
      }
    }
  }
  if (previous !== null) collectMonth(previous, undefined, vocabulary, keys);
  // Latin words inside Arabic text ('Kommersant') are names spelt the English way.
  if (!HAS_LATIN.test(raw)) return;
  for (const word of raw.match(LATIN_WORD) ?? []) {
    for (const id of vocabulary.latinWordNames(word.toLowerCase())) keys.names.push(id);
  }
}

function collectMonth(first: string, second: string | undefined, vocabulary: Vocabulary, keys: SentenceKeys): void {
  const month = arabicCalendarKey(first, second);
  const monthId = month ? vocabulary.find('@' + month) : -1;
  if (monthId >= 0) keys.names.push(monthId);
}

function collectEnglishKeys(
  raw: string,
  vocabulary: Vocabulary,
  withDictionaryKeys: boolean,
  keys: SentenceKeys,
): void {
  collectEnglishNames(raw, vocabulary, keys);
  if (!withDictionaryKeys) return;
  for (const word of raw.match(LATIN_WORD) ?? []) {
    const key = englishKey(word);
    if (key.length >= 3 && !ENGLISH_STOPWORDS.has(key)) keys.dictionary.push(vocabulary.id('=' + key));
  }
}

/** Name skeletons of the capitalised words, and of each two capitalised words in a row. */
function collectEnglishNames(raw: string, vocabulary: Vocabulary, keys: SentenceKeys): void {
  // Only the capitalised words are cut out: most words are not (a sixth are, in news).
  // 'New York' is one word in Arabic (نيويورك): two capitalised words with no
  // letter between them count joined as well ('Abu Dhabi Securities' gives
  // two pairs), after the words themselves.
  const pairs = pairScratch;
  pairs.length = 0;
  let previousEnd = -1;
  let previous = '';
  CAPITALISED_WORD.lastIndex = 0;
  for (let match = CAPITALISED_WORD.exec(raw); match; match = CAPITALISED_WORD.exec(raw)) {
    const word = match[0].toLowerCase();
    const ids = vocabulary.latinWordNames(word);
    for (let x = 0; x < ids.length; x++) keys.names.push(ids[x]);
    if (previousEnd >= 0 && !hasLatinLetter(raw, previousEnd, match.index)) pairs.push(previous + word);
    previousEnd = match.index + match[0].length;
    previous = word;
  }
  for (const pair of pairs) {
    const joined = vocabulary.latinWordNames(pair);
    for (let x = 0; x < joined.length; x++) keys.names.push(joined[x]);
  }
}

/** Working list of collectEnglishNames, emptied for each sentence. */
const pairScratch: string[] = [];

/** Whether text[from, to) has a letter of LATIN_LETTER. */
function hasLatinLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return true;
  }
  return false;
}

/** The features of the first `count` sentences of a side (views, not copies, where possible). */
export function leadingFeatures(side: SideFeatures, count: number): SideFeatures {
  return {
    count,
    length: side.length.subarray(0, count),
    strongNumbers: leadingKeyLists(side.strongNumbers, count),
    weakNumbers: leadingKeyLists(side.weakNumbers, count),
    names: leadingKeyLists(side.names, count),
    dictionaryKeys: leadingKeyLists(side.dictionaryKeys, count),
    quote: side.quote.subarray(0, count),
    bracket: side.bracket.subarray(0, count),
    boilerplate: side.boilerplate.subarray(0, count),
    paragraph: side.paragraph.subarray(0, count),
    numberTexts: side.numberTexts.slice(0, count),
    time: side.time && { start: side.time.start.subarray(0, count), end: side.time.end.subarray(0, count) },
  };
}

/** The features of the sentences at `indices`, in that order: a window of a side, or a side reordered. */
export function selectFeatures(side: SideFeatures, indices: ArrayLike<number>): SideFeatures {
  const pick = <T extends Float64Array | Uint8Array | Int32Array>(values: T): T => {
    const out = new (values.constructor as new (n: number) => T)(indices.length);
    for (let k = 0; k < indices.length; k++) out[k] = values[indices[k]];
    return out;
  };
  return {
    count: indices.length,
    length: pick(side.length),
    strongNumbers: selectKeyLists(side.strongNumbers, indices),
    weakNumbers: selectKeyLists(side.weakNumbers, indices),
    names: selectKeyLists(side.names, indices),
    dictionaryKeys: selectKeyLists(side.dictionaryKeys, indices),
    quote: pick(side.quote),
    bracket: pick(side.bracket),
    boilerplate: pick(side.boilerplate),
    paragraph: pick(side.paragraph),
    numberTexts: Array.from(indices, (k) => side.numberTexts[k]),
    time: selectTimeSpans(side.time, indices),
  };
}
