// The project lexicon: word and name pairs learnt from the pairs the reviewer
// approved (as they stand, edits included). Names are Arabic words and English
// proper nouns that share a consonant skeleton (بوتين / Putin); words are an
// Arabic stem and an English word that occur together in at least two approved
// pairs and rarely apart. The aligner takes the lexicon as a dictionary when it
// re-aligns (the dictionary TSV format, so it can be exported and loaded into
// another project), and the checks expect an entry seen twice again.

import { ARABIC_PREFIXES, arabicWordSkeletons, latinWordSkeletons } from '../align/skeleton';
import { englishKey, ENGLISH_STOPWORDS } from '../align/features';
import type { Bead } from '../project/types';
import { isProperNoun } from './names';
import type { GlossaryEntry, SpellChecker } from './types';
import { arabicWords, englishWords, withoutPossessive } from './words';

export interface LexiconEntry {
  /** Arabic in matching form, clitics stripped. */
  arabic: string;
  /** English: a proper noun as written, or a word in dictionary form (lowercase). */
  english: string;
  kind: 'name' | 'word';
  /** Approved pairs that hold both. */
  count: number;
}

/** A word pair must occur together this often... */
const MIN_WORD_COUNT = 2;
/**
 * ...and this often to guide the aligner: with a handful of approved pairs,
 * words met together twice are often chance, and measured on the dev documents
 * (bench) such pairs made re-aligning worse, while at three they do no harm.
 */
export const MIN_ALIGNER_WORD_COUNT = 3;
/** ...and this closely (Dice coefficient of the two words' pair counts). */
const MIN_WORD_DICE = 0.6;
/** An entry approved this often is expected again by the terminology check. */
export const EXPECTED_AFTER = 2;

// Only the prefixes that carry the article are stripped: a bare ب or و may be
// the word's own first letter (بوتين, وزير); the dictionary's lookup tries the
// other stems of a word itself.
const ARTICLE_PREFIXES = ARABIC_PREFIXES.filter((prefix) => prefix.endsWith('ال') || prefix === 'لل');

/** The word without a clitic prefix that carries the article (والاتفاق: اتفاق). */
export function arabicStem(word: string): string {
  for (const prefix of ARTICLE_PREFIXES) if (word.startsWith(prefix) && word.length - prefix.length >= 3) return word.slice(prefix.length);
  return word;
}

export function learnLexicon(beads: readonly Bead[], spell?: SpellChecker): LexiconEntry[] {
  const pairCounts = new Map<string, number>();
  const arabicCounts = new Map<string, number>();
  const englishCounts = new Map<string, number>();
  const names = new Map<string, LexiconEntry>();
  for (const bead of beads) {
    if (bead.status !== 'approved' || bead.ar.length === 0 || bead.en.length === 0) continue;
    const arabic = new Set(arabicWords(bead.ar.map((s) => s.text).join(' ')).map(arabicStem).filter((stem) => stem.length >= 3));
    const english = new Set<string>();
    const proper = new Map<string, string[]>();
    for (const sentence of bead.en) {
      for (const { word, start } of englishWords(sentence.text)) {
        const bare = withoutPossessive(word);
        if (isProperNoun(bare, sentence.text, start, spell)) proper.set(bare, latinWordSkeletons(bare.toLowerCase()));
        const key = englishKey(bare);
        if (key.length >= 3 && !ENGLISH_STOPWORDS.has(key)) english.add(key);
      }
    }
    for (const a of arabic) {
      arabicCounts.set(a, (arabicCounts.get(a) ?? 0) + 1);
      const skeletons = arabicWordSkeletons(a);
      for (const [name, latin] of proper) {
        if (!latin.some((skeleton) => skeletons.includes(skeleton))) continue;
        const id = `${a}\t${name}`;
        const entry = names.get(id) ?? { arabic: a, english: name, kind: 'name' as const, count: 0 };
        entry.count++;
        names.set(id, entry);
      }
      for (const e of english) pairCounts.set(`${a}\t${e}`, (pairCounts.get(`${a}\t${e}`) ?? 0) + 1);
    }
    for (const e of english) englishCounts.set(e, (englishCounts.get(e) ?? 0) + 1);
  }
  const words: LexiconEntry[] = [];
  const nameKeys = new Set([...names.values()].map((entry) => `${entry.arabic}\t${entry.english.toLowerCase()}`));
  for (const [id, count] of pairCounts) {
    if (count < MIN_WORD_COUNT) continue;
    const [arabic, english] = id.split('\t');
    const dice = (2 * count) / ((arabicCounts.get(arabic) ?? 0) + (englishCounts.get(english) ?? 0));
    if (dice >= MIN_WORD_DICE && !nameKeys.has(`${arabic}\t${english}`)) words.push({ arabic, english, kind: 'word', count });
  }
  return [...names.values(), ...words].sort((a, b) => b.count - a.count || a.arabic.localeCompare(b.arabic) || a.english.localeCompare(b.english));
}

/** The lexicon in the dictionary TSV format (arabic<TAB>english;english), one line per Arabic entry. */
export function lexiconToTsv(entries: readonly LexiconEntry[]): string {
  const byArabic = new Map<string, string[]>();
  for (const entry of entries) byArabic.set(entry.arabic, [...(byArabic.get(entry.arabic) ?? []), entry.english]);
  const lines = [...byArabic].map(([arabic, english]) => `${arabic}\t${[...new Set(english)].join(';')}`);
  return `# Muqabala project lexicon: word and name pairs from approved pairs (arabic<TAB>english;english)\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`;
}

/** The entries the aligner takes: every name, and words met often enough. */
export function alignerEntries(entries: readonly LexiconEntry[]): LexiconEntry[] {
  return entries.filter((entry) => entry.kind === 'name' || entry.count >= MIN_ALIGNER_WORD_COUNT);
}

/** Entries approved often enough to be expected again, as soft glossary entries. */
export function expectedTerms(entries: readonly LexiconEntry[]): GlossaryEntry[] {
  return entries
    .filter((entry) => entry.count >= EXPECTED_AFTER && entry.kind === 'word')
    .map((entry) => ({ arabic: entry.arabic, english: [entry.english], forbidden: [], source: 'lexicon' }));
}

/** Word pairs from a lexicon (or any dictionary) TSV: one [arabic, english] per English rendering. */
export function parseLexiconTsv(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const line of text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#') || !line.includes('\t')) continue;
    const [arabic, english] = line.split('\t');
    for (const term of english.split(';').map((t) => t.trim()).filter((t) => t !== '')) pairs.push([arabic.trim(), term]);
  }
  return pairs;
}
