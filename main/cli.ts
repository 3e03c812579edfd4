#!/usr/bin/env node
// The command line: a thin layer over the engine (main/core) and the file
// services (main/services). Errors the user can fix print one line and exit 2;
// nothing prints a stack trace unless MUQABALA_DEBUG is set.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from './core/formats/index';
import { beadType } from './core/project/bead';
import type { Project } from './core/project/types';
import { buildProject } from './core/pipeline';
import { ENCODING_NAMES, type EncodingName } from './core/text/decode';
import { exportProjectToFile } from './services/export-file';
import { loadProjectFile, saveProjectFile } from './services/project-file';
import { readTextFile } from './services/text-file';
import { loadDictionaryFile } from './services/dictionary-file';
import { describeError } from './services/errors';
import { APP_VERSION } from './services/version';

const FORMAT_NAMES = EXPORT_FORMATS.map((info) => info.format);

const HELP = `Muqabala ${APP_VERSION}: align an Arabic text with its English translation and export the pairs.

Usage:
  muqabala align ARABIC ENGLISH --format FORMAT --out PATH [options]
  muqabala export PROJECT --format FORMAT --out PATH [--all]
  muqabala --help | --version

Commands:
  align    Import two plain-text files, split them into sentences, align them and
           write the pairs. Which file is Arabic is detected; swapped files are
           swapped back with a warning. Writes all pairs unless --reviewed is given.
  export   Write the pairs of a saved project (.muqabala). Writes only the approved
           pairs unless --all is given.

Options:
  --format FORMAT        ${FORMAT_NAMES.join(' | ')}
  --out PATH             Output file (for moses: PATH.ar and PATH.en are written)
  --project FILE         align: also save the aligned project to FILE (.muqabala)
  --all                  export: write every pair, not only the approved ones
  --reviewed             align: write only approved pairs (none, for a fresh alignment)
  --encoding-ar NAME     Decode the Arabic file as NAME instead of detecting it
  --encoding-en NAME     Decode the English file as NAME instead of detecting it
                         (${ENCODING_NAMES.join(', ')})
  --dictionary FILE      A bilingual Arabic-English dictionary to help alignment
                         (TSV: arabic<TAB>english[;english...] per line, or a dictd .index file)
  --abbreviations FILE   Extra abbreviations, one per line; lines starting "ar:" or "en:"
                         apply to one language only (e.g. "en: Approx.")
  -h, --help             Show this help
  -v, --version          Show the version

A summary line goes to stderr; lines starting "warning:" flag swapped files and
texts that do not look like translations of each other.
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      project: { type: 'string' },
      all: { type: 'boolean', default: false },
      reviewed: { type: 'boolean', default: false },
      'encoding-ar': { type: 'string' },
      'encoding-en': { type: 'string' },
      dictionary: { type: 'string' },
      abbreviations: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${APP_VERSION}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (!command) throw new UsageError('no command given (align or export); see muqabala --help');
  if (command === 'align') return alignCommand(files, values);
  if (command === 'export') return exportCommand(files, values);
  throw new UsageError(`unknown command "${command}" (expected align or export); see muqabala --help`);
}

type Values = Record<string, string | boolean | undefined>;

function requireOutput(values: Values): { format: (typeof FORMAT_NAMES)[number]; out: string } {
  const format = values.format;
  if (typeof format !== 'string') throw new UsageError(`--format is required (${FORMAT_NAMES.join(', ')})`);
  const known = FORMAT_NAMES.find((name) => name === format);
  if (!known) throw new UsageError(`unknown format "${format}" (expected one of ${FORMAT_NAMES.join(', ')})`);
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out PATH is required');
  return { format: known, out: values.out };
}

function encodingOption(values: Values, name: 'encoding-ar' | 'encoding-en'): EncodingName | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const known = ENCODING_NAMES.find((encoding) => encoding === String(value).toLowerCase());
  if (!known) throw new UsageError(`--${name}: unknown encoding "${String(value)}" (expected ${ENCODING_NAMES.join(', ')})`);
  return known;
}

async function alignCommand(files: string[], values: Values): Promise<number> {
  if (files.length !== 2) throw new UsageError('align needs two files: ARABIC ENGLISH');
  const { format, out } = requireOutput(values);
  if (values.all && values.reviewed) throw new UsageError('--all and --reviewed cannot be used together');
  const [firstPath, secondPath] = files;
  const first = await readTextFile(firstPath, encodingOption(values, 'encoding-ar'));
  const second = await readTextFile(secondPath, encodingOption(values, 'encoding-en'));
  const dictionary = typeof values.dictionary === 'string' ? await loadDictionaryFile(values.dictionary) : undefined;
  const abbreviations = typeof values.abbreviations === 'string' ? await loadAbbreviations(values.abbreviations) : undefined;
  const name = `${stem(first.fileName)} + ${stem(second.fileName)}`;
  const { project, report } = buildProject({ name, first, second, dictionary, abbreviations });
  for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (typeof values.project === 'string') await saveProjectFile(values.project, project);
  const written = await exportProjectToFile(project, format, out, { all: !values.reviewed, toolVersion: APP_VERSION });
  process.stderr.write(`${summaryLine(project, written.pairs, written.paths)}\n`);
  return 0;
}

async function exportCommand(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) throw new UsageError('export needs one project file: muqabala export PROJECT --format F --out PATH');
  if (values.reviewed) throw new UsageError('--reviewed is the default for export (use --all for every pair)');
  const { format, out } = requireOutput(values);
  const project = await loadProjectFile(files[0]);
  const written = await exportProjectToFile(project, format, out, { all: Boolean(values.all), toolVersion: APP_VERSION });
  process.stderr.write(`${summaryLine(project, written.pairs, written.paths)}\n`);
  if (written.pairs === 0 && !values.all) {
    process.stderr.write('warning: no approved pairs to export; review the project in the editor or pass --all\n');
  }
  return 0;
}

async function loadAbbreviations(path: string): Promise<{ ar: string[]; en: string[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the abbreviations file "${path}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const lists = { ar: [] as string[], en: [] as string[] };
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const scoped = /^(ar|en):\s*(.+)$/.exec(line);
    if (scoped) lists[scoped[1] as 'ar' | 'en'].push(scoped[2]);
    else {
      lists.ar.push(line);
      lists.en.push(line);
    }
  }
  return lists;
}

function stem(fileName: string): string {
  return basename(fileName, extname(fileName));
}

function summaryLine(project: Project, written: number, paths: string[]): string {
  const types = new Map<string, number>();
  for (const bead of project.beads) types.set(beadType(bead), (types.get(beadType(bead)) ?? 0) + 1);
  const typeList = [...types.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => `${type}: ${count}`)
    .join(', ');
  const meanConfidence = project.beads.length
    ? project.beads.reduce((sum, bead) => sum + bead.confidence, 0) / project.beads.length
    : 0;
  return (
    `${project.beads.length} beads (${typeList}); ${written} pairs written to ${paths.join(', ')}; ` +
    `mean confidence ${meanConfidence.toFixed(2)}; match score ${project.alignment.matchScore.toFixed(2)}`
  );
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (process.env.MUQABALA_DEBUG) console.error(error);
    const message = error instanceof UsageError ? error.message : describeError(error);
    process.stderr.write(`muqabala: ${message}\n`);
    process.exitCode = 2;
  },
);
