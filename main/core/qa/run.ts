// Every quality check, described once (the CLI, the report and the editor's
// QA panel read CHECKS), and runChecks: the findings of a list of pairs.

import type { Bead, Project } from '../project/types';
import { checkConsistency } from './consistency';
import { checkEmpty, checkLength, type LengthModel } from './length';
import { NameIndex } from './names';
import { checkNumbers } from './numbers';
import { checkPunctuation } from './punctuation';
import { checkRepeated } from './repeated';
import { checkSpacing } from './spacing';
import { checkSpelling, documentVocabulary } from './spelling';
import { checkTerminology } from './terminology';
import { CHECK_NAMES, type CheckName, type Finding, type GlossaryEntry, type QaPair, type SpellChecker } from './types';
import { checkUntranslated } from './untranslated';

export interface CheckInfo {
  name: CheckName;
  label: string;
  /** What it looks for, in one sentence (help text, README, the QA panel's tooltips). */
  description: string;
}

export const CHECKS: readonly CheckInfo[] = [
  { name: 'numbers', label: 'Numbers', description: 'a number in digits on one side missing from the other (digits of both scripts, separators, %, ranges, number words)' },
  { name: 'names', label: 'Names', description: 'a name on one side (بوتين / Putin) with no counterpart on the other' },
  { name: 'untranslated', label: 'Untranslated', description: 'Arabic script left in the English, or English identical to the Arabic' },
  { name: 'empty', label: 'Empty side', description: 'a side with no text, or an empty sentence' },
  { name: 'length', label: 'Omission / addition', description: "a pair far longer or shorter than the document's own length ratio predicts" },
  { name: 'punctuation', label: 'Punctuation', description: 'quotes or brackets open on one side only, a question on one side only, different final punctuation' },
  { name: 'spacing', label: 'Spacing', description: 'double spaces, spaces at the start or end, a space before punctuation' },
  { name: 'repeated', label: 'Repeated words', description: 'the same word twice in a row ("the the")' },
  { name: 'spelling', label: 'Spelling', description: 'English words not in the dictionary (names found on the Arabic side and the project word list count as known)' },
  { name: 'terminology', label: 'Terminology', description: "a glossary term whose required rendering is missing, or a forbidden term" },
  { name: 'consistency', label: 'Consistency', description: 'the same Arabic translated differently, or the same English for different Arabic' },
];

export interface QaOptions {
  /** The document's length model (project.alignment: lengthRatio, lengthVariance). */
  model: LengthModel;
  disabled?: readonly CheckName[];
  /** Without one the spelling check does not run and names are told by position. */
  spell?: SpellChecker;
  glossary?: readonly GlossaryEntry[];
  /** Words the spelling check accepts (project word list, lexicon), lowercase. */
  knownWords?: ReadonlySet<string>;
  /** Arabic-English name pairs the reviewer approved (the project lexicon). */
  namePairs?: ReadonlyArray<[string, string]>;
  /** Also return findings the reviewer marked "ignore" (off by default). */
  includeIgnored?: boolean;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

export function runChecks(pairs: readonly QaPair[], options: QaOptions): Finding[] {
  const on = (name: CheckName) => !options.disabled?.includes(name);
  const findings: Finding[] = [];
  const names = on('names') ? new NameIndex(pairs, options.spell, options.namePairs) : null;
  let known = options.knownWords ?? EMPTY_SET;
  if (on('spelling') && options.spell) known = new Set([...known, ...documentVocabulary(pairs)]);
  for (const pair of pairs) {
    if (on('empty')) findings.push(...checkEmpty(pair));
    if (on('numbers')) findings.push(...checkNumbers(pair));
    if (names) findings.push(...names.check(pair));
    if (on('untranslated')) findings.push(...checkUntranslated(pair));
    if (on('length')) findings.push(...checkLength(pair, options.model));
    if (on('punctuation')) findings.push(...checkPunctuation(pair));
    if (on('spacing')) findings.push(...checkSpacing(pair));
    if (on('repeated')) findings.push(...checkRepeated(pair));
    if (on('spelling') && options.spell) findings.push(...checkSpelling(pair, options.spell, known));
    if (on('terminology') && options.glossary && options.glossary.length > 0) findings.push(...checkTerminology(pair, options.glossary));
  }
  if (on('consistency')) findings.push(...checkConsistency(pairs));
  const order = (finding: Finding) => finding.pair * CHECK_NAMES.length + CHECK_NAMES.indexOf(finding.check);
  const sorted = findings.sort((a, b) => order(a) - order(b));
  if (options.includeIgnored) return sorted;
  const ignored = new Map(pairs.map((pair) => [pair.beadId, new Set(pair.ignored ?? [])]));
  return sorted.filter((finding) => !ignored.get(finding.beadId)?.has(finding.key));
}

export function qaPair(bead: Bead, index: number): QaPair {
  return {
    beadId: bead.id, index,
    ar: bead.ar.map((sentence) => sentence.text),
    en: bead.en.map((sentence) => sentence.text),
    ignored: bead.ignoredFindings,
  };
}

export function projectPairs(project: Project): QaPair[] {
  return project.beads.map(qaPair);
}

export function isCheckName(value: string): value is CheckName {
  return (CHECK_NAMES as readonly string[]).includes(value);
}
