// Alignment benchmark: F1 on ../shared/eval/dev (scored by the shared
// score.py), F1 on seed 001/000 against our hand-made gold, and time and
// memory to align a 10,000-sentence pair built from NTREX. The lead's
// `npm run bench` runner calls benchmarkAlignment() and prints the result;
// running this file directly prints it too.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { alignSentences, type AlignInput, type AlignmentResult, type AlignOptions } from '../../main/core/align/align';
import { jsonlRecord } from '../../main/core/formats/jsonl';
import { createProject } from '../../main/core/project/create';
import { segmentText, type Segment } from '../../main/core/segment/segment';

export const repoRoot = path.resolve(__dirname, '../../..');
export const sharedDir = process.env.MUQABALA_SHARED ?? path.resolve(repoRoot, '../shared');
const PYTHON = '/usr/bin/python3';
const SCALE_SENTENCES = 10_000;

export interface ScoredPair {
  name: string;
  precision: number;
  recall: number;
  f1: number;
  beads: number;
  matchScore: number;
}

export interface ScaleRun {
  sentencesAr: number;
  sentencesEn: number;
  /** Alignment only, inputs given as sentence lists: the first run in a fresh process (cold JIT)... */
  alignSeconds: number;
  /** ...its CPU time (user + system; the wall time suffers when the machine is busy)... */
  alignCpuSeconds: number;
  /** ...and the best of two more runs in the same process. */
  alignWarmSeconds: number;
  /** Segmentation of the two raw texts plus alignment. */
  segmentAndAlignSeconds: number;
  /** Share of the NTREX lines (aligned one to one by construction) that came out as exactly their 1-1 bead. */
  lineAccuracy: number;
  /** Peak resident memory of the measuring process, and its resident memory just before aligning. */
  peakRssMB: number;
  rssBeforeMB: number;
}

export interface AlignmentBenchmark {
  dev: { pairs: ScoredPair[]; macroF1: number };
  seed: ScoredPair;
  /** The 10k run in SCALE_PROCESSES fresh processes, sorted by alignSeconds: the middle one is reported, with the spread. */
  scale: ScaleRun[];
}

/**
 * Fresh processes the 10k pair is aligned in. A first call is dominated by the
 * JavaScript engine compiling the hot code on the second core, so on a shared
 * two-core machine it varies by a fifth from run to run: one sample says little.
 */
const SCALE_PROCESSES = 5;

function toInput(segments: Segment[]): AlignInput[] {
  return segments.map((segment) => ({ text: segment.text, paragraph: segment.paragraph }));
}

/** Segment, align and export one pair as the JSONL the app writes. */
export function alignFiles(arText: string, enText: string, options: AlignOptions = {}): { jsonl: string; result: AlignmentResult } {
  const arSegments = segmentText(arText, 'ar');
  const enSegments = segmentText(enText, 'en');
  const result = alignSentences(toInput(arSegments), toInput(enSegments), options);
  const project = createProject({
    name: 'bench',
    sources: {
      ar: { fileName: 'ar.txt', encoding: 'utf-8', text: arText },
      en: { fileName: 'en.txt', encoding: 'utf-8', text: enText },
    },
    arSegments,
    enSegments,
    beads: result.beads,
    summary: result.summary,
  });
  const jsonl = project.beads.map((bead) => JSON.stringify(jsonlRecord(bead))).join('\n') + '\n';
  return { jsonl, result };
}

/** Run score.py on one pair and read its precision, recall and F1. */
export function scorePair(name: string, goldPath: string, arPath: string, enPath: string, workDir: string): ScoredPair {
  const { jsonl, result } = alignFiles(readFileSync(arPath, 'utf8'), readFileSync(enPath, 'utf8'));
  const systemPath = path.join(workDir, `${name}.jsonl`);
  writeFileSync(systemPath, jsonl);
  const output = execFileSync(PYTHON, [path.join(sharedDir, 'eval/score.py'), goldPath, arPath, enPath, systemPath], {
    encoding: 'utf8',
  });
  const figure = (key: string) => {
    const match = new RegExp(`${key}=([0-9.]+)`).exec(output);
    if (!match) throw new Error(`score.py printed no ${key} for ${name}: ${output}`);
    return Number(match[1]);
  };
  return {
    name,
    precision: figure('precision'),
    recall: figure('recall'),
    f1: figure('F1'),
    beads: result.beads.length,
    matchScore: result.summary.matchScore,
  };
}

/** Score every NAME.gold.json of a directory built by make_docs.py. */
export function scoreDirectory(dir: string, workDir: string): { pairs: ScoredPair[]; macroF1: number } {
  const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, '')).sort();
  const pairs = names.map((name) =>
    scorePair(name, path.join(dir, `${name}.gold.json`), path.join(dir, `${name}.ar.txt`), path.join(dir, `${name}.en.txt`), workDir),
  );
  const macroF1 = pairs.reduce((total, pair) => total + pair.f1, 0) / Math.max(1, pairs.length);
  return { pairs, macroF1 };
}

function sampleFile(prefix: string): string {
  const dir = path.join(sharedDir, 'samples');
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no sample ${prefix}_* in ${dir}`);
  return path.join(dir, file);
}

/** NTREX documents repeated until each side has `count` lines, four sentences to a paragraph. */
export function buildScalePair(count: number): { ar: AlignInput[]; en: AlignInput[]; arText: string; enText: string } {
  const dir = path.join(sharedDir, 'data/ntrex-128-ar-en');
  const arLines = readFileSync(path.join(dir, 'newstest2019-ref.arb.txt'), 'utf8').replace(/\n$/, '').split('\n');
  const enLines = readFileSync(path.join(dir, 'newstest2019-src.eng.txt'), 'utf8').replace(/\n$/, '').split('\n');
  const ar: AlignInput[] = [];
  const en: AlignInput[] = [];
  for (let k = 0; ar.length < count; k++) {
    const line = k % arLines.length;
    const paragraph = Math.floor(k / 4);
    ar.push({ text: arLines[line].trim(), paragraph });
    en.push({ text: enLines[line].trim(), paragraph });
  }
  const render = (inputs: AlignInput[]) => {
    let text = '';
    inputs.forEach((input, k) => {
      text += k === 0 ? '' : input.paragraph !== inputs[k - 1].paragraph ? '\n\n' : ' ';
      text += input.text;
    });
    return text + '\n';
  };
  return { ar, en, arText: render(ar), enText: render(en) };
}

/** Start offset of each input line in the text buildScalePair renders from them. */
export function lineStarts(inputs: AlignInput[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  inputs.forEach((input, k) => {
    if (k > 0) offset += input.paragraph !== inputs[k - 1].paragraph ? 2 : 1;
    starts.push(offset);
    offset += input.text.length;
  });
  return starts;
}

/** Measured in a fresh process so that the peak memory is the alignment's, not the dev runs'. */
function measureScaleInChild(): ScaleRun {
  const output = execFileSync(process.execPath, [__filename, '--scale-child'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').pop() as string) as ScaleRun;
}

function runScaleChild(): void {
  const pair = buildScalePair(SCALE_SENTENCES);
  const rssBefore = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  let start = process.hrtime.bigint();
  const { beads } = alignSentences(pair.ar, pair.en);
  const alignSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const exact = beads.filter((bead) => bead.ar.length === 1 && bead.en.length === 1 && bead.ar[0] === bead.en[0]).length;
  const cpu = process.cpuUsage(cpuBefore);
  let alignWarmSeconds = Infinity;
  for (let run = 0; run < 2; run++) {
    start = process.hrtime.bigint();
    alignSentences(pair.ar, pair.en);
    alignWarmSeconds = Math.min(alignWarmSeconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  start = process.hrtime.bigint();
  const arSegments = segmentText(pair.arText, 'ar');
  const enSegments = segmentText(pair.enText, 'en');
  alignSentences(toInput(arSegments), toInput(enSegments));
  const segmentAndAlignSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const run: ScaleRun = {
    sentencesAr: pair.ar.length,
    sentencesEn: pair.en.length,
    alignSeconds,
    alignCpuSeconds: (cpu.user + cpu.system) / 1e6,
    lineAccuracy: exact / pair.ar.length,
    alignWarmSeconds,
    segmentAndAlignSeconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMB: rssBefore / 1024 / 1024,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

export async function benchmarkAlignment(): Promise<AlignmentBenchmark> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-align-'));
  try {
    const dev = scoreDirectory(path.join(sharedDir, 'eval/dev'), workDir);
    const seed = scorePair(
      'seed-001-000',
      path.join(repoRoot, 'tests/fixtures/gold/seed-001-000.gold.json'),
      sampleFile('001'),
      sampleFile('000'),
      workDir,
    );
    const scale = Array.from({ length: SCALE_PROCESSES }, measureScaleInChild).sort((a, b) => a.alignSeconds - b.alignSeconds);
    return { dev, seed, scale };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

export function formatAlignmentBenchmark(result: AlignmentBenchmark): string {
  const lines = ['Alignment (score.py, token-pair F1)'];
  for (const pair of result.dev.pairs) {
    lines.push(`  ${pair.name}: P ${pair.precision.toFixed(3)} R ${pair.recall.toFixed(3)} F1 ${pair.f1.toFixed(3)} (match ${pair.matchScore.toFixed(2)})`);
  }
  lines.push(`  dev macro F1: ${result.dev.macroF1.toFixed(4)} over ${result.dev.pairs.length} pairs`);
  const seed = result.seed;
  lines.push(`  seed 001/000: P ${seed.precision.toFixed(3)} R ${seed.recall.toFixed(3)} F1 ${seed.f1.toFixed(3)} (match ${seed.matchScore.toFixed(2)})`);
  const runs = result.scale;
  const scale = runs[Math.floor(runs.length / 2)];
  const seconds = (pick: (run: ScaleRun) => number) => runs.map(pick).sort((a, b) => a - b);
  const cold = seconds((run) => run.alignSeconds);
  const warm = seconds((run) => run.alignWarmSeconds);
  lines.push(
    `  ${scale.sentencesAr} x ${scale.sentencesEn} sentences, median of ${runs.length} fresh processes: ` +
      `align ${scale.alignSeconds.toFixed(3)} s cold (first call; ${cold[0].toFixed(3)}-${cold[cold.length - 1].toFixed(3)} s; ` +
      `cpu ${scale.alignCpuSeconds.toFixed(3)} s), ${warm[Math.floor(warm.length / 2)].toFixed(3)} s warm ` +
      `(${warm[0].toFixed(3)}-${warm[warm.length - 1].toFixed(3)} s); load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
  );
  lines.push(
    `  segment + align ${scale.segmentAndAlignSeconds.toFixed(3)} s, peak RSS ${Math.max(...runs.map((run) => run.peakRssMB)).toFixed(0)} MB ` +
      `(${scale.rssBeforeMB.toFixed(0)} MB before aligning); ${(100 * scale.lineAccuracy).toFixed(2)}% of lines exactly paired`,
  );
  return lines.join('\n');
}

if (require.main === module) {
  if (process.argv.includes('--scale-child')) runScaleChild();
  else benchmarkAlignment().then((result) => console.log(formatAlignmentBenchmark(result)));
}
