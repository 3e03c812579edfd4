// The aligner's cost of a given alignment under the project's model: lower for
// the right pairs than for shifted ones, nothing for an empty pair, Infinity for
// a shape the aligner never makes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignmentCosts } from '../../../../main/core/align/alignment-cost';

const ar = [
  'قال الرئيس إن الحكومة ستنفق 500 مليون دولار على المدارس في عام 2024.',
  'وأضاف أن المعلمين سيحصلون على زيادة في رواتبهم.',
  'ورحبت النقابات بالقرار.',
].map((text) => ({ text, paragraph: 0 }));
const en = [
  'The president said the government would spend $500 million on schools in 2024.',
  'He added that teachers would receive a pay rise.',
  'The unions welcomed the decision.',
].map((text) => ({ text, paragraph: 0 }));
const summary = { lengthRatio: 1.1, lengthVariance: 6.8 };
const oneToOne = [{ ar: [0], en: [0] }, { ar: [1], en: [1] }, { ar: [2], en: [2] }];

test('the right pairs cost less than the same sentences paired off by one', () => {
  const shifted = [{ ar: [0], en: [0, 1] }, { ar: [1], en: [2] }, { ar: [2], en: [] }];
  const [right, wrong] = alignmentCosts(summary, ar, en, [oneToOne, shifted]);
  assert.ok(Number.isFinite(right) && Number.isFinite(wrong));
  assert.ok(right < wrong, `right ${right} < shifted ${wrong}`);
});

test('an empty pair costs nothing; a shape the aligner never makes cannot be judged', () => {
  const withEmpty = [oneToOne[0], { ar: [], en: [] }, oneToOne[1], oneToOne[2]];
  const [plain, empty] = alignmentCosts(summary, ar, en, [oneToOne, withEmpty]);
  assert.equal(empty, plain);
  const threeThree = [{ ar: [0, 1, 2], en: [0, 1, 2] }];
  assert.deepEqual(alignmentCosts(summary, ar, en, [threeThree]), [Infinity]);
});
