import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beadDoubts, marginDoubt, MAX_POSTERIOR_BEADS, POSTERIOR_TEMPERATURES } from '../../../../main/core/align/bead-posterior';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { BEAD_SHAPES, initialParameters, SHAPE_AR, SHAPE_EN } from '../../../../main/core/align/model';
import { BeadScorer } from '../../../../main/core/align/scorer';
import { fullBand, searchInBand, type PathStep } from '../../../../main/core/align/search';
import { PAIRS } from './sentences';

const inputs = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));

function searched(ar: string[], en: string[]) {
  const features = extractPairFeatures(inputs(ar), inputs(en));
  const scorer = new BeadScorer(features.ar, features.en, initialParameters(features.ar, features.en));
  const result = searchInBand(scorer, fullBand(ar.length, en.length), { width: 8, shapes: BEAD_SHAPES.length, widenings: 0 }, {});
  return { scorer, result };
}

/** Every monotone path of the full table, as its beads' cells and total cost. */
function allPaths(scorer: BeadScorer): Array<{ beads: string[]; cost: number }> {
  const out: Array<{ beads: string[]; cost: number }> = [];
  const walk = (i: number, j: number, beads: string[], cost: number) => {
    if (i === scorer.n && j === scorer.m) {
      out.push({ beads, cost });
      return;
    }
    for (let k = 0; k < BEAD_SHAPES.length; k++) {
      const ni = i + SHAPE_AR[k];
      const nj = j + SHAPE_EN[k];
      if (ni > scorer.n || nj > scorer.m) continue;
      walk(ni, nj, [...beads, `${ni},${nj},${k}`], cost + scorer.cost(ni, nj, k));
    }
  };
  walk(0, 0, [], 0);
  return out;
}

describe('bead posterior', () => {
  // Four Arabic sentences, the English of the second missing: the lone sentence's place is uncertain.
  const ar = PAIRS.slice(4, 8).map((p) => p.ar);
  const en = [PAIRS[4].en, PAIRS[6].en, PAIRS[7].en];

  it('is the share of all paths, weighted by e^(−cost/T), that go through the bead', () => {
    const { scorer, result } = searched(ar, en);
    const paths = allPaths(scorer);
    const doubts = beadDoubts(scorer, result, result.path.map(() => Infinity));
    POSTERIOR_TEMPERATURES.forEach((t, n) => {
      const least = Math.min(...paths.map((p) => p.cost));
      const weight = (p: { cost: number }) => Math.exp(-(p.cost - least) / t);
      const total = paths.reduce((sum, p) => sum + weight(p), 0);
      result.path.forEach((step: PathStep, k) => {
        const through = paths.filter((p) => p.beads.includes(`${step.i},${step.j},${step.shape}`)).reduce((sum, p) => sum + weight(p), 0);
        assert.ok(Math.abs(doubts[n][k] + Math.log(through / total)) < 1e-3, `T ${t}, bead ${k}: ${doubts[n][k]} vs ${-Math.log(through / total)}`);
      });
    });
  });

  it('doubts the beads next to a sentence without counterpart more than those of a clean run', () => {
    const gappy = searched(ar, en);
    const clean = searched(ar, PAIRS.slice(4, 8).map((p) => p.en));
    const [gap] = beadDoubts(gappy.scorer, gappy.result, gappy.result.path.map(() => Infinity));
    const [run] = beadDoubts(clean.scorer, clean.result, clean.result.path.map(() => Infinity));
    assert.ok(Math.max(...gap) > 3 * Math.max(...run), `${[...gap]} vs ${[...run]}`);
  });

  it('falls back to the margin for a document of more beads than it sums over', () => {
    const { scorer, result } = searched(ar, en);
    const path = Array.from({ length: MAX_POSTERIOR_BEADS + 1 }, (_, k) => ({ i: k + 1, j: k + 1, shape: 0 }));
    const margins = path.map((_, k) => k % 7);
    const doubts = beadDoubts(scorer, { ...result, path }, margins);
    POSTERIOR_TEMPERATURES.forEach((t, n) => assert.deepEqual([...doubts[n]], margins.map((m) => marginDoubt(m, t))));
    // A wider margin, less doubt; a warmer temperature, more.
    assert.ok(marginDoubt(0, 1) > marginDoubt(3, 1) && marginDoubt(3, 2) > marginDoubt(3, 1));
  });
});
