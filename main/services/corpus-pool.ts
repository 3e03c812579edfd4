// A fixed pool of worker threads (corpus-worker.ts) for the stream and batch
// commands: one task per worker at a time, handed out in submission order.
// Callers bound how many tasks they submit ahead (see the stream command), so
// the queue here stays short. A worker that dies (out of memory on a huge
// document, say) fails only its task and is replaced.

import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusTask, CorpusTaskResults } from './corpus-tasks';
import type { CorpusWorkerData, FromWorker, ToWorker } from './corpus-worker';

const WORKER_FILE = path.join(__dirname, 'corpus-worker.js');

interface Pending {
  taskId: number;
  task: CorpusTask;
  resolve: (result: never) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  running: Pending | null;
}

/** Bounds on each worker: a document that needs more dies with its worker, which is replaced. */
export interface WorkerLimits {
  /** The worker's JavaScript heap (V8's old generation), in MB; unbounded (Node's default) when absent. */
  heapMb?: number;
}

export class CorpusPoolError extends Error {
  override name = 'CorpusPoolError';
}

export class CorpusPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextTaskId = 0;
  private closed = false;

  private constructor(private readonly data: CorpusWorkerData, private readonly limits: WorkerLimits) {}

  /** Starts `jobs` workers and waits until each is ready (has loaded the dictionary). */
  static async start(jobs: number, data: CorpusWorkerData = {}, limits: WorkerLimits = {}): Promise<CorpusPool> {
    const pool = new CorpusPool(data, limits);
    try {
      await Promise.all(Array.from({ length: jobs }, () => pool.addWorker()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  run<K extends CorpusTask['kind']>(task: Extract<CorpusTask, { kind: K }>): Promise<CorpusTaskResults[K]> {
    if (this.closed) return Promise.reject(new CorpusPoolError('the worker pool is closed'));
    return new Promise<CorpusTaskResults[K]>((resolve, reject) => {
      this.queue.push({ taskId: this.nextTaskId++, task, resolve: resolve as (result: never) => void, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new CorpusPoolError('the worker pool was closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private addWorker(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_FILE, {
        workerData: this.data,
        ...(this.limits.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb } } : {}),
      });
      const slot: Slot = { worker, running: null };
      let ready = false;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          ready = true;
          this.slots.push(slot);
          resolve();
          this.dispatch();
        } else if (message.type === 'fatal') {
          reject(new CorpusPoolError(message.error));
          void worker.terminate();
        } else if (slot.running && slot.running.taskId === message.taskId) {
          const { resolve: settle } = slot.running;
          slot.running = null;
          settle(message.result as never);
          this.dispatch();
        }
      });
      const lost = (reason: string) => {
        if (!ready) {
          reject(new CorpusPoolError(`a worker could not start: ${reason}`));
          return;
        }
        const index = this.slots.indexOf(slot);
        if (index === -1) return; // already closed or replaced
        this.slots.splice(index, 1);
        const running = slot.running;
        slot.running = null;
        running?.reject(new CorpusPoolError(`the worker aligning this document stopped (${reason}); a new worker took its place`));
        if (!this.closed) this.addWorker().catch((error: Error) => this.failQueue(error));
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`exit code ${code}`));
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.running) continue;
      const pending = this.queue.shift() as Pending;
      slot.running = pending;
      slot.worker.postMessage({ taskId: pending.taskId, task: pending.task } satisfies ToWorker);
    }
  }

  private failQueue(error: Error): void {
    if (this.slots.length > 0) return;
    for (const pending of this.queue.splice(0)) pending.reject(error);
  }
}
