// How much of all the ways of aligning the text go through a bead: its
// posterior probability, by forward-backward over the search's band with the
// costs read as −log-probabilities at a temperature. The search's margin only
// compares the last beads ending at the bead's cell, and the local re-search
// only the best path without the bead; the posterior sums every path, so a
// bead that many near-equal arrangements avoid shows doubt even when each of
// them alone scores clearly worse. A confidence input only, never the path.

import { SHAPE_AR, SHAPE_EN } from './model';
import type { Band, BeadScorer } from './scorer';
import type { PathStep, SearchResult } from './search';

/**
 * Costs are divided by each of these before exponentiating (one doubt per
 * temperature): at 1 the posterior follows the costs as they are, at 2 it
 * also counts arrangements a few units worse. The refit measured both together
 * above either alone (leave-one-seed-out AUROC 0.960 against 0.958 and 0.958).
 */
export const POSTERIOR_TEMPERATURES: readonly number[] = [1, 2];
/**
 * Documents of more beads than this get the margin's two-path estimate
 * instead (see marginDoubt): the forward-backward scores every bead of the
 * band once more, and a 10,000-sentence pair must not pay it.
 */
export const MAX_POSTERIOR_BEADS = 500;
/** A bead whose cost exceeds the cell's best so far by this much (cost units) adds under e^−15 at the temperatures used: not scored in full. */
const NEGLIGIBLE = 30;
/**
 * The sums run over the cells within this many columns of the path (inside
 * the search's band): arrangements that stray further cost far more than the
 * path, and a 500-sentence pair's full table would cost three times its search.
 */
export const POSTERIOR_WIDTH = 8;

/**
 * Per temperature (POSTERIOR_TEMPERATURES), −log of each path bead's
 * posterior (0: every path goes through it), over the band the search ended
 * with; for a document of more than MAX_POSTERIOR_BEADS beads, the margin's
 * estimate (marginDoubt) of each bead's `margins` entry.
 */
export function beadDoubts(scorer: BeadScorer, result: SearchResult, margins: ArrayLike<number>): Float64Array[] {
  const { path, shapes } = result;
  if (path.length > MAX_POSTERIOR_BEADS) {
    return POSTERIOR_TEMPERATURES.map((t) => Float64Array.from(path, (_, k) => marginDoubt(margins[k], t)));
  }
  const { n } = scorer;
  const band = nearPath(path, result.band, n);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + band.hi[i] - band.lo[i] + 1;
  const grid: Grid = { offset, lo: band.lo, hi: band.hi, n, m: scorer.m, shapes, edge: edgeCosts(scorer, band, shapes, offset) };
  return POSTERIOR_TEMPERATURES.map((t) => doubtsAt(grid, path, t));
}

/** The cells within POSTERIOR_WIDTH columns of the path's cells in each row, inside the search's band. */
function nearPath(path: readonly PathStep[], searched: Band, n: number): Band {
  const lo = new Int32Array(n + 1).fill(0x7fffffff);
  const hi = new Int32Array(n + 1).fill(-1);
  lo[0] = 0;
  hi[0] = 0;
  for (const step of path) {
    // A bead of several Arabic sentences passes rows it does not end in: they get its columns.
    for (let i = step.i - SHAPE_AR[step.shape]; i <= step.i; i++) {
      lo[i] = Math.min(lo[i], step.j - SHAPE_EN[step.shape]);
      hi[i] = Math.max(hi[i], step.j);
    }
  }
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(searched.lo[i], lo[i] - POSTERIOR_WIDTH);
    hi[i] = Math.min(searched.hi[i], hi[i] + POSTERIOR_WIDTH);
  }
  return { lo, hi };
}

interface Grid {
  offset: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  n: number;
  m: number;
  shapes: number;
  /** Cost of the bead of each shape ending at each cell of the band (Infinity: it would start outside the band). */
  edge: Float32Array;
}

/** Every bead of the band scored once (hopeless ones only up to NEGLIGIBLE past the cell's best Viterbi cost). */
function edgeCosts(scorer: BeadScorer, band: Band, shapes: number, offset: Int32Array): Float32Array {
  const { n } = scorer;
  const cells = offset[n + 1];
  const edge = new Float32Array(cells * shapes).fill(Infinity);
  // The best path's cost into each cell, to bound which beads are worth scoring in full.
  const best = new Float64Array(cells).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const cell = offset[i] + j - band.lo[i];
      for (let k = 0; k < shapes; k++) {
        const pi = i - SHAPE_AR[k];
        const pj = j - SHAPE_EN[k];
        if (pi < 0 || pj < band.lo[pi] || pj > band.hi[pi] || (pi === i && pj === j)) continue;
        const previous = best[offset[pi] + pj - band.lo[pi]];
        if (previous === Infinity) continue;
        const c = scorer.cost(i, j, k, best[cell] === Infinity ? Infinity : best[cell] - previous + NEGLIGIBLE);
        edge[cell * shapes + k] = c;
        if (previous + c < best[cell]) best[cell] = previous + c;
      }
    }
  }
  return edge;
}

/** −log posterior of each path bead at temperature t: forward(start) + bead + backward(end) − total, in units of t. */
function doubtsAt(grid: Grid, path: readonly PathStep[], t: number): Float64Array {
  const { offset, lo, hi, n, m, shapes, edge } = grid;
  const cells = offset[n + 1];
  const at = (i: number, j: number) => offset[i] + j - lo[i];
  // forward[c] = −log Σ over paths into c of e^(−cost/t).
  const forward = new Float64Array(cells).fill(Infinity);
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const cell = at(i, j);
      for (let k = 0; k < shapes; k++) {
        const c = edge[cell * shapes + k];
        if (c === Infinity) continue;
        forward[cell] = logAddMin(forward[cell], forward[at(i - SHAPE_AR[k], j - SHAPE_EN[k])] + c / t);
      }
    }
  }
  // backward[c] = −log Σ over paths from c to the end; cells are visited last first, so each has gathered
  // every bead leaving it (they end later in the table) before it passes its own on.
  const backward = new Float64Array(cells).fill(Infinity);
  const last = at(n, m);
  backward[last] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      const cell = at(i, j);
      const value = backward[cell];
      if (value === Infinity) continue;
      for (let k = 0; k < shapes; k++) {
        const c = edge[cell * shapes + k];
        if (c === Infinity) continue;
        const previous = at(i - SHAPE_AR[k], j - SHAPE_EN[k]);
        backward[previous] = logAddMin(backward[previous], value + c / t);
      }
    }
  }
  const total = forward[last];
  return Float64Array.from(path, (step) => {
    const end = at(step.i, step.j);
    const start = at(step.i - SHAPE_AR[step.shape], step.j - SHAPE_EN[step.shape]);
    return Math.max(0, forward[start] + edge[end * shapes + step.shape] / t + backward[end] - total);
  });
}

/** −log of the share of two paths a margin apart that the better one holds. */
export function marginDoubt(margin: number, temperature: number): number {
  return Math.log1p(Math.exp(-Math.min(margin, 1e3) / temperature));
}

/** −log(e^(−a) + e^(−b)). */
function logAddMin(a: number, b: number): number {
  if (a === Infinity) return b;
  if (b === Infinity) return a;
  const least = Math.min(a, b);
  return least - Math.log1p(Math.exp(-Math.abs(a - b)));
}
