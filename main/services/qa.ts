// The quality checks over an open project: what the CLI's `check` and the
// editor's QA panel both run, with the project's own settings (turned-off
// checks, word list, glossary) and the English spell checker.

import type { Project } from '../core/project/types';
import { projectPairs, runChecks, type QaOptions } from '../core/qa/run';
import type { Finding, GlossaryEntry } from '../core/qa/types';
import { englishSpellChecker } from './spell-checker';

export function qaOptionsFor(project: Project, overrides: { glossary?: GlossaryEntry[] } = {}): QaOptions {
  const settings = project.qa;
  return {
    model: { ratio: project.alignment.lengthRatio, variance: project.alignment.lengthVariance },
    spell: englishSpellChecker(),
    disabled: settings?.disabled ?? [],
    knownWords: new Set((settings?.wordList ?? []).map((word) => word.toLowerCase())),
    glossary: overrides.glossary ?? settings?.glossary ?? [],
    namePairs: settings?.lexicon ?? [],
  };
}

export function projectFindings(project: Project, overrides: { glossary?: GlossaryEntry[] } = {}): Finding[] {
  return runChecks(projectPairs(project), qaOptionsFor(project, overrides));
}
