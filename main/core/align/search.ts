// Monotonic dynamic programme over (Arabic sentences consumed, English
// sentences consumed), restricted to a band of English columns per row. The
// band starts around a guessed path and is widened wherever the best path
// runs along its edge, so the result equals the full search's whenever the
// band holds the best path, at a cost linear in the number of sentences.

import { BEAD_SHAPES, SHAPE_AR, SHAPE_EN } from './model';
import type { Band, BeadScorer } from './scorer';

/** A best path that comes this close to a band edge makes the band grow there. */
const EDGE_MARGIN = 2;
/** Enough for the band to grow to 2^8 times its width: in practice the path is found in one or two. */
export const MAX_WIDENINGS = 8;

export interface SearchHooks {
  /** Called every few hundred rows with the share of this search done. */
  onRow?: (fraction: number) => void;
  /** Throws to abort (polled with onRow). */
  checkCancelled?: () => void;
}

export interface PathStep {
  /** DP cell where the bead ends: i Arabic and j English sentences consumed. */
  i: number;
  j: number;
  shape: number;
}

interface Table {
  offset: Int32Array;
  cost: Float64Array;
  back: Int8Array;
}

const ROWS_PER_HOOK = 256;

/** Best path from (0, 0) to (n, m) inside the band. */
/**
 * Fill the DP table inside the band. Rows before `firstRow` are taken from
 * `previous` (a table of the same rows under a band that differed only from
 * firstRow on): after a widening only the rows from the first widened one on
 * are recomputed.
 */
function runBand(scorer: BeadScorer, band: Band, shapes: number, hooks: SearchHooks, previous?: Table, firstRow = 0): Table {
  const { n } = scorer;
  const { lo, hi } = band;
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  const cost = new Float64Array(offset[n + 1]).fill(Infinity);
  const back = new Int8Array(offset[n + 1]).fill(-1);
  cost[0] = lo[0] === 0 ? 0 : Infinity;
  const reusedRows = previous ? firstRow : 0;
  if (previous && reusedRows > 0) {
    cost.set(previous.cost.subarray(0, offset[reusedRows]));
    back.set(previous.back.subarray(0, offset[reusedRows]));
  }
  // Per row, where each shape's bead starts: its row's first column and place in the table (−1: no such row).
  const startLo = new Int32Array(shapes);
  const startHi = new Int32Array(shapes);
  const startBase = new Int32Array(shapes);
  for (let i = reusedRows; i <= n; i++) {
    if (i % ROWS_PER_HOOK === 0) {
      hooks.checkCancelled?.();
      hooks.onRow?.(i / (n + 1));
    }
    const rowLo = lo[i];
    const rowHi = hi[i];
    for (let k = 0; k < shapes; k++) {
      const pi = i - SHAPE_AR[k];
      // An empty column range where the bead would start before row 0.
      startLo[k] = pi < 0 ? 1 : lo[pi];
      startHi[k] = pi < 0 ? 0 : hi[pi];
      startBase[k] = pi < 0 ? 0 : offset[pi] - lo[pi];
    }
    const rowBase = offset[i] - rowLo;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = -1;
      for (let k = 0; k < shapes; k++) {
        const pj = j - SHAPE_EN[k];
        if (pj < startLo[k] || pj > startHi[k]) continue;
        const previous = cost[startBase[k] + pj];
        if (previous === Infinity) continue;
        const total = previous + scorer.cost(i, j, k, best - previous);
        if (total < best) {
          best = total;
          bestShape = k;
        }
      }
      cost[rowBase + j] = best;
      back[rowBase + j] = bestShape;
    }
  }
  return { offset, cost, back };
}

function backtrack(scorer: BeadScorer, band: Band, table: Table): PathStep[] {
  const steps: PathStep[] = [];
  let i = scorer.n;
  let j = scorer.m;
  while (i > 0 || j > 0) {
    const shape = table.back[table.offset[i] + j - band.lo[i]];
    if (shape < 0) throw new Error(`alignment search: no path through cell (${i}, ${j})`);
    steps.push({ i, j, shape });
    i -= BEAD_SHAPES[shape][0];
    j -= BEAD_SHAPES[shape][1];
  }
  return steps.reverse();
}

/** Make lo and hi non-decreasing, inside [0, m], with (0, 0) and (n, m) included and each row reachable from the previous one. */
export function normaliseBand(band: Band, m: number): void {
  const { lo, hi } = band;
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i], m));
    hi[i] = Math.max(0, Math.min(hi[i], m));
  }
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i], hi[i - 1]);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i], lo[i + 1]);
  for (let i = 0; i <= n; i++) {
    if (hi[i] < lo[i]) hi[i] = lo[i];
    // A 1-0 step from (i − 1, hi[i − 1]) must land inside row i.
    if (i > 0 && lo[i] > hi[i - 1]) lo[i] = hi[i - 1];
  }
}

/** Band of half-width `width` around a centre column per row. */
export function bandAround(centre: ArrayLike<number>, width: number, m: number): Band {
  const n = centre.length - 1;
  const band: Band = { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1) };
  for (let i = 0; i <= n; i++) {
    band.lo[i] = Math.floor(centre[i]) - width;
    band.hi[i] = Math.ceil(centre[i]) + width;
  }
  normaliseBand(band, m);
  return band;
}

/** Grow the band by `width` on the touched side, over `width` rows either way of every touching path cell. */
function widenWhereTouched(band: Band, path: PathStep[], m: number, width: number): boolean {
  const n = band.lo.length - 1;
  const lowRows = new Uint8Array(n + 1);
  const highRows = new Uint8Array(n + 1);
  let touched = false;
  for (const { i, j } of path) {
    if (band.lo[i] > 0 && j - band.lo[i] < EDGE_MARGIN) { lowRows[i] = 1; touched = true; }
    if (band.hi[i] < m && band.hi[i] - j < EDGE_MARGIN) { highRows[i] = 1; touched = true; }
  }
  if (!touched) return false;
  const lo = Int32Array.from(band.lo);
  const hi = Int32Array.from(band.hi);
  for (let i = 0; i <= n; i++) {
    if (!lowRows[i] && !highRows[i]) continue;
    for (let k = Math.max(0, i - width); k <= Math.min(n, i + width); k++) {
      if (lowRows[i]) lo[k] = Math.min(lo[k], band.lo[i] - width);
      if (highRows[i]) hi[k] = Math.max(hi[k], band.hi[i] + width);
    }
  }
  band.lo.set(lo);
  band.hi.set(hi);
  normaliseBand(band, m);
  return true;
}

/** Every column of every row: the whole table. */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

export interface SearchResult {
  path: PathStep[];
  /** How many shapes of BEAD_SHAPES the search used. */
  shapes: number;
  band: Band;
  table: Table;
}

/** Best monotonic path, searched in the band and widened until the path keeps clear of the band's edges. */
export interface SearchSettings {
  /** Half-width of the band; widening adds this, doubled at each attempt. */
  width: number;
  /** How many shapes of BEAD_SHAPES to use. */
  shapes: number;
  /** How many times the band may grow (0: keep the band as given). */
  widenings: number;
}

export function searchInBand(scorer: BeadScorer, band: Band, settings: SearchSettings, hooks: SearchHooks): SearchResult {
  const { width, shapes, widenings } = settings;
  let previous: Table | undefined;
  let firstChangedRow = 0;
  for (let attempt = 0; ; attempt++) {
    scorer.prepare(band);
    const table = runBand(scorer, band, shapes, hooks, previous, firstChangedRow);
    const path = backtrack(scorer, band, table);
    const before = { lo: Int32Array.from(band.lo), hi: Int32Array.from(band.hi) };
    if (attempt >= widenings || !widenWhereTouched(band, path, scorer.m, width * 2 ** attempt)) {
      return { path, band, table, shapes };
    }
    previous = table;
    firstChangedRow = 0;
    while (firstChangedRow < band.lo.length && band.lo[firstChangedRow] === before.lo[firstChangedRow] && band.hi[firstChangedRow] === before.hi[firstChangedRow]) {
      firstChangedRow++;
    }
  }
}

/**
 * Cost of the best path to (i, j) through each alternative last bead, minus
 * the chosen one: how clearly the search preferred the chosen bead there.
 */
export function marginAt(scorer: BeadScorer, result: SearchResult, step: PathStep): number {
  const chosen = costBefore(result, step, step.shape) + scorer.cost(step.i, step.j, step.shape);
  let second = Infinity;
  for (let k = 0; k < result.shapes; k++) {
    const previous = costBefore(result, step, k);
    if (k === step.shape || previous === Infinity) continue;
    // Only the best alternative counts: the others need not be scored in full.
    const total = previous + scorer.cost(step.i, step.j, k, second - previous);
    if (total < second) second = total;
  }
  return second === Infinity ? 10 : Math.max(0, second - chosen);
}

/** Cost of the best path to where a last bead of shape k ending at step would start (Infinity outside the band). */
function costBefore({ band, table }: SearchResult, step: PathStep, k: number): number {
  const pi = step.i - SHAPE_AR[k];
  const pj = step.j - SHAPE_EN[k];
  if (pi < 0 || pj < band.lo[pi] || pj > band.hi[pi]) return Infinity;
  return table.cost[table.offset[pi] + pj - band.lo[pi]];
}
