// Monotonic dynamic programme over (Arabic sentences consumed, English
// sentences consumed), restricted to a band of English columns per row. The
// band starts around a guessed path and is widened wherever the best path
// runs along its edge, so the result equals the full search's whenever the
// band holds the best path, at a cost linear in the number of sentences.

import { BEAD_SHAPES, SHAPE_AR, SHAPE_EN } from './model';
import type { Band, BeadScorer } from './scorer';

/** A best path that comes this close to a band edge makes the band grow there. */
const EDGE_MARGIN = 2;
/** How many times one row's band may grow (each time by twice the last): up to 2^8 times the first growth. */
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

export interface Table {
  /** Row i's cells are cost/back[offset[i] .. offset[i + 1] − 1], for columns lo[i]..hi[i]. */
  offset: Int32Array;
  cost: Float64Array;
  back: Int8Array;
}

const ROWS_PER_HOOK = 256;

/**
 * The DP table, filled row by row. The band may grow while it is filled: the
 * rows from the first one that changed are then filled again (rows before it
 * keep their cells: a cell depends only on earlier rows).
 */
class TableFiller {
  readonly offset: Int32Array;
  cost: Float64Array;
  back: Int8Array;
  // Per row, where each shape's bead starts: its row's first column and place in the table (−1: no such row).
  private readonly startLo: Int32Array;
  private readonly startHi: Int32Array;
  private readonly startBase: Int32Array;

  /** Cells of the band it was made for. */
  readonly cells: number;

  constructor(private readonly scorer: BeadScorer, private readonly band: Band, private readonly shapes: number, private readonly hooks: SearchHooks) {
    const { n } = scorer;
    this.offset = new Int32Array(n + 2);
    let cells = 0;
    for (let i = 0; i <= n; i++) cells += band.hi[i] - band.lo[i] + 1;
    this.cells = cells;
    this.cost = new Float64Array(cells);
    this.back = new Int8Array(cells);
    this.startLo = new Int32Array(shapes);
    this.startHi = new Int32Array(shapes);
    this.startBase = new Int32Array(shapes);
  }

  /** Fill rows from..to (rows before `from` must be filled under the current band). */
  fill(from: number, to: number): void {
    const { scorer, band, shapes, hooks, offset, startLo, startHi, startBase } = this;
    const { lo, hi } = band;
    for (let i = from; i <= to; i++) {
      if (i % ROWS_PER_HOOK === 0) {
        hooks.checkCancelled?.();
        hooks.onRow?.(i / (scorer.n + 1));
      }
      const rowLo = lo[i];
      const rowHi = hi[i];
      offset[i + 1] = offset[i] + (rowHi - rowLo + 1);
      this.reserve(offset[i + 1]);
      const cost = this.cost;
      const back = this.back;
      for (let k = 0; k < shapes; k++) {
        const pi = i - SHAPE_AR[k];
        // An empty column range where the bead would start before row 0.
        startLo[k] = pi < 0 ? 1 : lo[pi];
        startHi[k] = pi < 0 ? 0 : hi[pi];
        startBase[k] = pi < 0 ? 0 : offset[pi] - lo[pi];
      }
      const rowBase = offset[i] - rowLo;
      for (let j = rowLo; j <= rowHi; j++) {
        if (i === 0 && j === 0) {
          cost[0] = 0;
          back[0] = -1;
          continue;
        }
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
  }

  /** Room for `cells` cells (the arrays grow by half when full). */
  private reserve(cells: number): void {
    if (cells <= this.cost.length) return;
    const size = Math.max(cells, Math.ceil(1.5 * this.cost.length));
    const cost = new Float64Array(size);
    const back = new Int8Array(size);
    cost.set(this.cost);
    back.set(this.back);
    this.cost = cost;
    this.back = back;
  }

  /** The cheapest cell of a filled row. */
  cheapestColumn(i: number): number {
    let best = Infinity;
    let column = this.band.lo[i];
    for (let j = this.band.lo[i]; j <= this.band.hi[i]; j++) {
      const cost = this.cost[this.offset[i] + j - this.band.lo[i]];
      if (cost < best) {
        best = cost;
        column = j;
      }
    }
    return column;
  }

  /** The table of the rows filled so far (all rows, once the last one is filled). */
  table(filledTo: number): Table {
    const cells = this.offset[filledTo + 1];
    return { offset: this.offset, cost: this.cost.subarray(0, cells), back: this.back.subarray(0, cells) };
  }
}

/** The best path into cell (i, j), back to row `downTo` (0: the whole path), first step first. */
function backtrack(band: Band, table: Table, i: number, j: number, downTo = 0): PathStep[] {
  const steps: PathStep[] = [];
  while ((i > 0 || j > 0) && i >= downTo) {
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

/**
 * Grow the band on the touched side around every path cell that comes within
 * EDGE_MARGIN of an edge (or bead that jumps over an edge): by width × 2^t,
 * over as many rows either way, where t is how many times that row already
 * grew (at least `atLeast`, at most `atMost`), so a stretch touched again grows faster. Rows
 * that grew `limit` times stay as they are. Returns the first and last row whose
 * band changed and how many cells the band gained, or null.
 */
export function widenWhereTouched(
  band: Band,
  path: PathStep[],
  m: number,
  width: number,
  grown: Uint8Array,
  limit: number,
  atLeast: number,
  atMost: number,
): { first: number; last: number; cellsAdded: number } | null {
  const n = band.lo.length - 1;
  const { lo, hi } = band;
  // What to grow, read before anything grows: [row, its lo or −1, its hi or −1, times it grew].
  const touches: number[][] = [];
  for (const { i, j, shape } of path) {
    // A many-sentence bead can also jump over cells outside the band: it
    // touches when it starts left of its last row's band, or ends right of its first row's.
    const j0 = j - SHAPE_EN[shape];
    const firstRow = Math.min(i, i - SHAPE_AR[shape] + 1);
    const low = lo[i] > 0 && (j - lo[i] < EDGE_MARGIN || j0 < lo[i]);
    const high = hi[i] < m && (hi[i] - j < EDGE_MARGIN || hi[firstRow] < j);
    const times = Math.max(grown[i], atLeast);
    if ((low || high) && times < limit) touches.push([i, low ? lo[i] : -1, high ? hi[i] : -1, times]);
  }
  // Only the rows around the touches change (and, to keep the band monotonic, the rows the change runs into).
  let first = n + 1;
  let last = -1;
  let cellsAdded = 0;
  const mark = (k: number) => {
    if (k < first) first = k;
    if (k > last) last = k;
  };
  for (const [i, rowLo, rowHi, times] of touches) {
    const amount = width * 2 ** Math.min(times, atMost);
    for (let k = Math.max(0, i - amount); k <= Math.min(n, i + amount); k++) {
      const newLo = rowLo < 0 ? lo[k] : Math.max(0, Math.min(lo[k], rowLo - amount));
      const newHi = rowHi < 0 ? hi[k] : Math.min(m, Math.max(hi[k], rowHi + amount));
      if (newLo !== lo[k] || newHi !== hi[k]) mark(k);
      cellsAdded += lo[k] - newLo + newHi - hi[k];
      lo[k] = newLo;
      hi[k] = newHi;
      grown[k] = Math.max(grown[k], times + 1);
    }
  }
  if (last < 0) return null;
  // As normaliseBand, locally: the band only grew, so only monotonicity can break.
  for (let i = Math.max(1, first); i <= n; i++) {
    if (hi[i] >= hi[i - 1]) {
      if (i > last) break;
      continue;
    }
    cellsAdded += hi[i - 1] - hi[i];
    hi[i] = hi[i - 1];
    mark(i);
  }
  for (let i = Math.min(n - 1, last); i >= 0; i--) {
    if (lo[i] <= lo[i + 1]) {
      if (i < first) break;
      continue;
    }
    cellsAdded += lo[i] - lo[i + 1];
    lo[i] = lo[i + 1];
    mark(i);
  }
  return { first, last, cellsAdded };
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

export interface SearchSettings {
  /** Half-width of the band; a touched row's band grows by this, doubled each time that row grows again. */
  width: number;
  /** How many shapes of BEAD_SHAPES to use. */
  shapes: number;
  /** How many times a row's band may grow (0: keep the band as given). */
  widenings: number;
  /** A touched row's band grows by width × firstGrowth the first time (default 1). */
  firstGrowth?: number;
  /** Rows filled between two looks at the path so far (default CHECK_ROWS; tests make it small). */
  checkEvery?: number;
}

/** Rows filled between two looks at the best path so far. */
const CHECK_ROWS = 512;
/**
 * The path into a row's cheapest cell need not be the final one near that
 * row, but paths into different cells of a row meet within a few dozen rows
 * back: only the rows this far behind are checked against the band's edges
 * (or checkEvery rows, when that is less).
 */
const SETTLE_ROWS = 128;
/**
 * The band stops growing once it holds this many times the cells it started
 * with: a text whose path the centre line misses everywhere costs a bounded
 * multiple of the first search, not a full table (on the 100,000-sentence
 * import it grows to about 3 times).
 */
const BAND_BUDGET = 8;
/** Growth of a row checked on the way is at most width × 2^this (see searchInBand). */
const PARTIAL_GROWTHS = 2;

/**
 * Best monotonic path, searched in the band. The band grows where the path
 * runs along its edge, and this is checked while the table is filled (every
 * CHECK_ROWS rows, on the best path so far): a widening then costs only the
 * rows filled again from the first widened row, not the whole table. At the
 * end the whole path is checked again, so the result keeps clear of the
 * band's edges unless rows have grown `widenings` times.
 */
export function searchInBand(scorer: BeadScorer, band: Band, settings: SearchSettings, hooks: SearchHooks): SearchResult {
  const { shapes, widenings } = settings;
  const width = settings.width * (settings.firstGrowth ?? 1);
  const checkEvery = Math.max(1, settings.checkEvery ?? CHECK_ROWS);
  const { n, m } = scorer;
  scorer.prepare(band);
  const filler = new TableFiller(scorer, band, shapes, hooks);
  const grown = new Uint8Array(n + 1);
  // Rows below `checked` were on a path that kept clear of the edges.
  let checked = 0;
  // Times the whole path, checked at the end, had to widen the band: each time, every touched row grows at least 2^that.
  let endWidenings = 0;
  const settleRows = Math.min(SETTLE_ROWS, checkEvery);
  let cells = filler.cells;
  const budget = BAND_BUDGET * cells;
  for (let row = 0; row <= n; ) {
    const to = Math.min(n, row + checkEvery - 1);
    filler.fill(row, to);
    row = to + 1;
    if (widenings === 0 || cells > budget) continue;
    const table = filler.table(to);
    const atEnd = to === n;
    // At the end the whole path, from (n, m); before it, the settled part of the path into the row's cheapest cell.
    const path = atEnd ? backtrack(band, table, n, m) : backtrack(band, table, to, filler.cheapestColumn(to), checked);
    const settledTo = atEnd ? n : to - settleRows;
    // On the way, the path into the row's cheapest cell can run along an edge for a while only because the
    // band misses the true path there: such growth is held to 2^PARTIAL_GROWTHS; the final path's is not.
    const changed = widenWhereTouched(
      band, path.filter((step) => step.i <= settledTo), m, width, grown, widenings,
      atEnd ? endWidenings : 0, atEnd ? widenings : PARTIAL_GROWTHS,
    );
    if (!changed) {
      checked = Math.max(checked, settledTo);
      continue;
    }
    if (atEnd) endWidenings++;
    cells += changed.cellsAdded;
    scorer.extend(band, changed.first, changed.last);
    row = Math.min(row, changed.first);
    checked = Math.min(checked, changed.first);
  }
  const table = filler.table(n);
  return { path: backtrack(band, table, n, m), band, table, shapes };
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

/**
 * Corners a path must pass through, in order: the k-th block runs from
 * (rows[k], columns[k]) to (rows[k + 1], columns[k + 1]); the first corner is
 * (0, 0) and the last (n, m). Both arrays are non-decreasing.
 */
export interface Corners {
  rows: Int32Array;
  columns: Int32Array;
}

/** The band of a blocks search: each row spans the columns of every block that has cells in it. */
export function blocksBand(corners: Corners, n: number): Band {
  const { rows, columns } = corners;
  const band: Band = { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1) };
  const blocks = rows.length - 1;
  let first = 0;
  for (let i = 0; i <= n; i++) {
    // The first block with a cell in row i is the one it ends in (or, in row 0, the first).
    while (first < blocks - 1 && rows[first + 1] < i) first++;
    let last = first;
    while (last < blocks - 1 && rows[last + 1] <= i) last++;
    band.lo[i] = columns[first];
    band.hi[i] = columns[last + 1];
  }
  return band;
}

/**
 * Best monotonic path through every corner: an independent search of each
 * block, so no bead crosses a corner. The blocks share one table in the band
 * of blocksBand (each cell filled once, by the block whose end it leads to), so
 * costs add up along the path, marginAt compares the beads the search could
 * have taken at a block's first rows (those of the block before included), and
 * the result reads as searchInBand's. Every cell of a block is searched.
 */
export function searchInBlocks(scorer: BeadScorer, corners: Corners, shapes: number, hooks: SearchHooks): SearchResult {
  const { n, m } = scorer;
  const { rows, columns } = corners;
  const band = blocksBand(corners, n);
  scorer.prepare(band);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + band.hi[i] - band.lo[i] + 1;
  const cost = new Float64Array(offset[n + 1]).fill(Infinity);
  const back = new Int8Array(offset[n + 1]).fill(-1);
  cost[0] = 0;
  let rowsDone = 0;
  for (let p = 0; p + 1 < rows.length; p++) {
    const [rowFrom, rowTo, columnFrom, columnTo] = [rows[p], rows[p + 1], columns[p], columns[p + 1]];
    for (let i = rowFrom; i <= rowTo; i++) {
      if (++rowsDone % ROWS_PER_HOOK === 0) {
        hooks.checkCancelled?.();
        hooks.onRow?.(i / (n + 1));
      }
      const rowBase = offset[i] - band.lo[i];
      // The block's first cell is the previous block's last.
      for (let j = i === rowFrom ? columnFrom + 1 : columnFrom; j <= columnTo; j++) {
        let best = Infinity;
        let bestShape = -1;
        for (let k = 0; k < shapes; k++) {
          const pi = i - SHAPE_AR[k];
          const pj = j - SHAPE_EN[k];
          if (pi < rowFrom || pj < columnFrom) continue;
          const previous = cost[offset[pi] - band.lo[pi] + pj];
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
  }
  const table: Table = { offset, cost, back };
  return { path: backtrack(band, table, n, m), band, table, shapes };
}
