// Words of a sentence as the checks need them: English words with their
// character ranges, Arabic words in matching form, and the name skeletons an
// Arabic text offers (align/skeleton.ts: بوتين and Putin meet as BTN).

import { arabicWordSkeletons, latinWordSkeletons } from '../align/skeleton';
import { normaliseForMatching } from '../text/normalise';

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

// Letters and apostrophes; a hyphen splits ('well-known' is two words to spell, 'al-Assad' two to match).
const ENGLISH_WORD = /[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f'’]*[A-Za-z\u00c0-\u024f])?/g;
const ARABIC_WORD = /[\u0621-\u064a]+/g;
const LATIN_IN_ARABIC = /[A-Za-z][A-Za-z'’-]*/g;

export function englishWords(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const match of text.matchAll(ENGLISH_WORD)) out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return out;
}

/** The word without a possessive: "Putin's" is Putin. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/i, '');
}

export function arabicWords(text: string): string[] {
  return normaliseForMatching(text).match(ARABIC_WORD) ?? [];
}

/** Latin-script words inside Arabic text ('Kommersant'), lowercase. */
export function latinWordsInArabic(text: string): string[] {
  return (text.match(LATIN_IN_ARABIC) ?? []).map((word) => word.toLowerCase());
}

/** Each Arabic word of the text with the skeletons it may stand for. */
export function arabicNameCandidates(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of arabicWords(text)) if (!out.has(word)) out.set(word, arabicWordSkeletons(word));
  return out;
}

/** Every skeleton the Arabic text offers, with the Latin words it holds as they are. */
export function arabicNameKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const skeletons of arabicNameCandidates(text).values()) for (const skeleton of skeletons) keys.add(skeleton);
  for (const latin of latinWordsInArabic(text)) keys.add('=' + latin);
  return keys;
}

/** Does this English word (any case) match a name the Arabic text offers? */
export function matchesArabicName(word: string, arabicKeys: ReadonlySet<string>): boolean {
  const lower = withoutPossessive(word).toLowerCase();
  if (arabicKeys.has('=' + lower)) return true;
  return latinWordSkeletons(lower).some((skeleton) => arabicKeys.has(skeleton));
}
