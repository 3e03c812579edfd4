// `npm run bench`: the numbers we publish in the README. Prints, never asserts.
//   1. segmentation errors against gold spans (dev set + hand-segmented seeds) and speed;
//   2. alignment F1 on ../shared/eval/dev and on seed 001/000 (score.py), and
//      time and peak memory to align a 10,000-sentence pair;
//   3. the editor's 10,000-pair timings, when the browser benchmark has written them.

import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchmarkAlignment, formatAlignmentBenchmark, repoRoot } from './alignment';
import { benchmarkQa } from './qa';
import { benchmarkLearning } from './learning';
import { evaluateSegmentation, formatSegmentationSummary, timeSegmentation } from './segmentation';

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Muqabala benchmark: node ${process.version}, ${os.cpus().length} x ${cpu}, ${new Date().toISOString()}`);
  console.log('');

  console.log(formatSegmentationSummary(evaluateSegmentation(), false));
  const timing = timeSegmentation();
  for (const side of ['ar', 'en'] as const) {
    const t = timing[side];
    console.log(`  segmentation speed (${side}): ${t.sentences} sentences, ${t.characters} characters in ${t.ms} ms`);
  }
  console.log('');

  console.log(formatAlignmentBenchmark(await benchmarkAlignment()));
  console.log('');

  for (const line of benchmarkQa().lines) console.log(line);
  console.log('');
  for (const line of benchmarkLearning()) console.log(line);
  console.log('');

  const editorTimings = path.join(repoRoot, 'dist/bench/large-project.json');
  if (existsSync(editorTimings)) {
    console.log('Editor, 10,000-pair project (from the last Playwright run in Chromium):');
    console.log(`  ${readFileSync(editorTimings, 'utf8').trim()}`);
  } else {
    console.log('Editor timings: run `npm test` first (its browser suite writes dist/bench/large-project.json).');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
