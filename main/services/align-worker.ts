// Building a project (segmenting and aligning two texts) off the main thread, so
// the window (or the bridge server) never freezes on a 10,000-sentence pair.
// This one file is both sides: AlignTaskRunner (main thread) starts a Worker on
// this same compiled file, whose worker branch at the bottom runs buildProject
// and posts progress. Cancelling terminates the worker: the alignment loop needs
// no cooperation, and the pending call rejects with ApiError('cancelled').

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildProject } from '../core/pipeline';
import type { BuildProjectResult } from '../core/pipeline';
import type { SourceDocument } from '../core/project/types';
import type { ApiErrorPayload } from '../ipc/contract';
import { ApiError, toApiErrorPayload } from './api-error';
import { loadDictionaryFile } from './dictionary-file';
import { startEnglishSideWorker } from './side-worker';

export interface BuildTask {
  name: string;
  first: SourceDocument;
  second: SourceDocument;
  /** A dictionary file for the aligner (the installed FreeDict), loaded in the worker. */
  dictionaryPath?: string;
}

type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: BuildProjectResult }
  | { type: 'failed'; error: ApiErrorPayload };

/** Progress messages are throttled to this step so a long run does not flood the channel. */
const PROGRESS_STEP = 0.01;

export class AlignTaskRunner {
  private running: { worker: Worker; reject: (error: Error) => void } | null = null;

  get busy(): boolean {
    return this.running !== null;
  }

  /** Runs buildProject in a new worker; one task at a time per runner (per window). */
  build(task: BuildTask, onProgress: (fraction: number) => void): Promise<BuildProjectResult> {
    if (this.running) {
      return Promise.reject(new ApiError('bad-request', 'An alignment is already running; wait for it or cancel it.'));
    }
    return new Promise<BuildProjectResult>((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: task });
      let settled = false;
      const finish = (action: () => void): void => {
        if (settled) return;
        settled = true;
        this.running = null;
        action();
      };
      this.running = { worker, reject: (error) => finish(() => reject(error)) };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          if (!settled) onProgress(message.fraction);
        } else if (message.type === 'done') {
          finish(() => resolve(message.result));
          void worker.terminate();
        } else {
          finish(() => reject(new ApiError(message.error.code, message.error.message)));
          void worker.terminate();
        }
      });
      worker.on('error', (error) => finish(() => reject(new ApiError('internal', `Alignment failed: ${error.message}`))));
      worker.on('exit', (code) => finish(() => reject(new ApiError('internal', `Alignment stopped unexpectedly (exit code ${code}).`))));
    });
  }

  /** Stops the running task, if any; its promise rejects with code 'cancelled'. True when something was cancelled. */
  cancel(): boolean {
    if (!this.running) return false;
    const { worker, reject } = this.running;
    reject(new ApiError('cancelled', 'Alignment cancelled.'));
    void worker.terminate();
    return true;
  }
}

/** How the import report names a dictionary file. */
function dictionaryName(dictionaryPath: string): string {
  return dictionaryPath.endsWith('freedict-ara-eng.index') ? 'FreeDict Arabic-English' : dictionaryPath;
}

async function runInWorker(task: BuildTask): Promise<void> {
  const port = parentPort;
  if (!port) return;
  // A listener keeps this thread alive after its answer is posted, so the thread
  // never exits on its own before the answer has been received: the main side
  // terminates it once it has the answer (an early 'exit' could otherwise win the race).
  port.on('message', () => {});
  let lastReported = -1;
  try {
    const dictionary = task.dictionaryPath === undefined ? undefined : await loadDictionaryFile(task.dictionaryPath);
    const result = buildProject({
      name: task.name,
      first: task.first,
      second: task.second,
      dictionary,
      dictionaryName: task.dictionaryPath === undefined ? undefined : dictionaryName(task.dictionaryPath),
      englishSideRunner: startEnglishSideWorker,
      onProgress: (fraction) => {
        if (fraction - lastReported >= PROGRESS_STEP || fraction >= 1) {
          lastReported = fraction;
          port.postMessage({ type: 'progress', fraction } satisfies WorkerMessage);
        }
      },
    });
    port.postMessage({ type: 'done', result } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ type: 'failed', error: toApiErrorPayload(error) } satisfies WorkerMessage);
  }
}

if (!isMainThread && parentPort && (workerData as BuildTask | undefined)?.first) {
  void runInWorker(workerData as BuildTask);
}
