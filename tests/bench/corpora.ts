// Corpus benchmark for `npm run bench` (prints, never asserts):
//   1. `muqabala stream` over the 60 dev documents (../shared/eval/dev) as a user
//      runs it: a fresh process, start-up included, with 1 and 2 worker threads:
//      wall time, documents and sentences per second;
//   2. peak memory of the stream over those 60 documents and over 20 times as many,
//      to show that it does not grow with the length of the input;
//   3. one pair of 10,000, 50,000 and 100,000 sentences a side (NTREX repeated, as
//      the alignment benchmark builds its 10,000 case), each in SCALE_RUNS fresh
//      processes (medians): alignment alone and the whole import (segment + align +
//      project, with the CPU of each phase), with peak memory.
// Skipped, with a message, when ../shared is absent.

import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { alignSentences, type AlignInput } from '../../main/core/align/align';
import type { Bead, Sentence } from '../../main/core/project/types';
import { buildProject } from '../../main/core/pipeline';
import { streamDocuments } from '../../main/services/stream-filter';
import { startEnglishSideWorker } from '../../main/services/side-worker';
import { repoRoot, sharedDir } from '../helpers/paths';
import { buildScalePair, lineStarts } from './alignment';
import { lastAtOrBefore } from '../../main/core/text/sorted';

const SCALE_SIZES = [10_000, 50_000, 100_000];
const STREAM_RUNS = 3;
const LONG_STREAM_COPIES = 20;
/** Fresh processes per scale case: the medians are printed (the machine is shared, one run says little). */
const SCALE_RUNS = 3;

interface StreamRun {
  jobs: number;
  seconds: number;
  /** User + system CPU seconds and peak RSS of the process, from GNU time when the machine has it. */
  cpuSeconds?: number;
  peakRssMB?: number;
  documents: number;
  sentences: number;
}

interface StreamMemory {
  documents: number;
  seconds: number;
  peakRssMB: number;
}

interface ScaleRun {
  sentences: number;
  what: 'align' | 'import';
  seconds: number;
  cpuSeconds: number;
  /** CPU seconds of the main thread alone (Linux), see mainThreadCpu. */
  mainThreadCpuSeconds?: number;
  peakRssMB: number;
  rssBeforeMB: number;
  beads: number;
  /** Import only: share of beads whose sentences on both sides come from the same NTREX lines (the pair is aligned line to line by construction). */
  sameLines?: number;
  /**
   * Import only: CPU seconds (all threads) of segmentation and features (the
   * English side on a worker thread meanwhile), alignment (search, confidence)
   * and building the project; wallPhases the same in wall-clock seconds.
   */
  phases?: { segment: number; align: number; project: number };
  wallPhases?: { segment: number; align: number; project: number };
}

function devCorpusLines(): string[] {
  const dir = path.join(sharedDir(), 'eval/dev');
  return readdirSync(dir).filter((name) => name.endsWith('.ar.txt')).sort().map((name) => {
    const id = name.slice(0, -'.ar.txt'.length);
    return JSON.stringify({ id, ar: readFileSync(path.join(dir, name), 'utf8'), en: readFileSync(path.join(dir, `${id}.en.txt`), 'utf8') });
  });
}

const GNU_TIME = '/usr/bin/time';

/**
 * The real command in a fresh process, timed from spawn to exit. The wall time
 * suffers when the shared machine is busy, so GNU time (when installed) adds the
 * process's CPU time and peak memory.
 */
function timeStream(inputPath: string, jobs: number, workDir: string): StreamRun {
  const input = readFileSync(inputPath);
  const command = [process.execPath, path.join(repoRoot(), 'dist/main/cli.js'), 'stream', '--jobs', String(jobs)];
  const timeFile = path.join(workDir, 'time.txt');
  const timed = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S %M', '-o', timeFile, ...command] : command;
  const start = process.hrtime.bigint();
  const result = spawnSync(timed[0], timed.slice(1), { input, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const summary = JSON.parse(result.stderr.toString().trim().split('\n').pop() as string) as { written: number; sentences: number; failed: number };
  if (result.status !== 0 || summary.failed > 0) throw new Error(`stream failed: ${result.stderr.toString()}`);
  const run: StreamRun = { jobs, seconds, documents: summary.written, sentences: summary.sentences };
  if (timed !== command) {
    const [user, system, rssKB] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    Object.assign(run, { cpuSeconds: user + system, peakRssMB: rssKB / 1024 });
  }
  return run;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function child(args: string[]): unknown {
  const output = execFileSync(process.execPath, [__filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').pop() as string);
}

async function runStreamMemoryChild(inputPath: string): Promise<void> {
  const start = process.hrtime.bigint();
  const counts = await streamDocuments({
    input: createReadStream(inputPath),
    output: createWriteStream('/dev/null'),
    errors: process.stderr,
    jobs: 2,
  });
  const result: StreamMemory = {
    documents: counts.written,
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function cpuTotal(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

/**
 * CPU seconds of this process's main thread alone (Linux: /proc), or undefined
 * elsewhere. On a busy machine the wall time follows the load; with a core free
 * for the worker, the import's wall time is about this (plus any wait at the join).
 */
function mainThreadCpu(): number | undefined {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function runScaleChild(sentences: number, what: 'align' | 'import'): void {
  const pair = buildScalePair(sentences);
  const rssBefore = process.memoryUsage().rss;
  const mainCpuBefore = mainThreadCpu();
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  // The import's progress marks where segmentation ends (its share, 0.1) and where alignment ends (1, first reached before the project is built).
  const marks: number[] = [];
  const wallMarks: number[] = [];
  const wall = () => Number(process.hrtime.bigint() - start) / 1e9;
  const project = what === 'align'
    ? null
    : buildProject({
      name: 'scale',
      first: { fileName: 'ar.txt', encoding: 'utf-8', text: pair.arText },
      second: { fileName: 'en.txt', encoding: 'utf-8', text: pair.enText },
      // As `muqabala align` and the app import (a worker thread prepares the English side).
      englishSideRunner: startEnglishSideWorker,
      onProgress: (fraction) => {
        if ((marks.length === 0 && fraction > 0) || (marks.length === 1 && fraction >= 0.999)) {
          marks.push(cpuTotal(process.cpuUsage(cpuBefore)));
          wallMarks.push(wall());
        }
      },
    }).project;
  const beads = project ? project.beads.length : alignSentences(pair.ar, pair.en).beads.length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuSeconds = cpuTotal(process.cpuUsage(cpuBefore));
  const mainCpuAfter = mainThreadCpu();
  const result: ScaleRun = {
    sentences: pair.ar.length,
    what,
    seconds,
    cpuSeconds,
    ...(mainCpuBefore === undefined || mainCpuAfter === undefined ? {} : { mainThreadCpuSeconds: mainCpuAfter - mainCpuBefore }),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMB: rssBefore / 1024 / 1024,
    beads,
  };
  if (project) {
    result.sameLines = sameLineShare(pair, project.beads);
    result.phases = { segment: marks[0], align: marks[1] - marks[0], project: cpuSeconds - marks[1] };
    result.wallPhases = { segment: wallMarks[0], align: wallMarks[1] - wallMarks[0], project: seconds - wallMarks[1] };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}



/**
 * Share of beads whose Arabic and English sentences come from the same set of
 * NTREX lines: the segmenters split and join lines differently on the two
 * sides, but a right bead never mixes lines that are not each other's translation.
 */
function sameLineShare(pair: { ar: AlignInput[]; en: AlignInput[] }, beads: Bead[]): number {
  const arStarts = lineStarts(pair.ar);
  const enStarts = lineStarts(pair.en);
  const linesOf = (sentences: Sentence[], starts: number[]) => new Set(sentences.map((sentence) => lastAtOrBefore(starts, sentence.source?.[0] ?? -1)));
  let same = 0;
  for (const bead of beads) {
    const ar = linesOf(bead.ar, arStarts);
    const en = linesOf(bead.en, enStarts);
    if (ar.size === en.size && [...ar].every((line) => en.has(line))) same++;
  }
  return same / Math.max(1, beads.length);
}

export async function benchmarkCorpora(): Promise<string> {
  if (!existsSync(path.join(sharedDir(), 'eval/dev'))) return `Corpora: skipped (no ${path.join(sharedDir(), 'eval/dev')})`;
  const lines = ['Corpora (`muqabala stream`, fresh processes, start-up included)'];
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-corpora-'));
  try {
    const dev = devCorpusLines();
    const devPath = path.join(workDir, 'dev.jsonl');
    writeFileSync(devPath, `${dev.join('\n')}\n`);
    for (const jobs of [1, 2]) {
      const runs = Array.from({ length: STREAM_RUNS }, () => timeStream(devPath, jobs, workDir));
      const seconds = median(runs.map((run) => run.seconds));
      const { documents, sentences } = runs[0];
      lines.push(
        `  stream, ${documents} dev documents (${sentences} sentences), --jobs ${jobs}: ${seconds.toFixed(2)} s median of ${STREAM_RUNS} `
          + `(${Math.min(...runs.map((run) => run.seconds)).toFixed(2)}-${Math.max(...runs.map((run) => run.seconds)).toFixed(2)} s); `
          + `${(documents / seconds).toFixed(1)} documents/s, ${Math.round(sentences / seconds)} sentences/s`
          + (runs[0].cpuSeconds === undefined ? '' : `; cpu ${median(runs.map((run) => run.cpuSeconds ?? 0)).toFixed(2)} s, peak RSS ${Math.max(...runs.map((run) => run.peakRssMB ?? 0)).toFixed(0)} MB`),
      );
    }
    const longPath = path.join(workDir, 'long.jsonl');
    writeFileSync(longPath, `${Array.from({ length: LONG_STREAM_COPIES }, () => dev.join('\n')).join('\n')}\n`);
    for (const file of [devPath, longPath]) {
      const memory = child(['--stream-memory', file]) as StreamMemory;
      lines.push(`  stream memory, ${memory.documents} documents, 2 workers: peak RSS ${memory.peakRssMB.toFixed(0)} MB (${memory.seconds.toFixed(2)} s in-process)`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  // CPU time (user + system) is the figure to compare: wall time on a shared machine follows its load, printed with each run.
  lines.push('Scale (one pair, NTREX lines repeated, each in a fresh process; compare cpu, wall time follows the load)');
  for (const sentences of SCALE_SIZES) {
    for (const what of ['align', 'import'] as const) {
      const runs = Array.from({ length: SCALE_RUNS }, () => child(['--scale', String(sentences), what]) as ScaleRun);
      const run = runs[0];
      const of = (value: (r: ScaleRun) => number) => median(runs.map(value));
      const range = (value: (r: ScaleRun) => number) => `${Math.min(...runs.map(value)).toFixed(2)}-${Math.max(...runs.map(value)).toFixed(2)}`;
      const phases = run.phases
        ? `; by phase, cpu / wall: segmentation and features ${of((r) => r.phases?.segment ?? 0).toFixed(2)} / ${of((r) => r.wallPhases?.segment ?? 0).toFixed(2)} s, `
          + `alignment ${of((r) => r.phases?.align ?? 0).toFixed(2)} / ${of((r) => r.wallPhases?.align ?? 0).toFixed(2)} s, `
          + `project ${of((r) => r.phases?.project ?? 0).toFixed(2)} / ${of((r) => r.wallPhases?.project ?? 0).toFixed(2)} s`
        : '';
      lines.push(
        `  ${run.sentences} x ${run.sentences} sentences, ${what === 'align' ? 'align (sentences given)' : 'import (segment + align + project)'}: `
          + `${of((r) => r.seconds).toFixed(2)} s median of ${SCALE_RUNS} (${range((r) => r.seconds)} s), cpu ${of((r) => r.cpuSeconds).toFixed(2)} s (${range((r) => r.cpuSeconds)} s`
          + (run.mainThreadCpuSeconds === undefined ? '' : `; main thread ${of((r) => r.mainThreadCpuSeconds ?? 0).toFixed(2)} s`)
          + '), '
          + `peak RSS ${Math.max(...runs.map((r) => r.peakRssMB)).toFixed(0)} MB (${run.rssBeforeMB.toFixed(0)} MB before), ${run.beads} beads`
          + (run.sameLines === undefined ? '' : ` (${(100 * run.sameLines).toFixed(2)}% from the same NTREX lines on both sides)`)
          + `${phases}; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
      );
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === '--stream-memory') void runStreamMemoryChild(rest[0]);
  else if (mode === '--scale') runScaleChild(Number(rest[0]), rest[1] as 'align' | 'import');
  else benchmarkCorpora().then((text) => console.log(text));
}
