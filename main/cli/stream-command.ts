// `muqabala stream [--jobs N] [--dictionary FILE]`: JSONL document pairs on
// stdin, JSONL beads on stdout (see services/stream-filter.ts). Errors and the
// final counts go to stderr as one JSON object per line; the exit code is 1
// when some document failed.

import { availableParallelism } from 'node:os';
import { streamDocuments } from '../services/stream-filter';
import { jobsOption, type Values } from './options';
import { UsageError } from './usage-error';

export async function streamCommand(positionals: string[], values: Values): Promise<number> {
  if (positionals.length > 0) throw new UsageError('stream reads stdin and takes no file names; use: muqabala stream < documents.jsonl');
  const started = process.hrtime.bigint();
  const counts = await streamDocuments({
    input: process.stdin,
    output: process.stdout,
    errors: process.stderr,
    jobs: jobsOption(values) ?? availableParallelism(),
    dictionaryPath: typeof values.dictionary === 'string' ? values.dictionary : undefined,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`${JSON.stringify({ ...counts, seconds: Number(seconds.toFixed(3)) })}\n`);
  return counts.failed > 0 ? 1 : 0;
}
