// The spelling check of the English, with a Hunspell dictionary (nspell and
// dictionary-en, loaded by the services). Known besides the dictionary: names
// found on the Arabic side (the skeleton of Putin meets بوتين), Latin words
// written in the Arabic, the project's word list and lexicon, and words the
// document itself uses three times or more (its own vocabulary: 'homeware',
// 'dashcam'). Capitalised words are names far more often than typos, so only
// lowercase words are checked; letters glued to digits (18th, £2bn) are not words.

import { findingFor } from './finding';
import type { Finding, QaPair, SpellChecker } from './types';
import { arabicNameKeys, englishWords, matchesArabicName, withoutPossessive } from './words';

const MAX_SUGGESTIONS = 5;

/** Times a word occurs before the document counts it as its own vocabulary. */
export const DOCUMENT_WORD_COUNT = 3;

/** Lowercase English words the document uses DOCUMENT_WORD_COUNT times or more. */
export function documentVocabulary(pairs: readonly QaPair[]): Set<string> {
  const counts = new Map<string, number>();
  for (const pair of pairs) for (const sentence of pair.en) for (const { word } of englishWords(sentence)) {
    const key = withoutPossessive(word).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= DOCUMENT_WORD_COUNT).map(([word]) => word));
}

/** Shortest part of a closed compound that is checked as a word. */
const MIN_COMPOUND_PART = 3;

/** Two dictionary words written as one ('dashcam', 'homeware', 'underprepared'): English makes these freely. */
function isCompound(word: string, spell: SpellChecker): boolean {
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut++) {
    if (spell.correct(word.slice(0, cut)) && spell.correct(word.slice(cut))) return true;
  }
  return false;
}

export function checkSpelling(pair: QaPair, spell: SpellChecker, knownWords: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  let arabicKeys: Set<string> | null = null;
  pair.en.forEach((sentence, index) => {
    for (const { word, start } of englishWords(sentence)) {
      const bare = withoutPossessive(word).replace(/’/g, "'");
      if (bare.length < 2 || !/^[a-z]/.test(bare) || knownWords.has(bare.toLowerCase())) continue;
      // Acronyms and mixed case (iPhone) are not dictionary words; '18th', '£2bn' are numbers.
      if (/[A-Z]/.test(bare) || /\d$/.test(sentence.slice(0, start))) continue;
      if (spell.correct(bare) || isCompound(bare, spell)) continue;
      // A prefix before a hyphen ('pre-', 'al-') is not a word of its own.
      if (sentence.charAt(start + word.length) === '-' && bare.length <= 4) continue;
      arabicKeys ??= arabicNameKeys(pair.ar.join(' '));
      if (matchesArabicName(bare, arabicKeys)) continue;
      const suggestions = spell.suggest(bare).slice(0, MAX_SUGGESTIONS);
      const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.slice(0, 3).map((s) => `"${s}"`).join(', ')}?)` : '';
      findings.push(findingFor(pair, 'spelling', 'warning', `"${bare}" is not in the English dictionary${hint}`, `${index}:${bare}:${start}`, {
        range: { side: 'en', sentence: index, start, end: start + bare.length }, suggestions,
      }));
    }
  });
  return findings;
}
