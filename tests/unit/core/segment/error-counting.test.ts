// The benchmark's segmentation error counts (tests/bench/segmentation.ts) must
// themselves be right, or the numbers in the README mean nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSegmentationErrors } from '../../../bench/segmentation';
import { segmentText } from '../../../../main/core/segment/segment';

const TEXT = 'One here. Two here. Three.\n\nRead more\n\nFour.';
// Gold: the three sentences of the first paragraph and 'Four.'; 'Read more' (28-37) is boilerplate.
const GOLD: Array<[number, number]> = [[0, 9], [10, 19], [20, 26], [39, 44]];

test('a segmentation equal to the gold has no errors, boilerplate ignored', () => {
  const result = countSegmentationErrors(TEXT, GOLD, segmentText(TEXT, 'en'));
  assert.equal(result.missed, 0);
  assert.equal(result.spurious, 0);
});

test('a segment fused across two gold sentences is one missed boundary', () => {
  const system = [{ text: '', start: 0, end: 19, paragraph: 0 }, { text: '', start: 20, end: 26, paragraph: 0 }, { text: '', start: 39, end: 44, paragraph: 2 }];
  assert.equal(countSegmentationErrors(TEXT, GOLD, system).missed, 1);
});

test('a segment running from boilerplate into a gold sentence is a missed boundary', () => {
  const system = [{ text: '', start: 0, end: 9, paragraph: 0 }, { text: '', start: 10, end: 19, paragraph: 0 }, { text: '', start: 20, end: 26, paragraph: 0 }, { text: '', start: 28, end: 44, paragraph: 1 }];
  assert.equal(countSegmentationErrors(TEXT, GOLD, system).missed, 1);
});

test('a split inside a gold sentence is a spurious boundary', () => {
  const system = [{ text: '', start: 0, end: 3, paragraph: 0 }, { text: '', start: 4, end: 9, paragraph: 0 }, { text: '', start: 10, end: 19, paragraph: 0 }, { text: '', start: 20, end: 26, paragraph: 0 }, { text: '', start: 39, end: 44, paragraph: 2 }];
  const result = countSegmentationErrors(TEXT, GOLD, system);
  assert.equal(result.spurious, 1);
  assert.equal(result.missed, 0);
  assert.match(result.examples[0].context, /^One ‖here\. Two/);
});
