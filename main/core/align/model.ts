// The parameters of one document pair's scoring model, and how they are
// estimated: the length ratio and variance from the texts themselves (first
// from total lengths, then from a first alignment), and the bead-type priors
// re-estimated from that first alignment.

import type { SideFeatures } from './features';

/** Bead shapes the search may use: [Arabic sentences, English sentences]. */
export const BEAD_SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1], [1, 4], [4, 1], [1, 5], [5, 1], [1, 6], [6, 1],
];
export const MAX_SHAPE_SIDE = 6;
/** BEAD_SHAPES as two flat arrays, for the search's inner loop. */
export const SHAPE_AR = Int32Array.from(BEAD_SHAPES, ([a]) => a);
export const SHAPE_EN = Int32Array.from(BEAD_SHAPES, ([, b]) => b);
/** Index in BEAD_SHAPES of the bead of a Arabic and b English sentences, or -1. */
export function shapeIndex(a: number, b: number): number {
  for (let k = 0; k < BEAD_SHAPES.length; k++) if (SHAPE_AR[k] === a && SHAPE_EN[k] === b) return k;
  return -1;
}
/** The first pass only needs a rough path: it uses the first this many shapes (1-1, 1-0, 0-1, 1-2, 2-1). */
export const COARSE_SHAPES = 5;

// Starting probabilities of each shape (Gale & Church's figures, with 1-3/3-1
// and 1-4/4-1 to 1-6/6-1 added small: literary Arabic sentences become up to six
// English ones): overridden per document after the first pass.
const DEFAULT_SHAPE_PROBABILITIES = [0.85, 0.01, 0.01, 0.045, 0.045, 0.01, 0.008, 0.008, 0.002, 0.002, 0.001, 0.001, 0.0005, 0.0005];
/** Weight of the defaults when re-estimating from a first pass, in beads (a Dirichlet prior). */
const PRIOR_WEIGHT = 30;

/** Variance guess for the first pass (Gale & Church's 6.8); the real one is measured after it. */
const FIRST_PASS_VARIANCE = 6.8;
const VARIANCE_PRIOR_BEADS = 10;
/** Between news translated from English (1.08) and Arabic originals in English (1.42-1.5): alignment-notes.md. */
const TYPICAL_RATIO = 1.2;
const RATIO_PRIOR_SENTENCES = 3;
const RATIO_RANGE: readonly [number, number] = [0.4, 3];
const VARIANCE_RANGE: readonly [number, number] = [1.5, 80];
/** Median of a chi-square variable with one degree of freedom: turns a median of δ² into a variance. */
const CHI2_1_MEDIAN = 0.455;

export interface ModelParameters {
  /** English characters per Arabic character (matching form). */
  ratio: number;
  /** Gale-Church s²: variance of (en − ratio·ar) per character. */
  variance: number;
  /** −log probability of each entry of BEAD_SHAPES. */
  shapeCost: Float64Array;
}

function clamp(value: number, [lo, hi]: readonly [number, number]): number {
  return Math.min(hi, Math.max(lo, value));
}

function costsFrom(probabilities: ArrayLike<number>): Float64Array {
  return Float64Array.from(probabilities, (p) => -Math.log(p));
}

/** First guess: total English over total Arabic characters, leaving out segments that look like page furniture. */
export function initialParameters(ar: SideFeatures, en: SideFeatures): ModelParameters {
  const total = (side: SideFeatures) => {
    let sum = 0;
    let furniture = 0;
    for (let i = 0; i < side.count; i++) {
      if (side.boilerplate[i] < 0.5) sum += side.length[i];
      else furniture += side.length[i];
    }
    return sum > 0 ? sum : furniture;
  };
  const arTotal = total(ar);
  const enTotal = total(en);
  const measured = arTotal > 0 && enTotal > 0 ? enTotal / arTotal : TYPICAL_RATIO;
  // A few sentences (one side missing one of them) say little about the ratio:
  // shrink towards a typical one, weighted like RATIO_PRIOR_SENTENCES sentences.
  const evidence = Math.min(ar.count, en.count);
  const logRatio = (evidence * Math.log(measured) + RATIO_PRIOR_SENTENCES * Math.log(TYPICAL_RATIO)) / (evidence + RATIO_PRIOR_SENTENCES);
  const ratio = clamp(Math.exp(logRatio), RATIO_RANGE);
  return { ratio, variance: FIRST_PASS_VARIANCE, shapeCost: costsFrom(DEFAULT_SHAPE_PROBABILITIES) };
}

export interface PathBead {
  /** Index into BEAD_SHAPES. */
  shape: number;
  /** Arabic and English lengths of the bead (characters, matching form). */
  arLength: number;
  enLength: number;
  /** The bead carries a segment that looks like page furniture. */
  furniture: boolean;
}

/**
 * Re-estimate the model from a first alignment: ratio and variance from its
 * 1-1 beads (median-based, so the few wrong beads of a first pass do not
 * inflate the variance), shape priors from its shape counts.
 */
export function refineParameters(previous: ModelParameters, path: PathBead[]): ModelParameters {
  let arSum = 0;
  let enSum = 0;
  const pairs: Array<[number, number]> = [];
  const counts = new Float64Array(BEAD_SHAPES.length);
  for (const bead of path) {
    counts[bead.shape]++;
    if (bead.shape === 0 && !bead.furniture && bead.arLength > 0 && bead.enLength > 0) {
      arSum += bead.arLength;
      enSum += bead.enLength;
      pairs.push([bead.arLength, bead.enLength]);
    }
  }
  let { ratio, variance } = previous;
  if (pairs.length >= 3) {
    ratio = clamp(enSum / arSum, RATIO_RANGE);
    const squared = pairs.map(([a, e]) => ((e - ratio * a) ** 2) / ((a + e / ratio) / 2)).sort((x, y) => x - y);
    const measured = squared[squared.length >> 1] / CHI2_1_MEDIAN;
    // A short text measures its variance poorly: shrink towards the first-pass guess,
    // as if that guess had been measured on VARIANCE_PRIOR_BEADS beads.
    const shrunk = (pairs.length * measured + VARIANCE_PRIOR_BEADS * FIRST_PASS_VARIANCE) / (pairs.length + VARIANCE_PRIOR_BEADS);
    variance = clamp(shrunk, VARIANCE_RANGE);
  }
  let total = 0;
  for (const c of counts) total += c;
  const probabilities = DEFAULT_SHAPE_PROBABILITIES.map(
    (p, k) => (counts[k] + PRIOR_WEIGHT * p) / (total + PRIOR_WEIGHT),
  );
  return { ratio, variance, shapeCost: costsFrom(probabilities) };
}

/** Gale-Church δ of a bead: how many standard deviations its English length is from ratio × its Arabic length. */
export function lengthDeviation(arLength: number, enLength: number, model: { ratio: number; variance: number }): number {
  const mean = Math.max(1, (arLength + enLength / model.ratio) / 2);
  return (enLength - model.ratio * arLength) / Math.sqrt(model.variance * mean);
}
