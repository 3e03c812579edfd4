import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Worker } from 'node:worker_threads';
import { buildProject } from '../../../main/core/pipeline';
import { AlignTaskRunner } from '../../../main/services/align-worker';
import { readTextFile } from '../../../main/services/text-file';
import { SAMPLE_AR, SAMPLE_EN } from './fixtures/sample-project';

async function bigTask(copies: number) {
  const [ar, en] = await Promise.all([readTextFile(SAMPLE_AR), readTextFile(SAMPLE_EN)]);
  const repeat = (text: string) => Array.from({ length: copies }, () => text).join('\n\n');
  return { name: 'big', first: { ...ar, text: repeat(ar.text) }, second: { ...en, text: repeat(en.text) } };
}

test('a running alignment is cancelled mid-way: the worker stops and the call rejects with code cancelled', async () => {
  const runner = new AlignTaskRunner();
  const fractions: number[] = [];
  let cancelled = false;
  const running = runner.build(await bigTask(60), (fraction) => {
    fractions.push(fraction);
    if (!cancelled && fraction > 0.1) {
      cancelled = true;
      assert.equal(runner.cancel(), true);
    }
  });
  // Listen to the worker thread itself (the runner keeps it private): it must
  // exit before it could post its result, not align on unseen to the end.
  const worker = (runner['running'] as { worker: Worker } | null)?.worker;
  assert.ok(worker, 'the runner started a worker');
  let posted = '';
  worker.on('message', (message: { type: string }) => { if (message.type !== 'progress') posted = message.type; });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  await assert.rejects(running, (error: Error & { code?: string }) => error.code === 'cancelled');
  await exited;
  assert.equal(posted, '', 'the worker was stopped before it posted a result');
  assert.ok(fractions.length > 0, 'progress was reported before the cancel');
  assert.ok(fractions.every((fraction) => fraction < 1), 'it never finished');
  assert.equal(runner.busy, false);
  assert.equal(runner.cancel(), false, 'nothing left to cancel');
});

test('the worker builds the same project the engine builds, and one runner runs one task at a time', async () => {
  const runner = new AlignTaskRunner();
  const task = await bigTask(1);
  const first = runner.build(task, () => {});
  await assert.rejects(runner.build(task, () => {}), /already running/);
  const fromWorker = await first;
  const fromEngine = buildProject(task);
  // Only the creation time may differ between the two runs.
  const created = { created: 'then', modified: 'then' };
  assert.deepEqual({ ...fromWorker, project: { ...fromWorker.project, ...created } },
    { ...fromEngine, project: { ...fromEngine.project, ...created } });
  assert.ok(fromWorker.project.beads.length > 10);
  assert.equal(runner.busy, false, 'the runner is free again');
});
