// `npm run bench`: the numbers we publish in the README. Prints, never asserts.
//   1. segmentation errors against gold spans (dev set + hand-segmented seeds) and speed;
//   2. alignment F1 on ../shared/eval/dev and on seed 001/000 (score.py), and
//      time and peak memory to align a 10,000-sentence pair;
//      and the CLI's whole path at that size; F1 on a held-out NTREX cut;
//   3. the robustness suite: dev cases made anchor-poor, restructured, condensed... (robustness.ts);
//   4. the editor's 10,000-pair timings, and a 200-document project's, measured by this run in Chromium.

import os from 'node:os';
import { benchmarkAlignment, formatAlignmentBenchmark } from './alignment';
import { benchmarkConfidence } from './confidence';
import { benchmarkCorpora } from './corpora';
import { benchmarkAlignCommand } from './corpora-command';
import { benchmarkCliPath, formatCliPathBenchmark } from './cli-path';
import { benchmarkEditor } from './editor';
import { benchmarkManyDocuments } from './many-documents';
import { benchmarkHeldOut, formatHeldOut } from './held-out';
import { benchmarkDocuments } from './documents';
import { benchmarkRobustness, formatRobustness } from './robustness';
import { benchmarkQa } from './qa';
import { benchmarkParagraphPass } from './paragraph-pass';
import { benchmarkLearning, benchmarkLearningAcrossDocuments } from './learning';
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
  console.log(formatHeldOut(benchmarkHeldOut()));
  console.log(formatCliPathBenchmark(benchmarkCliPath()));
  console.log('');
  console.log(benchmarkParagraphPass().join('\n'));
  console.log('');
  console.log(benchmarkConfidence().join('\n'));
  console.log('');

  for (const line of benchmarkQa().lines) console.log(line);
  console.log('');
  for (const line of [...benchmarkLearning(), ...benchmarkLearningAcrossDocuments()]) console.log(line);
  console.log('');

  console.log(formatRobustness(benchmarkRobustness()));
  console.log('');

  console.log((await benchmarkDocuments()).join('\n'));
  console.log('');

  console.log(await benchmarkCorpora());
  console.log(benchmarkAlignCommand());
  console.log('');

  console.log(benchmarkEditor());
  console.log(benchmarkManyDocuments());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
