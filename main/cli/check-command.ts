// `muqabala check ARABIC ENGLISH --format jsonl|csv|html --out FILE [--glossary FILE]`
// (or `--project PROJECT` instead of the two files): runs every quality check
// on every pair and writes the findings.

import { buildProject } from '../core/pipeline';
import { startEnglishSideWorker } from '../services/side-worker';
import type { Project } from '../core/project/types';
import { isCheckName, projectPairs } from '../core/qa/run';
import { REPORT_FORMATS, writeReport, type ReportFormat } from '../core/qa/report';
import { CHECK_NAMES, type CheckName, type Finding } from '../core/qa/types';
import { writeFileAtomic } from '../services/atomic-write';
import { loadDictionaryFile } from '../services/dictionary-file';
import { loadGlossaryFile } from '../services/glossary-file';
import { loadProjectFile } from '../services/project-file';
import { projectFindings } from '../services/qa';
import { readTextFile } from '../services/text-file';
import { APP_VERSION } from '../services/version';
import { encodingOption, type Values } from './options';
import { UsageError } from './usage-error';

export async function checkCommand(files: string[], values: Values): Promise<number> {
  const format = values.format;
  if (typeof format !== 'string') throw new UsageError(`--format is required (${REPORT_FORMATS.join(', ')})`);
  const reportFormat = REPORT_FORMATS.find((name) => name === format);
  if (!reportFormat) throw new UsageError(`unknown report format "${format}" (expected one of ${REPORT_FORMATS.join(', ')})`);
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out PATH is required');
  const project = await loadOrAlign(files, values);
  const disabled = disabledChecks(values.disable);
  if (disabled.length > 0) {
    const settings = project.qa ?? { disabled: [], wordList: [], glossary: [], lexicon: [] };
    project.qa = { ...settings, disabled: [...new Set([...settings.disabled, ...disabled])] };
  }
  const glossary = typeof values.glossary === 'string' ? await loadGlossaryFile(values.glossary) : undefined;
  const findings = projectFindings(project, { glossary });
  await writeFileAtomic(values.out, writeReport(reportFormat as ReportFormat, {
    title: project.name, findings, pairs: projectPairs(project), toolVersion: APP_VERSION,
  }));
  process.stderr.write(`${summary(findings, project.beads.length)}\n`);
  return 0;
}

async function loadOrAlign(files: string[], values: Values): Promise<Project> {
  if (typeof values.project === 'string') {
    if (files.length > 0) throw new UsageError('check takes either --project PROJECT or two files ARABIC ENGLISH, not both');
    return loadProjectFile(values.project);
  }
  if (files.length !== 2) throw new UsageError('check needs two files (ARABIC ENGLISH) or --project PROJECT');
  const first = await readTextFile(files[0], encodingOption(values, 'encoding-ar'));
  const second = await readTextFile(files[1], encodingOption(values, 'encoding-en'));
  const dictionary = typeof values.dictionary === 'string' ? await loadDictionaryFile(values.dictionary) : undefined;
  const { project, report } = buildProject({ name: `${first.fileName} + ${second.fileName}`, first, second, dictionary, englishSideRunner: startEnglishSideWorker });
  for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
  return project;
}

function disabledChecks(value: Values[string]): CheckName[] {
  if (value === undefined) return [];
  const names = String(value).split(',').map((name) => name.trim()).filter((name) => name !== '');
  for (const name of names) {
    if (!isCheckName(name)) throw new UsageError(`--disable: unknown check "${name}" (expected ${CHECK_NAMES.join(', ')})`);
  }
  return names as CheckName[];
}

function summary(findings: readonly Finding[], pairs: number): string {
  const counts = CHECK_NAMES.map((name) => [name, findings.filter((finding) => finding.check === name).length] as const).filter(([, count]) => count > 0);
  const detail = counts.length > 0 ? `: ${counts.map(([name, count]) => `${name} ${count}`).join(', ')}` : '';
  return `${findings.length} findings on ${pairs} pairs${detail}`;
}
