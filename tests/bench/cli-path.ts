// The whole path a CLI user waits for at 10,000 sentences a side: a fresh
// `node dist/main/cli.js align AR EN --format jsonl --out FILE` from two files
// on disk to the written export (start-up, reading, decoding, segmenting,
// aligning, exporting, writing), timed from outside the process. Printed next
// to the aligner-alone figure of alignment.ts, which times alignSentences on
// pre-split sentences inside a process.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildScalePair, repoRoot } from './alignment';

const RUNS = 5;
const SENTENCES = 10_000;
/** GNU time (Debian package `time`) reports the child's peak memory; without it only the wall time is printed. */
const GNU_TIME = '/usr/bin/time';

export interface CliPathRun {
  seconds: number;
  /** CPU time (user + system) and peak resident memory of the CLI process, when GNU time is there. */
  cpuSeconds: number | null;
  peakRssMB: number | null;
}

export function benchmarkCliPath(): { sentences: number; exportedPairs: number; runs: CliPathRun[] } {
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-cli-bench-'));
  try {
    const { arPath, enPath, sentences } = writeScalePair(workDir, SENTENCES);
    const out = path.join(workDir, 'scale.jsonl');
    const runs: CliPathRun[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(timeCliAlign(arPath, enPath, out));
    const exportedPairs = readFileSync(out, 'utf8').trimEnd().split('\n').length;
    runs.sort((a, b) => a.seconds - b.seconds);
    return { sentences, exportedPairs, runs };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The NTREX scale pair of `count` sentences a side (buildScalePair) as two files in workDir, as a user's texts would be. */
export function writeScalePair(workDir: string, count: number): { arPath: string; enPath: string; sentences: number } {
  const pair = buildScalePair(count);
  const arPath = path.join(workDir, 'scale.ar.txt');
  const enPath = path.join(workDir, 'scale.en.txt');
  writeFileSync(arPath, pair.arText);
  writeFileSync(enPath, pair.enText);
  return { arPath, enPath, sentences: pair.ar.length };
}

/**
 * One fresh `muqabala align AR EN --format jsonl --out OUT [extra]`, timed from
 * spawn to exit; with GNU time, its CPU time and peak resident memory too.
 */
export function timeCliAlign(arPath: string, enPath: string, out: string, extra: string[] = []): CliPathRun {
  rmSync(out, { force: true });
  const cli = path.join(repoRoot, 'dist', 'main', 'cli.js');
  const align = [cli, 'align', arPath, enPath, '--format', 'jsonl', '--out', out, ...extra];
  const [command, args] = existsSync(GNU_TIME)
    ? [GNU_TIME, ['-f', 'peak-kb %M cpu %U %S', process.execPath, ...align]]
    : [process.execPath, align];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`the CLI failed: ${result.stderr}`);
  const measured = /peak-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return {
    seconds,
    cpuSeconds: measured ? Number(measured[2]) + Number(measured[3]) : null,
    peakRssMB: measured ? Number(measured[1]) / 1024 : null,
  };
}

export function formatCliPathBenchmark(result: ReturnType<typeof benchmarkCliPath>): string {
  const { runs } = result;
  const median = runs[Math.floor(runs.length / 2)];
  const peaks = runs.map((run) => run.peakRssMB).filter((mb): mb is number => mb !== null);
  const memory = peaks.length > 0
    ? `; cpu ${median.cpuSeconds?.toFixed(2)} s (user + system, both cores), peak RSS ${Math.max(...peaks).toFixed(0)} MB`
    : ' (no /usr/bin/time: cpu and memory not measured)';
  return `  CLI, whole path (two files on disk -> written JSONL export, fresh process), ${result.sentences} sentences a side, `
    + `median of ${runs.length}: ${median.seconds.toFixed(3)} s (${runs[0].seconds.toFixed(3)}-${runs[runs.length - 1].seconds.toFixed(3)} s)`
    + `${memory}; ${result.exportedPairs} pairs written`;
}
