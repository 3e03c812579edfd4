import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lengthDiagonal } from '../../../../main/core/align/coarse';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { BEAD_SHAPES, initialParameters, SHAPE_AR, SHAPE_EN, shapeIndex } from '../../../../main/core/align/model';
import { BeadScorer } from '../../../../main/core/align/scorer';
import { bandAround, MAX_WIDENINGS, normaliseBand, searchInBand, searchInBlocks, widenWhereTouched } from '../../../../main/core/align/search';
import type { Band } from '../../../../main/core/align/scorer';
import { ONE_AR_TWO_EN, PAIRS, TWO_AR_ONE_EN } from './sentences';

/** A long pair whose English drifts away from the length diagonal: a run of dropped English sentences, then merges. */
function driftingPair() {
  const side = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));
  const { ar, en } = driftingTexts();
  return extractPairFeatures(side(ar), side(en));
}

function driftingTexts(): { ar: string[]; en: string[] } {
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
  return { ar, en };
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

/** Two copies of the drifting pair end to end: long enough for the search to look at its path several times on the way. */
function longDriftingPair() {
  const side = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));
  const { ar, en } = driftingTexts();
  return extractPairFeatures(side([...ar, ...ar]), side([...en, ...en]));
}

describe('banded search', () => {
  it('widens while it fills the table: every cell as the plain DP fills the grown band, and the full search\'s path', () => {
    const { ar, en } = longDriftingPair();
    const model = initialParameters(ar, en);
    const full = { lo: new Int32Array(ar.count + 1), hi: new Int32Array(ar.count + 1).fill(en.count) };
    const fullPath = searchInBand(new BeadScorer(ar, en, model), full, { width: 2, shapes: BEAD_SHAPES.length, widenings: 0 }, {}).path;
    for (const checkEvery of [4, 16, undefined]) {
      const scorer = new BeadScorer(ar, en, model);
      const band = bandAround(lengthDiagonal(ar, en), 2, en.count);
      const result = searchInBand(scorer, band, { width: 2, shapes: BEAD_SHAPES.length, widenings: MAX_WIDENINGS, checkEvery }, {});
      // Checked on the way, the band grows in other places than when the whole path is checked at the end: the same path is only sure then.
      if (checkEvery === undefined) assert.deepEqual(result.path, fullPath);
      // The rows filled before the band grew, and the evidence added for the grown rows, are those of a search in the final band.
      const expected = referenceTable(new BeadScorer(ar, en, model), result.band, BEAD_SHAPES.length);
      assert.deepEqual(Array.from(result.table.cost), expected.cost, `checked every ${checkEvery} rows`);
      assert.deepEqual(Array.from(result.table.back), expected.back, `checked every ${checkEvery} rows`);
    }
  });

  it('grows the band where a many-sentence bead jumps over cells outside it, though its end keeps clear of the edge', () => {
    // Rows 0-10 of a 20 x 30 table; row 5's band starts at column 10, two columns left of where a 1-6 bead from (4, 6) ends.
    const band = { lo: Int32Array.from({ length: 21 }, (_, i) => (i < 5 ? Math.max(0, i - 2) : i + 5)), hi: Int32Array.from({ length: 21 }, (_, i) => Math.min(30, i + 12)) };
    normaliseBand(band, 30);
    const oneToSix = shapeIndex(1, 6);
    const path = [{ i: 4, j: 6, shape: 0 }, { i: 5, j: 12, shape: oneToSix }];
    assert.equal(band.lo[5], 10);
    const grown = widenWhereTouched(band, path, 30, 4, new Uint8Array(21), MAX_WIDENINGS, 0, MAX_WIDENINGS);
    assert.ok(grown, 'the band grew');
    // Grown by the width (4): the bead's start column, 6, is now in row 5's band.
    assert.ok(band.lo[5] <= 6, `row 5 starts at ${band.lo[5]}`);
  });

  it('a scorer whose band grew (extend) prices and skips beads as one prepared for the grown band', () => {
    // Each pair shares a number of its own, so a sentence's best partner is only its counterpart, off the diagonal after the dropped run.
    const arTexts: string[] = [];
    const enTexts: string[] = [];
    for (let k = 0; k < 80; k++) {
      const pair = PAIRS[k % PAIRS.length];
      arTexts.push(`${pair.ar} ${2000 + k}`);
      if (k < 20 || k >= 35) enTexts.push(`${pair.en} ${2000 + k}`);
    }
    const side = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));
    const { ar, en } = extractPairFeatures(side(arTexts), side(enTexts));
    const model = initialParameters(ar, en);
    const narrow = bandAround(lengthDiagonal(ar, en), 1, en.count);
    const grown = { lo: Int32Array.from(narrow.lo), hi: Int32Array.from(narrow.hi) };
    // Grow rows 30-60 by 20 columns on both sides, as a widening does.
    for (let i = 30; i <= 60; i++) {
      grown.lo[i] -= 20;
      grown.hi[i] += 20;
    }
    normaliseBand(grown, en.count);
    const extended = new BeadScorer(ar, en, model);
    extended.prepare(narrow);
    extended.extend(grown, 30, 60);
    const fresh = new BeadScorer(ar, en, model);
    fresh.prepare(grown);
    const random = randomNumbers(11);
    let skipped = 0;
    for (let i = 1; i <= ar.count; i++) {
      for (let j = grown.lo[i]; j <= grown.hi[i]; j++) {
        for (let k = 0; k < BEAD_SHAPES.length; k++) {
          const [a, b] = BEAD_SHAPES[k];
          if (i - a < 0 || j - b < grown.lo[i - a] || j - b > grown.hi[i - a]) continue;
          const exact = fresh.cost(i, j, k);
          assert.equal(extended.cost(i, j, k), exact);
          // Under a limit, a bead that would win (even barely) is never priced at a bound.
          const limit = random() < 0.5 ? exact + 1e-6 : exact - 3 * random();
          const bounded = extended.cost(i, j, k, limit);
          if (exact < limit) assert.equal(bounded, exact, `bead ${a}-${b} ending at (${i}, ${j})`);
          else if (bounded !== exact) skipped++;
        }
      }
    }
    assert.ok(skipped > 0);
  });

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

describe('search in blocks', () => {
  const fullPath = () => {
    const { ar, en } = driftingPair();
    const scorer = new BeadScorer(ar, en, initialParameters(ar, en));
    const full = searchInBand(scorer, bandAround(new Float64Array(ar.count + 1), en.count, en.count), { width: en.count, shapes: BEAD_SHAPES.length, widenings: 0 }, {});
    return { ar, en, scorer, full };
  };

  it("with corners on the full search's path, finds that path at the same cost", () => {
    const { scorer, full } = fullPath();
    // Every fifth bead's end, and the path's own end, as corners.
    const ends = [{ i: 0, j: 0 }, ...full.path.filter((_, k) => k % 5 === 4), full.path[full.path.length - 1]];
    const unique = ends.filter((end, k) => k === 0 || end.i !== ends[k - 1].i || end.j !== ends[k - 1].j);
    const corners = { rows: Int32Array.from(unique, (e) => e.i), columns: Int32Array.from(unique, (e) => e.j) };
    const blocks = searchInBlocks(scorer, corners, BEAD_SHAPES.length, {});
    assert.deepEqual(blocks.path, full.path);
    const end = (r: typeof full) => r.table.cost[r.table.offset[scorer.n] + scorer.m - r.band.lo[scorer.n]];
    assert.ok(Math.abs(end(blocks) - end(full)) < 1e-9);
  });

  it('passes through every corner, though the best path would not', () => {
    const { scorer, full } = fullPath();
    // A corner off the best path: 10 Arabic sentences with the first 20 English ones.
    const off = full.path.find((step) => step.i >= 10) as { i: number; j: number };
    assert.notEqual(off.j, 20);
    const corners = { rows: Int32Array.from([0, 10, scorer.n]), columns: Int32Array.from([0, 20, scorer.m]) };
    const { path } = searchInBlocks(scorer, corners, BEAD_SHAPES.length, {});
    assert.ok(path.some((step) => step.i === 10 && step.j === 20), 'no bead ends at the corner');
    assert.equal(path[path.length - 1].i, scorer.n);
    assert.equal(path[path.length - 1].j, scorer.m);
  });
});
