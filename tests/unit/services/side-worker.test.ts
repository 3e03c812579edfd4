import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildProject, ENGLISH_SIDE_RUNNER_MIN_UNITS, type BuildProjectInput } from '../../../main/core/pipeline';
import { prepareEnglishSide, type EnglishSideRunner, type EnglishSideTask } from '../../../main/core/prepare-side';
import { startEnglishSideWorker } from '../../../main/services/side-worker';
import { repoRoot } from '../../helpers/paths';

const ntrex = (lang: 'ar' | 'en') => readFileSync(path.join(repoRoot(), 'tests/fixtures/ntrex', `ntrex-13-docs.${lang}.txt`), 'utf8');

/** The 13 NTREX documents `copies` times over, as one pair (blank lines between copies: new paragraphs). */
function ntrexPair(copies: number): BuildProjectInput {
  const repeat = (text: string) => Array.from({ length: copies }, () => text).join('\n\n');
  return {
    name: 'ntrex',
    first: { fileName: 'ntrex.ar.txt', encoding: 'utf-8', text: repeat(ntrex('ar')) },
    second: { fileName: 'ntrex.en.txt', encoding: 'utf-8', text: repeat(ntrex('en')) },
  };
}

/** startEnglishSideWorker, counting the imports it was asked for. */
function countingRunner(): { runner: EnglishSideRunner; calls: () => number } {
  let calls = 0;
  return { runner: (task) => { calls++; return startEnglishSideWorker(task); }, calls: () => calls };
}

test('the English side made on a worker thread equals the one made inline (segments, features, vocabulary), with and without a dictionary', () => {
  for (const dictionaryKeys of [false, true]) {
    const task: EnglishSideTask = { text: ntrexPair(2).second.text, dictionaryKeys, abbreviations: ['approx.'] };
    const inline = prepareEnglishSide(task);
    const threaded = startEnglishSideWorker(task).join();
    assert.ok(inline.segments.length > 300 && inline.features.features.numberTexts.some((texts) => texts.length > 0));
    assert.deepStrictEqual(threaded, inline);
  }
});

test('a long import with the English side on a worker thread gives the same project as one without; a short one starts no thread', () => {
  // Just over the threshold: the fewest copies of the 13 documents that reach it.
  const long = ntrexPair(Math.ceil(ENGLISH_SIDE_RUNNER_MIN_UNITS / (ntrex('en').length + 2)) + 1);
  assert.ok(long.second.text.length >= ENGLISH_SIDE_RUNNER_MIN_UNITS, 'the long pair is long enough for the worker');
  const { runner, calls } = countingRunner();
  const threaded = buildProject({ ...long, englishSideRunner: runner });
  assert.equal(calls(), 1);
  const inline = buildProject(long);
  const view = (result: ReturnType<typeof buildProject>) => ({
    beads: result.project.beads.map((bead) => [bead.ar.map((s) => s.text), bead.en.map((s) => s.text), bead.confidence, bead.reasons]),
    alignment: result.project.alignment,
    report: result.report,
  });
  assert.deepStrictEqual(view(threaded), view(inline));

  const short = ntrexPair(1);
  buildProject({ ...short, englishSideRunner: runner });
  assert.equal(calls(), 1, 'no thread for a short text');
});

test('an error inside the worker thread reaches the caller of join, with its message', () => {
  // Not text: segmentation fails inside the worker.
  const task = { text: null, dictionaryKeys: false } as unknown as EnglishSideTask;
  assert.throws(() => prepareEnglishSide(task), TypeError);
  const inlineMessage = (() => { try { prepareEnglishSide(task); return ''; } catch (error) { return (error as Error).message; } })();
  assert.throws(() => startEnglishSideWorker(task).join(), (error: Error) => error.name === 'TypeError' && error.message === inlineMessage);
});
