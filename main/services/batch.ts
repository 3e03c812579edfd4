// `muqabala batch`: many document pairs from a folder or a manifest, aligned on
// the worker pool, each written on its own, then one combined corpus and a
// report. Layout of the output folder DIR:
//   DIR/documents/ID.EXT        one export per document (Moses: ID.ar + ID.en)
//   DIR/projects/ID.muqabala    with --project: each document's project, for the editor
//   DIR/corpus.muqabala         with --project: every document in one project (a document list in the editor)
//   DIR/corpus.EXT              every document's beads, in batch order
//   DIR/report.tsv, report.html the summary report
//   DIR/.muqabala-batch/ID.json what makes a document "done" (see below)
//
// Resuming: a document is done when its record in .muqabala-batch exists and
// matches its inputs (absolute paths, sizes, modification times), the format,
// --project and Muqabala's version. The record is written last, atomically,
// after the document's outputs, so a run killed at any point leaves either a
// complete document or one that is redone next time. The record keeps the
// document's beads and report row, from which the combined corpus and the
// report are rebuilt at the end of every run without aligning done documents
// again. --force ignores the records.

import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { exportCorpus } from '../core/corpus/corpus-export';
import { reportHtml, reportTsv, summariseProject, type ReportRow } from '../core/corpus/batch-report';
import { pairByName, parseManifest, type DocumentPair, type PairingProblem } from '../core/corpus/pairing';
import { formatInfo, type ExportFormat } from '../core/formats/index';
import type { Bead } from '../core/project/types';
import { writeFileAtomic, writeFilesAtomic } from './atomic-write';
import { CorpusPool } from './corpus-pool';
import { exportPaths, exportProjectToFile } from './export-file';
import { loadProjectFile, saveProjectFile } from './project-file';
import { joinProjects, type DocumentPart } from '../core/project/documents';
import { APP_VERSION } from './version';

export const STATE_FOLDER = '.muqabala-batch';
// 2: the summary's verdict (translation, undecided, not a translation) replaced isTranslation.
const RECORD_VERSION = 2;

export interface BatchOptions {
  /** A folder (pairs found by name) or a manifest TSV file. */
  input: string;
  outDir: string;
  format: ExportFormat;
  saveProjects: boolean;
  force: boolean;
  jobs: number;
  /** A bilingual dictionary (TSV, dictd .index or 'auto'), loaded once by each worker, as the stream command does. */
  dictionaryPath?: string;
  /** Called after each document, done earlier ones included. */
  onProgress?: (done: number, total: number, id: string) => void;
}

export interface BatchResult {
  rows: ReportRow[];
  problems: PairingProblem[];
  corpusPaths: string[];
  reportPaths: string[];
  /** With saveProjects: the project that holds every aligned document (null when none was). */
  projectPath: string | null;
}

interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

interface Fingerprint {
  format: ExportFormat;
  projects: boolean;
  tool: string;
  /** The dictionary used (its stamp: a changed dictionary redoes the documents); null without one. */
  dictionary: FileStamp | { path: string } | null;
  ar: FileStamp | null;
  en: FileStamp | null;
}

interface DoneRecord {
  version: number;
  fingerprint: Fingerprint;
  row: ReportRow;
  beads: Bead[];
}

/** A pair with absolute paths, and its paths as the folder or manifest gave them (for the report). */
export interface LocatedPair extends DocumentPair {
  arShown: string;
  enShown: string;
}

/** The pairs of a folder or manifest; a manifest's relative paths are relative to its folder. */
export async function findDocumentPairs(input: string, outDir: string): Promise<{ pairs: LocatedPair[]; problems: PairingProblem[] }> {
  const inputStat = await stat(input);
  if (inputStat.isDirectory()) {
    const outside = path.relative(path.resolve(input), path.resolve(outDir));
    const files = (await readdir(input, { recursive: true }))
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
      .filter((file) => outside === '' || !(file === outside || file.startsWith(`${outside.split(path.sep).join('/')}/`)));
    const { pairs, problems } = pairByName(files);
    return { pairs: pairs.map((pair) => locate(pair, path.resolve(input))), problems };
  }
  const { pairs, problems } = parseManifest(await readFile(input, 'utf8'));
  return { pairs: pairs.map((pair) => locate(pair, path.dirname(path.resolve(input)))), problems };
}

function locate(pair: DocumentPair, base: string): LocatedPair {
  return { id: pair.id, arPath: path.resolve(base, pair.arPath), enPath: path.resolve(base, pair.enPath), arShown: pair.arPath, enShown: pair.enPath };
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const { pairs, problems } = await findDocumentPairs(options.input, options.outDir);
  const outDir = path.resolve(options.outDir);
  const stateDir = path.join(outDir, STATE_FOLDER);
  await mkdir(stateDir, { recursive: true });

  const fingerprints = await Promise.all(pairs.map((pair) => fingerprintOf(pair, options)));
  const rows: ReportRow[] = [];
  const pending: number[] = [];
  let finished = 0;
  for (const [index, pair] of pairs.entries()) {
    const record = options.force ? null : await readRecord(recordPath(stateDir, pair.id));
    if (record && JSON.stringify(record.fingerprint) === JSON.stringify(fingerprints[index])) {
      rows[index] = { ...record.row, state: 'done earlier' };
      options.onProgress?.(++finished, pairs.length, pair.id);
    } else pending.push(index);
  }

  if (pending.length > 0) {
    const pool = await CorpusPool.start(Math.max(1, Math.min(options.jobs, pending.length)), { dictionaryPath: options.dictionaryPath });
    try {
      const alignOne = async (index: number): Promise<void> => {
        const pair = pairs[index];
        const row: ReportRow = { id: pair.id, arPath: pair.arShown, enPath: pair.enShown, state: 'failed' };
        try {
          const built = await pool.run({ kind: 'build-files', name: pair.id, arPath: pair.arPath, enPath: pair.enPath });
          if (!built.ok) row.error = built.error;
          else {
            const { project, report, verdict } = built;
            await writeDocumentOutputs(outDir, pair.id, options, project);
            Object.assign(row, { state: 'aligned', summary: summariseProject(project, verdict, report.warnings) });
            const record: DoneRecord = { version: RECORD_VERSION, fingerprint: fingerprints[index], row, beads: project.beads };
            await writeFileAtomic(recordPath(stateDir, pair.id), JSON.stringify(record));
          }
        } catch (error) {
          row.state = 'failed';
          row.error = (error as Error).message;
        }
        rows[index] = row;
        options.onProgress?.(++finished, pairs.length, pair.id);
      };
      // As many documents in flight as there are workers, and one more each, so none waits idle.
      const queue = [...pending];
      const lanes = Array.from({ length: Math.min(queue.length, options.jobs * 2) }, async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) await alignOne(next);
      });
      await Promise.all(lanes);
    } finally {
      await pool.close();
    }
  }

  const corpusPaths = await writeCombinedCorpus(outDir, stateDir, pairs, rows, options.format);
  const projectPath = options.saveProjects ? await writeJoinedProject(outDir, pairs, rows, path.basename(path.resolve(options.input))) : null;
  const title = `Muqabala batch report: ${path.basename(path.resolve(options.input))}`;
  const reportPaths = [path.join(outDir, 'report.tsv'), path.join(outDir, 'report.html')];
  await writeFileAtomic(reportPaths[0], reportTsv(rows));
  await writeFileAtomic(reportPaths[1], reportHtml(rows, problems, title));
  return { rows, problems, corpusPaths, reportPaths, projectPath };
}

async function writeDocumentOutputs(outDir: string, id: string, options: BatchOptions, project: Parameters<typeof exportProjectToFile>[0]): Promise<void> {
  const documentBase = path.join(outDir, 'documents', ...id.split('/'));
  await mkdir(path.dirname(documentBase), { recursive: true });
  // The extension is added here: an id like "ch.01" would otherwise pass for a path that has one.
  const target = options.format === 'moses' ? documentBase : documentBase + formatInfo(options.format).extensions[0];
  await exportProjectToFile(project, options.format, target, { all: true, toolVersion: APP_VERSION });
  if (options.saveProjects) {
    const projectPath = path.join(outDir, 'projects', ...id.split('/')) + '.muqabala';
    await mkdir(path.dirname(projectPath), { recursive: true });
    await saveProjectFile(projectPath, project);
  }
}

async function writeCombinedCorpus(outDir: string, stateDir: string, pairs: DocumentPair[], rows: ReportRow[], format: ExportFormat): Promise<string[]> {
  const documents: { id: string; beads: Bead[] }[] = [];
  for (const [index, pair] of pairs.entries()) {
    if (rows[index].state === 'failed') continue;
    const record = await readRecord(recordPath(stateDir, pair.id));
    if (record) documents.push({ id: pair.id, beads: record.beads });
  }
  const files = exportCorpus(documents, format, APP_VERSION);
  const paths = exportPaths(format, path.join(outDir, 'corpus'), files.map((file) => file.suffix));
  await writeFilesAtomic(files.map((file, index) => ({ path: paths[index], data: file.pieces })));
  return paths;
}

/** Every aligned document's project (done earlier ones read back from DIR/projects) joined into DIR/corpus.muqabala. */
async function writeJoinedProject(outDir: string, pairs: DocumentPair[], rows: ReportRow[], name: string): Promise<string | null> {
  const parts: DocumentPart[] = [];
  for (const [index, pair] of pairs.entries()) {
    if (rows[index].state === 'failed') continue;
    parts.push({ id: pair.id, project: await loadProjectFile(path.join(outDir, 'projects', ...pair.id.split('/')) + '.muqabala') });
  }
  if (parts.length === 0) return null;
  const target = path.join(outDir, 'corpus.muqabala');
  await saveProjectFile(target, joinProjects(name, parts));
  return target;
}

function recordPath(stateDir: string, id: string): string {
  return path.join(stateDir, `${encodeURIComponent(id)}.json`);
}

async function readRecord(file: string): Promise<DoneRecord | null> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as DoneRecord;
    return record.version === RECORD_VERSION && Array.isArray(record.beads) && record.row ? record : null;
  } catch {
    return null; // missing or unreadable: the document is done again
  }
}

async function fingerprintOf(pair: DocumentPair, options: BatchOptions): Promise<Fingerprint> {
  return {
    format: options.format,
    projects: options.saveProjects,
    tool: APP_VERSION,
    dictionary: options.dictionaryPath === undefined ? null
      : await stampOf(path.resolve(options.dictionaryPath)) ?? { path: options.dictionaryPath },
    ar: await stampOf(pair.arPath),
    en: await stampOf(pair.enPath),
  };
}

async function stampOf(file: string): Promise<FileStamp | null> {
  try {
    const info = await stat(file);
    return { path: file, size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  }
}
