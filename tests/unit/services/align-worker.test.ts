import assert from 'node:assert/strict';
import { test } from 'node:test';
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
  await assert.rejects(running, (error: Error & { code?: string }) => error.code === 'cancelled');
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
  const { project, report } = await first;
  assert.equal(report.swapped, false);
  assert.ok(project.beads.length > 10);
  assert.ok(project.beads.every((bead) => bead.confidence >= 0 && bead.confidence <= 1));
});
