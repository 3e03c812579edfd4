// What the quality checks take and give. Plain data, so the CLI, the services,
// the renderer (types only) and the benchmark share one shape.

import type { Lang } from '../project/types';

export const CHECK_NAMES = [
  'numbers', 'names', 'untranslated', 'empty', 'length', 'punctuation',
  'spacing', 'repeated', 'spelling', 'terminology', 'consistency',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** error: almost surely wrong; warning: worth a look; info: a hint. */
export type Severity = 'error' | 'warning' | 'info';

/** Where in a pair a finding points: a side, a sentence of it and a character range of that sentence's text. */
export interface FindingRange {
  side: Lang;
  sentence: number;
  start: number;
  end: number;
}

/** Where a glossary term occurs, and the glossary entry it belongs to (for the editor's highlight and its tooltip). */
export interface TermRange extends FindingRange {
  arabic: string;
  /** The entry's accepted English renderings. */
  english: string[];
}

export interface Finding {
  check: CheckName;
  severity: Severity;
  /** Plain words that name the evidence: 'the Arabic has 6,000, the English 7,000'. */
  message: string;
  beadId: string;
  /** Index of the pair in the project (0-based). */
  pair: number;
  /**
   * Stable within the pair across runs: the check and its evidence. Ignoring a
   * finding stores this key on the bead, so the same finding stays ignored.
   */
  key: string;
  range?: FindingRange;
  /** Replacements for the range (spelling suggestions, one space for two ...). */
  suggestions?: string[];
}

/** One pair as the checks see it: its sentences per side. */
export interface QaPair {
  beadId: string;
  index: number;
  ar: readonly string[];
  en: readonly string[];
  /** Keys of findings the reviewer marked "ignore". */
  ignored?: readonly string[];
}

/** Is an English word spelt right, and what else might it be (a Hunspell checker in the services). */
export interface SpellChecker {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface GlossaryEntry {
  /** The Arabic term as written ('' for a term forbidden anywhere). */
  arabic: string;
  /** Accepted English renderings: one must be present when the Arabic term is. */
  english: string[];
  /** English renderings that must not be used. */
  forbidden: string[];
  /** Where the entry comes from: the user's glossary, or what the reviewer approved (the project lexicon). */
  source: 'glossary' | 'lexicon';
}

/** What a project keeps for its quality checks (absent in projects saved before them). */
export interface QaSettings {
  /** Checks the user turned off. */
  disabled: CheckName[];
  /** Words the spelling check accepts (the project word list), as the user typed them. */
  wordList: string[];
  /** The loaded glossary's entries (kept in the project, so it travels with it). */
  glossary: GlossaryEntry[];
  /** Word and name pairs loaded from another project's lexicon: [arabic, english]. */
  lexicon: Array<[string, string]>;
}
