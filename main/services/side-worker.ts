// The English side of a long import (core/prepare-side.ts) made on a worker
// thread while the calling thread segments the Arabic: the second core does
// the English side's segmentation and features. buildProject stays one
// synchronous call: join() blocks on a shared flag the worker raises when its
// answer is posted, and takes the answer with receiveMessageOnPort. One
// short-lived thread per import (as align-worker.ts starts one per build), not
// a pool: the corpus pool (corpus-pool.ts) answers asynchronously and already
// runs whole documents on every core.
//
// This one file is both sides: the worker branch at the bottom runs on this same compiled file.

import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { EnglishFeatures, SideFeatures } from '../core/align/features';
import { NO_NUMBERS } from '../core/align/features';
import type { KeyLists } from '../core/align/key-lists';
import { prepareEnglishSide, type EnglishSideRunner, type EnglishSideTask, type PreparedEnglishSide } from '../core/prepare-side';
import type { Segment } from '../core/segment/segment';

/** The worker's data: the task, the flag it raises when done (or gone), the port of its answer. */
interface SideWorkerData {
  kind: 'english-side';
  task: EnglishSideTask;
  done: Int32Array;
  port: MessagePort;
}

/** A prepared side as posted between threads: typed arrays (moved, not copied) instead of an object per sentence. */
interface PackedSide {
  starts: Int32Array;
  ends: Int32Array;
  paragraphs: Int32Array;
  features: SideFeatures;
  vocabulary: readonly string[];
  dictionaryKeys: boolean;
  /** Sentences that have numbers, and their numbers (the others share NO_NUMBERS). */
  numbered: Int32Array;
  numberTexts: Array<readonly string[]>;
}

type Answer = { ok: true; side: PackedSide } | { ok: false; name: string; message: string };

/** Starts the worker and returns at once; join() waits for the English side and returns it (or throws the worker's error). */
export const startEnglishSideWorker: EnglishSideRunner = (task) => {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const data: SideWorkerData = { kind: 'english-side', task, done, port: port2 };
  const worker = new Worker(__filename, { workerData: data, transferList: [port2] });
  // The process need not wait for a worker whose answer nobody will take (the import failed before joining).
  worker.unref();
  return {
    join(): PreparedEnglishSide {
      Atomics.wait(done, 0, 0);
      const received = receiveMessageOnPort(port1);
      port1.close();
      void worker.terminate();
      if (!received) throw new Error('preparing the English side: the worker thread stopped without an answer');
      const answer = received.message as Answer;
      if (!answer.ok) {
        const error = new Error(answer.message);
        error.name = answer.name;
        throw error;
      }
      return unpack(task.text, answer.side);
    },
  };
};

function pack(side: PreparedEnglishSide): { packed: PackedSide; transfer: ArrayBuffer[] } {
  const { segments, features } = side;
  const count = segments.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const paragraphs = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    starts[k] = segments[k].start;
    ends[k] = segments[k].end;
    paragraphs[k] = segments[k].paragraph;
  }
  const numbered: number[] = [];
  const numberTexts: Array<readonly string[]> = [];
  features.features.numberTexts.forEach((texts, k) => {
    if (texts.length === 0) return;
    numbered.push(k);
    numberTexts.push(texts);
  });
  const f = features.features;
  const packed: PackedSide = {
    starts, ends, paragraphs,
    features: { ...f, numberTexts: [] },
    vocabulary: features.vocabulary,
    dictionaryKeys: features.dictionaryKeys,
    numbered: Int32Array.from(numbered),
    numberTexts,
  };
  const arrays = [
    starts, ends, paragraphs, packed.numbered, f.length, f.quote, f.bracket, f.boilerplate, f.paragraph,
    ...[f.strongNumbers, f.weakNumbers, f.names, f.dictionaryKeys].flatMap((lists: KeyLists) => [lists.values, lists.starts]),
  ];
  // Each buffer once (a transfer list may not name one twice).
  const transfer = [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
  return { packed, transfer };
}

function unpack(text: string, packed: PackedSide): PreparedEnglishSide {
  const { starts, ends, paragraphs } = packed;
  const segments: Segment[] = new Array(starts.length);
  for (let k = 0; k < starts.length; k++) {
    segments[k] = { text: text.slice(starts[k], ends[k]), start: starts[k], end: ends[k], paragraph: paragraphs[k] };
  }
  const numberTexts: Array<readonly string[]> = new Array(starts.length).fill(NO_NUMBERS);
  packed.numbered.forEach((k, x) => (numberTexts[k] = packed.numberTexts[x]));
  const features: EnglishFeatures = {
    features: { ...packed.features, numberTexts },
    vocabulary: packed.vocabulary,
    dictionaryKeys: packed.dictionaryKeys,
  };
  return { segments, features };
}

function runInWorker(data: SideWorkerData): void {
  // Whatever happens (even a failure this code cannot catch), the flag goes up
  // when the thread ends, so join() never waits for an answer that cannot come.
  const raise = () => {
    Atomics.store(data.done, 0, 1);
    Atomics.notify(data.done, 0);
  };
  process.on('exit', raise);
  let answer: Answer;
  let transfer: ArrayBuffer[] = [];
  try {
    const { packed, transfer: buffers } = pack(prepareEnglishSide(data.task));
    answer = { ok: true, side: packed };
    transfer = buffers;
  } catch (error) {
    answer = error instanceof Error ? { ok: false, name: error.name, message: error.message } : { ok: false, name: 'Error', message: String(error) };
  }
  data.port.postMessage(answer, transfer);
  raise();
}

if (!isMainThread && (workerData as SideWorkerData | undefined)?.kind === 'english-side') runInWorker(workerData as SideWorkerData);
