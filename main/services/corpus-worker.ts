// The worker thread of the corpus pool (corpus-pool.ts): loads the dictionary
// once, says it is ready, then answers one task at a time.

import { parentPort, workerData } from 'node:worker_threads';
import type { BilingualDictionary } from '../core/align/dictionary';
import { loadDictionaryFile } from './dictionary-file';
import { describeError } from './errors';
import { runCorpusTask, type CorpusTask, type CorpusTaskResult } from './corpus-tasks';

export interface CorpusWorkerData {
  dictionaryPath?: string;
}

export type ToWorker = { taskId: number; task: CorpusTask };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; error: string }
  | { type: 'result'; taskId: number; result: CorpusTaskResult };

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const { dictionaryPath } = (workerData ?? {}) as CorpusWorkerData;
  let dictionary: BilingualDictionary | undefined;
  try {
    dictionary = dictionaryPath === undefined ? undefined : await loadDictionaryFile(dictionaryPath);
  } catch (error) {
    port.postMessage({ type: 'fatal', error: describeError(error) } satisfies FromWorker);
    return;
  }
  port.on('message', (message: ToWorker) => {
    void runCorpusTask(message.task, dictionary).then((result) => {
      port.postMessage({ type: 'result', taskId: message.taskId, result } satisfies FromWorker);
    });
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

void serve();
