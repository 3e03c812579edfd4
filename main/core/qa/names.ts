// The names check: a transliterated name on one side with no counterpart on
// the other (بوتين with no Putin, or Lavrov where the Arabic has لافروف).
// Arabic has no capitals, so which Arabic words are names is learnt from the
// document itself: an Arabic word whose consonant skeleton meets an English
// proper noun in most of the pairs it occurs in is a name. A pair where such a
// word meets none of the English is flagged, and the other way round.

import { englishCalendarKey } from '../align/calendar';
import { arabicWordSkeletons, latinWordSkeletons } from '../align/skeleton';
import { findingFor } from './finding';
import type { Finding, QaPair, SpellChecker } from './types';
import { arabicWords, englishWords, withoutPossessive } from './words';

/** A name must have met its counterpart in at least this share of the pairs it occurs in. */
const MIN_MATCH_SHARE = 0.5;

interface PairNames {
  /** Arabic words of the pair (matching form) and their skeletons. */
  arabic: Map<string, string[]>;
  /** English proper nouns of the pair (lowercase) and their skeletons. */
  english: Map<string, string[]>;
  /** Every Arabic word of the pair (matching form), names or not, skeletons short or long. */
  allArabic: string[];
  /** Skeletons of every capitalised English word (sentence-initial and dictionary words too: 'English', 'Saturday'). */
  capitalised: string[][];
}

/** How often each word occurs and how often it met a counterpart, with whom. */
interface Tally {
  pairs: number;
  matched: number;
  partners: Map<string, number>;
}

export class NameIndex {
  private readonly arabic = new Map<string, Tally>();
  private readonly english = new Map<string, Tally>();
  private readonly byPair: PairNames[];

  constructor(pairs: readonly QaPair[], spell: SpellChecker | undefined, extraPairs: ReadonlyArray<[string, string]> = []) {
    this.byPair = pairs.map((pair) => pairNames(pair, spell));
    for (const names of this.byPair) {
      if (names.arabic.size === 0 || names.english.size === 0) continue;
      for (const [word, skeletons] of names.arabic) {
        const partners = [...names.english].filter(([, latin]) => shares(skeletons, latin)).map(([english]) => english);
        tally(this.arabic, word, partners);
      }
      for (const [word, latin] of names.english) {
        const partners = [...names.arabic].filter(([, skeletons]) => shares(skeletons, latin)).map(([arabic]) => arabic);
        tally(this.english, word, partners);
      }
    }
    // Name pairs the reviewer approved (the project lexicon) count as met twice.
    for (const [arabic, english] of extraPairs) {
      for (const [map, word, partner] of [[this.arabic, arabic, english], [this.english, english, arabic]] as const) {
        const entry = map.get(word) ?? { pairs: 0, matched: 0, partners: new Map<string, number>() };
        entry.pairs += 2;
        entry.matched += 2;
        entry.partners.set(partner, (entry.partners.get(partner) ?? 0) + 2);
        map.set(word, entry);
      }
    }
  }

  /** Names of one pair without a counterpart on the other side. */
  check(pair: QaPair): Finding[] {
    if (pair.ar.length === 0 || pair.en.length === 0) return [];
    const names = this.byPair[pair.index] ?? pairNames(pair, undefined);
    const lonelyArabic: string[] = [];
    for (const [word, skeletons] of names.arabic) {
      const known = this.knownName(this.arabic, word, skeletons.length > 0 && skeletons.some((s) => s.length >= 4));
      if (!known) continue;
      if (names.capitalised.some((latin) => nearlyShares(skeletons, latin))) continue;
      lonelyArabic.push(`${word} (${known})`);
    }
    const lonelyEnglish: string[] = [];
    for (const [word, latin] of names.english) {
      if ([...names.arabic.values()].some((skeletons) => nearlyShares(skeletons, latin))) continue;
      const known = this.knownName(this.english, word, latin.some((s) => s.length >= 4));
      if (known) lonelyEnglish.push(`${capitalise(word)} (${known})`);
      else if (this.strangerName(word) && !looselyMet(word, names.allArabic) && !latinIn(word, pair.ar)) lonelyEnglish.push(capitalise(word));
    }
    if (lonelyArabic.length === 0 && lonelyEnglish.length === 0) return [];
    const parts: string[] = [];
    if (lonelyArabic.length > 0) parts.push(`the Arabic names ${lonelyArabic.join(', ')}, not found in the English`);
    if (lonelyEnglish.length > 0) parts.push(`the English names ${lonelyEnglish.join(', ')}, not found in the Arabic`);
    return [findingFor(pair, 'names', 'warning', parts.join('; '), [...lonelyArabic, ...lonelyEnglish].join(','))];
  }

  /**
   * An English proper noun the document shows in this pair only, without an
   * Arabic counterpart, that is not a weekday or month (translated, not transliterated) nor a
   * nationality or a plural (الكورية for Korean: too loose a skeleton).
   */
  private strangerName(word: string): boolean {
    if (word.length < 4 || englishCalendarKey(word) !== undefined || DEMONYM.test(word)) return false;
    // A name the document uses in several pairs, never with an Arabic counterpart, is one it translates (Greece, اليونان).
    const entry = this.english.get(word);
    return !entry || (entry.matched === 0 && entry.pairs <= 1);
  }

  /** The word's usual counterpart when the document shows it is a name; undefined otherwise. */
  private knownName(map: Map<string, Tally>, word: string, longSkeleton: boolean): string | undefined {
    const entry = map.get(word);
    if (!entry || entry.matched === 0 || entry.matched < MIN_MATCH_SHARE * entry.pairs) return undefined;
    const [partner, count] = [...entry.partners].sort((a, b) => b[1] - a[1])[0];
    // A three-consonant skeleton collides with ordinary words: it must have met its partner twice.
    if (!longSkeleton && count < 2) return undefined;
    return /^[a-z]/.test(partner) ? capitalise(partner) : partner;
  }
}

function pairNames(pair: QaPair, spell: SpellChecker | undefined): PairNames {
  const arabic = new Map<string, string[]>();
  const allArabic = arabicWords(pair.ar.join(' '));
  for (const word of allArabic) {
    if (!arabic.has(word)) {
      const skeletons = arabicWordSkeletons(word);
      if (skeletons.length > 0) arabic.set(word, skeletons);
    }
  }
  const english = new Map<string, string[]>();
  const capitalised: string[][] = [];
  for (const sentence of pair.en) {
    for (const { word, start } of englishWords(sentence)) {
      const bare = withoutPossessive(word);
      if (/^[A-Z]/.test(bare)) capitalised.push(latinWordSkeletons(bare.toLowerCase()));
      if (!isProperNoun(bare, sentence, start, spell)) continue;
      const lower = bare.toLowerCase();
      if (english.has(lower)) continue;
      const skeletons = latinWordSkeletons(lower);
      if (skeletons.length > 0) english.set(lower, skeletons);
    }
  }
  return { arabic, allArabic, english, capitalised };
}

/**
 * A capitalised word that is not an ordinary word: with a dictionary, one whose
 * lowercase form is not a word (Putin, Russia, Kabulov); without one, one that
 * does not start its sentence.
 */
export function isProperNoun(word: string, sentence: string, start: number, spell: SpellChecker | undefined): boolean {
  if (!/^[A-Z][a-z]/.test(word)) return false;
  if (spell) return !spell.correct(word.toLowerCase());
  return sentence.slice(0, start).trim() !== '' && !/[.!?:"“]\s*$/.test(sentence.slice(0, start));
}

function shares(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/**
 * Shares a skeleton, or the first three consonants of one: enough to say a
 * name has a counterpart when the two sides use different forms of it
 * (الإندونيسية / Indonesia, البريطانية / British).
 */
function nearlyShares(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y || x.slice(0, 3) === y.slice(0, 3)) return true;
  return false;
}

/** Nationality and language adjectives (Korean, Chinese, British) and plurals (Tories, Remainers, Macedonians): groups, translated rather than transliterated. */
const DEMONYM = /(?:an|ese|ish|ic|[^s]s)$/;

/**
 * A name the pair's Arabic may render loosely: an Arabic word whose skeleton
 * (two consonants are enough here: ويلوبي is LB) is within one consonant of the
 * name's ('gh' read as silent: Willoughby LB). Only for names the document has not already paired.
 */
function looselyMet(word: string, arabic: readonly string[]): boolean {
  const latin = latinWordSkeletons(word.replace(/gh/g, 'h'), 2);
  for (const arabicWord of arabic) {
    for (const skeleton of arabicWordSkeletons(arabicWord, 2)) {
      for (const l of latin) if (withinOneEdit(skeleton, l)) return true;
    }
  }
  return false;
}

/** The Arabic side quotes the name in Latin letters (لصحيفة “Kommersant”). */
function latinIn(lowercaseWord: string, arabic: readonly string[]): boolean {
  return arabic.some((sentence) => sentence.toLowerCase().includes(lowercaseWord));
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 2) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function tally(map: Map<string, Tally>, word: string, partners: string[]): void {
  const entry = map.get(word) ?? { pairs: 0, matched: 0, partners: new Map<string, number>() };
  entry.pairs++;
  if (partners.length > 0) entry.matched++;
  for (const partner of partners) entry.partners.set(partner, (entry.partners.get(partner) ?? 0) + 1);
  map.set(word, entry);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
