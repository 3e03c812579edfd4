// What the corpus workers do, shared by the pool (main thread) and the worker
// thread: one stream line, or one document pair read from files (batch).

import type { BilingualDictionary } from '../core/align/dictionary';
import { processStreamLine, type StreamLineResult } from '../core/corpus/stream-document';
import { buildProject, type BuildProjectResult } from '../core/pipeline';
import { describeError } from './errors';
import { readTextFile } from './text-file';

export type CorpusTask =
  | { kind: 'stream-line'; line: string }
  | { kind: 'build-files'; name: string; arPath: string; enPath: string };

export type BuildFilesResult = ({ ok: true } & BuildProjectResult) | { ok: false; error: string };

export interface CorpusTaskResults {
  'stream-line': StreamLineResult;
  'build-files': BuildFilesResult;
}

export type CorpusTaskResult = CorpusTaskResults[keyof CorpusTaskResults];

export async function runCorpusTask(task: CorpusTask, dictionary?: BilingualDictionary): Promise<CorpusTaskResult> {
  if (task.kind === 'stream-line') return processStreamLine(task.line, dictionary);
  try {
    const [first, second] = await Promise.all([readTextFile(task.arPath), readTextFile(task.enPath)]);
    return { ok: true, ...buildProject({ name: task.name, first, second, dictionary }) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
