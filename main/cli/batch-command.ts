// `muqabala batch INPUT --out DIR --format F [--project] [--force] [--jobs N]
// [--dictionary FILE]`: align every
// document pair of a folder or manifest (services/batch.ts), with a progress
// bar on a terminal and a summary line at the end; exit code 1 when some
// document failed.

import { availableParallelism } from 'node:os';
import { flagged } from '../core/corpus/batch-report';
import { progressBar } from '../core/corpus/progress-bar';
import { runBatch } from '../services/batch';
import { jobsOption, requireOutput, type Values } from './options';
import { UsageError } from './usage-error';

export async function batchCommand(positionals: string[], values: Values): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('batch needs one INPUT: a folder of NAME.ar.EXT / NAME.en.EXT files or a manifest TSV');
  const { format, out } = requireOutput(values);
  const onTerminal = process.stderr.isTTY === true;
  let barShown = false;
  const result = await runBatch({
    input: positionals[0],
    outDir: out,
    format,
    saveProjects: values.project === true,
    force: values.force === true,
    jobs: jobsOption(values) ?? availableParallelism(),
    dictionaryPath: typeof values.dictionary === 'string' ? values.dictionary : undefined,
    onProgress: onTerminal
      ? (done, total, id) => {
        barShown = true;
        process.stderr.write(`\r\x1b[2K${progressBar(done, total, id)}`);
      }
      : undefined,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && error.path === positionals[0]) throw new UsageError(`no such folder or manifest: "${positionals[0]}"`);
    throw error;
  });
  if (barShown) process.stderr.write('\n');
  for (const problem of result.problems) process.stderr.write(`warning: ${problem.where}: ${problem.problem}\n`);
  if (result.rows.length === 0) throw new UsageError(`no document pairs found in "${positionals[0]}" (expected NAME.ar.EXT with NAME.en.EXT, or a manifest)`);
  const count = (state: string) => result.rows.filter((row) => row.state === state).length;
  const failed = result.rows.filter((row) => row.state === 'failed');
  for (const row of failed) process.stderr.write(`error: ${row.id}: ${row.error}\n`);
  for (const row of result.rows) {
    if (flagged(row.summary)) {
      process.stderr.write(`warning: ${row.id}: the two texts do not look like translations of each other (match score ${row.summary.matchScore.toFixed(2)})\n`);
    }
  }
  process.stderr.write(
    `${result.rows.length} documents: ${count('aligned')} aligned, ${count('done earlier')} done earlier (skipped), ${failed.length} failed; `
      + `corpus: ${result.corpusPaths.join(', ')}; report: ${result.reportPaths.join(', ')}`
      + `${result.projectPath ? `; project with every document: ${result.projectPath}` : ''}\n`,
  );
  return failed.length > 0 ? 1 : 0;
}
