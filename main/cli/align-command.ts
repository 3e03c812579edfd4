// `muqabala align ARABIC ENGLISH --format F --out PATH`: import, segment, align, export.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { buildProject } from '../core/pipeline';
import { exportProjectToFile } from '../services/export-file';
import { saveProjectFile } from '../services/project-file';
import { readTextFile } from '../services/text-file';
import { startEnglishSideWorker } from '../services/side-worker';
import { FREEDICT_ARA_ENG, installedDictionary, loadDictionaryFile } from '../services/dictionary-file';
import { APP_VERSION } from '../services/version';
import { encodingOption, requireOutput, type Values } from './options';
import { FORMAT_LABELS, summaryLine } from './summary';
import { UsageError } from './usage-error';

export async function alignCommand(files: string[], values: Values): Promise<number> {
  if (files.length !== 2) throw new UsageError('align needs two files: ARABIC ENGLISH');
  const { format, out } = requireOutput(values);
  if (values.all && values.reviewed) throw new UsageError('--all and --reviewed cannot be used together');
  const [firstPath, secondPath] = files;
  const first = await readTextFile(firstPath, encodingOption(values, 'encoding-ar'));
  const second = await readTextFile(secondPath, encodingOption(values, 'encoding-en'));
  const dictionary = typeof values.dictionary === 'string' ? await loadDictionaryFile(await dictionaryPath(values.dictionary)) : undefined;
  const abbreviations = typeof values.abbreviations === 'string' ? await loadAbbreviations(values.abbreviations) : undefined;
  const name = `${stem(first.fileName)} + ${stem(second.fileName)}`;
  const { project, report } = buildProject({
    name, first, second, dictionary, abbreviations, learnLexicon: values['learn-lexicon'] === true, englishSideRunner: startEnglishSideWorker,
  });
  for (const side of [report.ar, report.en]) {
    if (side.imported) process.stderr.write(`imported "${side.fileName}" (${FORMAT_LABELS[side.format]}): ${side.imported}\n`);
  }
  for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (typeof values.project === 'string') await saveProjectFile(values.project, project);
  const written = await exportProjectToFile(project, format, out, { all: !values.reviewed, toolVersion: APP_VERSION });
  process.stderr.write(`${summaryLine(project, written.pairs, written.paths)}\n`);
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

/** `--dictionary auto`: FreeDict ara-eng where Debian installs it; any other value is a path. */
async function dictionaryPath(value: string): Promise<string> {
  if (value !== 'auto') return value;
  const found = await installedDictionary();
  if (!found) throw new UsageError(`--dictionary auto: no dictionary installed at ${FREEDICT_ARA_ENG} (apt-get install dict-freedict-ara-eng)`);
  return found;
}

function stem(fileName: string): string {
  return basename(fileName, extname(fileName));
}
