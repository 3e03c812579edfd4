import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lengthDiagonal } from '../../../../main/core/align/coarse';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { BEAD_SHAPES, initialParameters, SHAPE_AR, SHAPE_EN, shapeIndex } from '../../../../main/core/align/model';
import { BeadScorer } from '../../../../main/core/align/scorer';
import { bandAround, MAX_WIDENINGS, normaliseBand, searchInBand } from '../../../../main/core/align/search';
import type { Band } from '../../../../main/core/align/scorer';
import { ONE_AR_TWO_EN, PAIRS, TWO_AR_ONE_EN } from './sentences';

/** A long pair whose English drifts away from the length diagonal: a run of dropped English sentences, then merges. */
function driftingPair() {
  const ar: string[] = [];
  const en: string[] = [];
  for (let k = 0; k < 60; k++) {
    const pair = PAIRS[k % PAIRS.length];
    ar.push(pair.ar);
    // Sentences 20-34 are missing from the English: the path leaves the diagonal by 15 columns.
    if (k < 20 || k >= 35) en.push(pair.en);
    if (k % 9 === 0) {
      ar.push(ONE_AR_TWO_EN.ar);
      en.push(...ONE_AR_TWO_EN.en);
      ar.push(...TWO_AR_ONE_EN.ar);
      en.push(TWO_AR_ONE_EN.en);
    }
  }
  const side = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));
  return extractPairFeatures(side(ar), side(en));
}


/**
 * The banded search's table written the plain way: every cell of the band,
 * every bead shape, its start looked up in the band. The search's own loop
 * (start rows worked out once per row) must fill the same table.
 */
function referenceTable(scorer: BeadScorer, band: Band, shapes: number): { cost: number[]; back: number[] } {
  const cost: number[] = [];
  const back: number[] = [];
  const at = (i: number, j: number) => {
    let index = 0;
    for (let r = 0; r < i; r++) index += band.hi[r] - band.lo[r] + 1;
    return index + j - band.lo[i];
  };
  for (let i = 0; i <= scorer.n; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      if (i === 0 && j === 0) {
        cost.push(0);
        back.push(-1);
        continue;
      }
      let best = Infinity;
      let bestShape = -1;
      for (let k = 0; k < shapes; k++) {
        const pi = i - SHAPE_AR[k];
        const pj = j - SHAPE_EN[k];
        if (pi < 0 || pj < band.lo[pi] || pj > band.hi[pi]) continue;
        const total = cost[at(pi, pj)] + scorer.cost(i, j, k);
        if (total < best) {
          best = total;
          bestShape = k;
        }
      }
      cost.push(best);
      back.push(bestShape);
    }
  }
  return { cost, back };
}

/** A reproducible stream of numbers in [0, 1). */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('banded search', () => {
  it("finds the full search's best path from a narrow band that has to widen", () => {
    const { ar, en } = driftingPair();
    const scorer = new BeadScorer(ar, en, initialParameters(ar, en));
    const settings = { width: 2, shapes: BEAD_SHAPES.length, widenings: MAX_WIDENINGS };
    const full = { lo: new Int32Array(ar.count + 1), hi: new Int32Array(ar.count + 1).fill(en.count) };
    const fullPath = searchInBand(scorer, full, { ...settings, widenings: 0 }, {}).path;
    const narrow = bandAround(lengthDiagonal(ar, en), 2, en.count);
    const narrowPath = searchInBand(scorer, narrow, settings, {}).path;
    assert.deepEqual(narrowPath, fullPath);
    // Without widening, the narrow band cannot follow the drift.
    const stuck = searchInBand(scorer, bandAround(lengthDiagonal(ar, en), 2, en.count), { ...settings, widenings: 0 }, {}).path;
    assert.notDeepEqual(stuck, fullPath);
  });

  it('skipping beads that cannot win (cost with a limit) changes no path and no cell cost', () => {
    const { ar, en } = driftingPair();
    const model = initialParameters(ar, en);
    /** The same scorer with every bead scored in full, whatever the limit. */
    class ExhaustiveScorer extends BeadScorer {
      override cost(i: number, j: number, shape: number): number {
        return super.cost(i, j, shape);
      }
    }
    const full = () => ({ lo: new Int32Array(ar.count + 1), hi: new Int32Array(ar.count + 1).fill(en.count) });
    const settings = { width: 2, shapes: BEAD_SHAPES.length, widenings: 0 };
    const pruned = searchInBand(new BeadScorer(ar, en, model), full(), settings, {});
    const exhaustive = searchInBand(new ExhaustiveScorer(ar, en, model), full(), settings, {});
    assert.deepEqual(pruned.path, exhaustive.path);
    assert.deepEqual(pruned.table.cost, exhaustive.table.cost);
    // The limit does skip work: some many-sentence bead is priced at a bound, not in full.
    const scorer = new BeadScorer(ar, en, model);
    scorer.prepare(full());
    const shape = shapeIndex(4, 1);
    assert.ok(scorer.cost(8, 2, shape, 0) !== scorer.cost(8, 2, shape));
  });
  it('fills every cell of a band as the plain dynamic programme does, in bands of any shape', () => {
    const { ar, en } = driftingPair();
    const model = initialParameters(ar, en);
    const random = randomNumbers(7);
    for (let trial = 0; trial < 6; trial++) {
      const centre = lengthDiagonal(ar, en).map((c) => c + (random() - 0.5) * 12);
      const band = bandAround(centre, 1 + Math.floor(random() * 6), en.count);
      for (let i = 0; i <= ar.count; i++) {
        band.lo[i] -= Math.floor(random() * 3);
        band.hi[i] += Math.floor(random() * 3);
      }
      normaliseBand(band, en.count);
      const shapes = trial % 2 === 0 ? BEAD_SHAPES.length : 5;
      const scorer = new BeadScorer(ar, en, model);
      const { table } = searchInBand(scorer, band, { width: 2, shapes, widenings: 0 }, {});
      const expected = referenceTable(scorer, band, shapes);
      assert.deepEqual(Array.from(table.cost), expected.cost);
      assert.deepEqual(Array.from(table.back), expected.back);
    }
  });
});
