// The streaming filter behind `muqabala stream`: JSONL documents in, JSONL
// beads out, in input order, aligned by a pool of worker threads.
//
// Memory stays bounded however long the input: a line is read only when fewer
// than `jobs * DOCUMENTS_AHEAD_PER_WORKER` documents are read but not yet
// written, so the reader waits for the workers (and for the output, when the
// consumer downstream is slow), and results that finish early wait for at most
// that many earlier ones. Bad documents become one JSON object on the error
// stream each; nothing stops the stream but a broken output.

import type { Readable, Writable } from 'node:stream';
import { InOrder } from '../core/corpus/in-order';
import { LineSplitter } from '../core/corpus/line-splitter';
import { documentIdOf, type StreamLineResult } from '../core/corpus/stream-document';
import { CorpusPool } from './corpus-pool';

/** Documents each worker may have queued or running: one aligning, one ready to start. */
export const DOCUMENTS_AHEAD_PER_WORKER = 2;

export interface StreamOptions {
  input: Readable;
  output: Writable;
  /** Where error, warning and summary objects go (one JSON object per line). */
  errors: Writable;
  jobs: number;
  dictionaryPath?: string;
  /** Each worker's heap bound (see WorkerLimits); a document that needs more fails alone. */
  workerHeapMb?: number;
}

export interface StreamCounts {
  /** Documents read (non-blank input lines). */
  read: number;
  /** Documents aligned and written. */
  written: number;
  /** Documents skipped with an error. */
  failed: number;
  /** Output records (beads) written. */
  beads: number;
  /** Sentences of both sides of the written documents. */
  sentences: number;
}

interface Finished {
  lineNumber: number;
  result: StreamLineResult;
}

export async function streamDocuments(options: StreamOptions): Promise<StreamCounts> {
  const { input, output, errors, jobs } = options;
  const pool = await CorpusPool.start(jobs, { dictionaryPath: options.dictionaryPath }, { heapMb: options.workerHeapMb });
  const counts: StreamCounts = { read: 0, written: 0, failed: 0, beads: 0, sentences: 0 };
  const inOrder = new InOrder<Finished>();
  const limit = jobs * DOCUMENTS_AHEAD_PER_WORKER;
  let unwritten = 0;
  let wakeReader: (() => void) | null = null;
  let writing: Promise<void> = Promise.resolve();
  let outputBroken: Error | null = null;
  output.on('error', (error: Error) => {
    outputBroken = error;
    wakeReader?.();
  });

  const emit = async ({ lineNumber, result }: Finished): Promise<void> => {
    if (!result.ok) {
      counts.failed++;
      errors.write(`${JSON.stringify({ id: result.id, line: lineNumber, error: result.error })}\n`);
      return;
    }
    for (const warning of result.warnings) errors.write(`${JSON.stringify({ id: result.id, line: lineNumber, warning })}\n`);
    counts.written++;
    counts.beads += result.records.length;
    counts.sentences += result.sentences;
    if (result.records.length > 0 && !output.write(`${result.records.join('\n')}\n`)) await drained(output);
  };

  const finish = (sequence: number, finished: Finished): void => {
    for (const ready of inOrder.put(sequence, finished)) {
      writing = writing.then(() => (outputBroken ? undefined : emit(ready))).then(() => {
        unwritten--;
        wakeReader?.();
      });
    }
  };

  let lineNumber = 0;
  let sequence = 0;
  const take = async (line: string): Promise<void> => {
    lineNumber++;
    if (line.trim() === '') return;
    while (unwritten >= limit && !outputBroken) await new Promise<void>((resolve) => (wakeReader = resolve));
    if (outputBroken) throw outputBroken;
    counts.read++;
    unwritten++;
    const started = { sequence: sequence++, lineNumber };
    pool.run({ kind: 'stream-line', line }).then(
      (result) => finish(started.sequence, { lineNumber: started.lineNumber, result }),
      // The worker died on this document (out of memory, a crash): it is reported under its id, the
      // pool has already started a new worker, and the stream goes on.
      (error: Error) => finish(started.sequence, { lineNumber: started.lineNumber, result: { ok: false, id: documentIdOf(line), error: error.message } }),
    );
  };

  try {
    const splitter = new LineSplitter();
    input.setEncoding('utf8');
    for await (const chunk of input) for (const line of splitter.push(chunk as string)) await take(line);
    for (const line of splitter.end()) await take(line);
    while (unwritten > 0 && !outputBroken) await new Promise<void>((resolve) => (wakeReader = resolve));
    await writing;
    if (outputBroken) throw outputBroken;
  } finally {
    await pool.close();
  }
  return counts;
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
  });
}
