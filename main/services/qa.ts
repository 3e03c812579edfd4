// The quality checks over an open project: what the CLI's `check` and the
// editor's QA panel both run, with the project's own settings (turned-off
// checks, word list, glossary) and the English spell checker.

import type { Project } from '../core/project/types';
import { CHECKS, projectPairs, runChecks, type QaOptions } from '../core/qa/run';
import { pairRisk } from '../core/qa/risk';
import { glossaryRanges } from '../core/qa/terminology';
import { parseDictionary, type BilingualDictionary } from '../core/align/dictionary';
import { alignerEntries, expectedTerms, learnLexicon, lexiconToTsv, type LexiconEntry } from '../core/qa/lexicon';
import type { Finding, GlossaryEntry, QaSettings, TermRange } from '../core/qa/types';
import type { QaReport, QaSettingsChange } from '../ipc/contract';
import { englishSpellChecker } from './spell-checker';

export const NO_QA_SETTINGS: QaSettings = { disabled: [], wordList: [], glossary: [], lexicon: [] };

export function qaOptionsFor(project: Project, overrides: { glossary?: GlossaryEntry[] } = {}): QaOptions {
  const settings = project.qa;
  const lexicon = projectLexicon(project);
  return {
    model: { ratio: project.alignment.lengthRatio, variance: project.alignment.lengthVariance },
    spell: englishSpellChecker(),
    disabled: settings?.disabled ?? [],
    knownWords: new Set((settings?.wordList ?? []).map((word) => word.toLowerCase())),
    glossary: [...(overrides.glossary ?? settings?.glossary ?? []), ...expectedTerms(lexicon)],
    namePairs: lexicon.filter((entry) => entry.kind === 'name').map((entry) => [entry.arabic, entry.english.toLowerCase()]),
  };
}

/** What the reviewer's approvals taught (core/qa/lexicon.ts), with the pairs loaded from another project's lexicon. */
export function projectLexicon(project: Project): LexiconEntry[] {
  const learnt = learnLexicon(project.beads, englishSpellChecker());
  const loaded = (project.qa?.lexicon ?? []).map(([arabic, english]): LexiconEntry => ({
    arabic, english, kind: /^[A-Z]/.test(english) ? 'name' : 'word', count: 2,
  }));
  return [...learnt, ...loaded];
}

/** The lexicon as the aligner's dictionary, for re-aligning; undefined while it is empty. */
export function lexiconDictionary(project: Project): BilingualDictionary | undefined {
  const entries = alignerEntries(projectLexicon(project));
  return entries.length > 0 ? parseDictionary(lexiconToTsv(entries), 'tsv') : undefined;
}

export function exportLexiconText(project: Project): string {
  return lexiconToTsv(projectLexicon(project));
}

export function projectFindings(project: Project, overrides: { glossary?: GlossaryEntry[] } = {}): Finding[] {
  return runChecks(projectPairs(project), qaOptionsFor(project, overrides));
}

/** The findings and what the editor's QA panel shows with them. */
export function qaReport(project: Project, dirty: boolean): QaReport {
  const pairs = projectPairs(project);
  const settings = project.qa ?? NO_QA_SETTINGS;
  const terms: Record<string, TermRange[]> = {};
  if (settings.glossary.length > 0) {
    for (const pair of pairs) {
      const ranges = glossaryRanges(pair, settings.glossary);
      if (ranges.length > 0) terms[pair.beadId] = ranges;
    }
  }
  const findings = runChecks(pairs, qaOptionsFor(project));
  const byBead = new Map<string, Finding[]>();
  for (const finding of findings) byBead.set(finding.beadId, [...(byBead.get(finding.beadId) ?? []), finding]);
  const confidence = new Map(project.beads.map((bead) => [bead.id, bead.confidence]));
  const risk: Record<string, number> = {};
  for (const [beadId, beadFindings] of byBead) risk[beadId] = pairRisk(confidence.get(beadId) ?? 1, beadFindings);
  return {
    findings,
    risk,
    checks: CHECKS.map((info) => ({ ...info, enabled: !settings.disabled.includes(info.name) })),
    glossaryTerms: settings.glossary.length,
    wordList: [...settings.wordList],
    terms,
    dirty,
  };
}

export function changedQaSettings(project: Project, change: QaSettingsChange): QaSettings {
  const settings = project.qa ?? NO_QA_SETTINGS;
  return {
    ...settings,
    disabled: change.disabled ? [...new Set(change.disabled)] : settings.disabled,
    wordList: change.wordList ? [...new Set(change.wordList.map((word) => word.trim()).filter((word) => word !== ''))] : settings.wordList,
  };
}
