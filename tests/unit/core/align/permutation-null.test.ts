import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractPairFeatures, selectFeatures } from '../../../../main/core/align/features';
import { selectKeyLists } from '../../../../main/core/align/key-lists';
import { matchReason, scoreFromAgreement, scoreFromRatio } from '../../../../main/core/align/matchScore';
import { initialParameters } from '../../../../main/core/align/model';
import { alignmentSavings, columnAt, nullWindows, reversedShifted } from '../../../../main/core/align/permutation-null';
import { PAIRS } from './sentences';

const inputs = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));

describe('permutation null', () => {
  it('reverses and turns an order so that no two neighbours keep their order', () => {
    assert.deepEqual(reversedShifted([0, 1, 2, 3, 4], 0), [4, 3, 2, 1, 0]);
    assert.deepEqual(reversedShifted([0, 1, 2, 3, 4], 2), [2, 1, 0, 4, 3]);
    assert.deepEqual(reversedShifted([5, 6], 7), [5, 6]);
  });

  it('reads the English column of the path at an Arabic row, a bead across the row counting before it', () => {
    const path = [{ i: 1, j: 1, shape: 0 }, { i: 3, j: 2, shape: 4 }, { i: 4, j: 5, shape: 6 }];
    assert.equal(columnAt(path, 0), 0);
    assert.equal(columnAt(path, 1), 1);
    assert.equal(columnAt(path, 2), 1);
    assert.equal(columnAt(path, 4), 5);
  });

  it('measures a short pair whole and a long one on three windows along the path', () => {
    assert.deepEqual(nullWindows([], 20, 25), [{ arFrom: 0, arTo: 20, enFrom: 0, enTo: 25 }]);
    const path = Array.from({ length: 900 }, (_, k) => ({ i: k + 1, j: 2 * (k + 1), shape: 3 }));
    const windows = nullWindows(path, 900, 1800);
    assert.equal(windows.length, 3);
    for (const w of windows) {
      assert.equal(w.arTo - w.arFrom, 60);
      assert.equal(w.enFrom, 2 * w.arFrom);
      assert.equal(w.enTo, 2 * w.arTo);
    }
  });

  it('selects and reorders per-sentence key lists and features', () => {
    const lists = { values: Int32Array.from([1, 2, 5, 7]), starts: Int32Array.from([0, 2, 2, 4]) };
    const picked = selectKeyLists(lists, [2, 0, 1]);
    assert.deepEqual([...picked.values], [5, 7, 1, 2]);
    assert.deepEqual([...picked.starts], [0, 2, 4, 4]);
    const { en } = extractPairFeatures(inputs(PAIRS.map((p) => p.ar)), inputs(PAIRS.map((p) => p.en)));
    const reversed = selectFeatures(en, [2, 1, 0]);
    assert.equal(reversed.count, 3);
    assert.deepEqual([...reversed.length], [en.length[2], en.length[1], en.length[0]]);
    assert.deepEqual(reversed.numberTexts[0], en.numberTexts[2]);
  });

  it('saves more aligning a translation in its own order than reversed', () => {
    const { ar, en } = extractPairFeatures(inputs(PAIRS.map((p) => p.ar)), inputs(PAIRS.map((p) => p.en)));
    const model = initialParameters(ar, en);
    const order = PAIRS.map((_, k) => k);
    const real = alignmentSavings(ar, en, model);
    const reversed = alignmentSavings(ar, selectFeatures(en, reversedShifted(order, 0)), model);
    assert.ok(real > reversed + PAIRS.length, `real ${real}, reversed ${reversed}`);
  });
});

describe('match score scale', () => {
  it('is 0 when the real order does no better than reversed, 0.5 at the threshold ratio, 1 well above', () => {
    assert.equal(scoreFromRatio(0.8), 0);
    assert.equal(scoreFromRatio(1), 0);
    assert.ok(Math.abs(scoreFromRatio(1.6) - 0.5) < 1e-9);
    assert.equal(scoreFromRatio(6), 1);
    assert.ok(scoreFromRatio(1.3) < scoreFromRatio(1.5));
  });

  it('lets agreeing anchors alone vouch for a pair, and says nothing without anchors', () => {
    assert.equal(scoreFromAgreement(NaN), 0);
    assert.equal(scoreFromAgreement(0.3), 0);
    assert.ok(scoreFromAgreement(0.67) < 0.5);
    assert.ok(scoreFromAgreement(0.8) > 0.5);
    assert.equal(scoreFromAgreement(1), 1);
  });

  it('gives its reason in plain words', () => {
    assert.equal(matchReason({ ratio: 6.21, anchorAgreement: NaN }), 'aligned pairs explain the texts 6.2× better than shuffled ones');
    assert.equal(
      matchReason({ ratio: 12.4, anchorAgreement: 0.714 }),
      'aligned pairs explain the texts 12× better than shuffled ones; 71% of numbers and names agree',
    );
  });
});
