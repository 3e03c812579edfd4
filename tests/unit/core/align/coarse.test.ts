import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { centreLineError, coarseCentre } from '../../../../main/core/align/coarse';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { initialParameters, shapeIndex } from '../../../../main/core/align/model';
import { PAIRS } from './sentences';

/**
 * 400 copies of one sentence pair, each with a number of its own (all four
 * digits: every sentence has the same length). English sentences 100-139 and
 * Arabic sentences 300-339 are missing, so the totals match and the length
 * diagonal runs straight, while the true path runs 40 columns below it from
 * row 100 to row 260.
 */
function shiftedPair() {
  const { ar: arText, en: enText } = PAIRS[0];
  const ar: { text: string; paragraph: number }[] = [];
  const en: { text: string; paragraph: number }[] = [];
  for (let k = 0; k < 400; k++) {
    if (k < 300 || k >= 340) ar.push({ text: `${arText} ${1000 + k}`, paragraph: 0 });
    if (k < 100 || k >= 140) en.push({ text: `${enText} ${1000 + k}`, paragraph: 0 });
  }
  return extractPairFeatures(ar, en);
}

describe('coarse centre line', () => {
  it('follows shared numbers where the lengths cannot tell where the texts are', () => {
    const { ar, en } = shiftedPair();
    const centre = coarseCentre(ar, en, initialParameters(ar, en), {});
    // Row 200 (Arabic sentence 200) is English sentence 160: within a block of it, not on the diagonal (200).
    for (const row of [160, 200, 240]) {
      assert.ok(Math.abs(centre[row] - (row - 40)) <= 8, `row ${row}: column ${centre[row].toFixed(1)}, expected about ${row - 40}`);
    }
    assert.ok(Math.abs(centre[40] - 40) <= 8, `row 40: column ${centre[40].toFixed(1)}`);
  });

  it("measures how far a path runs from the centre line in most rows (what the second pass's band is sized by)", () => {
    const oneOne = shapeIndex(1, 1);
    const centre = Float64Array.from({ length: 101 }, (_, i) => i);
    const onLine = Array.from({ length: 100 }, (_, k) => ({ i: k + 1, j: k + 1, shape: oneOne }));
    assert.equal(centreLineError(onLine, centre, 100), 0);
    // Four English sentences dropped after the first pair: the path runs 4 columns off the line in every later row.
    const deleteEn = shapeIndex(0, 1);
    const shifted = [
      { i: 1, j: 1, shape: oneOne },
      ...[2, 3, 4, 5].map((j) => ({ i: 1, j, shape: deleteEn })),
      ...Array.from({ length: 95 }, (_, k) => ({ i: k + 2, j: k + 6, shape: oneOne })),
    ];
    assert.equal(centreLineError(shifted, centre, 96), 4);
    // Five rows off and back (five English sentences dropped, then five Arabic ones): the other 95% of rows say the line is right.
    const detour = [
      ...Array.from({ length: 50 }, (_, k) => ({ i: k + 1, j: k + 1, shape: oneOne })),
      ...[51, 52, 53, 54, 55].map((j) => ({ i: 50, j, shape: deleteEn })),
      ...[56, 57, 58, 59, 60].map((i) => ({ i, j: i, shape: shapeIndex(1, 0) })),
      ...Array.from({ length: 40 }, (_, k) => ({ i: k + 61, j: k + 61, shape: oneOne })),
    ];
    assert.equal(centreLineError(detour, centre, 100), 0);
  });
});

