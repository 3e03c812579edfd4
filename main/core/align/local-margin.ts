// How clearly the search preferred a bead over every other way of aligning its
// neighbourhood. The search's own margin (search.ts marginAt) only compares
// last beads ending at the same cell, so it cannot see the aligner's commonest
// mistake: a run shifted by one sentence next to a sentence left without
// counterpart ([A1–E2] [∅–E1] instead of [A1–E1] [∅–E2]); such a wrong pair
// often shows a large margin. Here the few beads around a bead are re-searched
// exhaustively between two corners of the path, forwards and backwards, and
// the bead's margin is the cost of the best path that does not use it minus
// the best path's. Only beads with an irregular bead (not one-to-one) within
// their block are looked at: in a run of one-to-one pairs the search's margin
// says enough, and a long text costs little more.

import { BEAD_SHAPES, SHAPE_AR, SHAPE_EN } from './model';
import type { BeadScorer } from './scorer';
import type { PathStep } from './search';

/** Beads either side of the judged one that the re-search may rearrange. */
const CONTEXT_BEADS = 2;
/** Blocks larger than this many cells are not re-searched (a bead of many sentences in a long stretch without counterpart). */
const MAX_BLOCK_CELLS = 2500;

const ONE_ONE = 0;

/**
 * Step k is worth a re-search: a bead of its block (the CONTEXT_BEADS either
 * side, and itself) is not one-to-one. In a block of one-to-one pairs only,
 * any other arrangement must leave two sentences without counterpart, which
 * the search's margin already prices; near a merge or a lone sentence, a run
 * shifted by one is as cheap as the right one.
 */
export function isIrregular(path: readonly PathStep[], k: number): boolean {
  for (let other = Math.max(0, k - CONTEXT_BEADS); other <= Math.min(path.length - 1, k + CONTEXT_BEADS); other++) {
    if (path[other].shape !== ONE_ONE) return true;
  }
  return false;
}

/**
 * Per step of the path: the local margin of its bead (see above), or
 * Infinity where it was not computed (regular beads, oversized blocks).
 */
export function localMargins(scorer: BeadScorer, path: readonly PathStep[]): Float64Array {
  const out = new Float64Array(path.length).fill(Infinity);
  for (let k = 0; k < path.length; k++) {
    if (!isIrregular(path, k)) continue;
    const first = Math.max(0, k - CONTEXT_BEADS);
    const last = Math.min(path.length - 1, k + CONTEXT_BEADS);
    const i0 = first === 0 ? 0 : path[first - 1].i;
    const j0 = first === 0 ? 0 : path[first - 1].j;
    const step = path[k];
    const start = k === 0 ? { i: 0, j: 0 } : path[k - 1];
    out[k] = blockMargin(scorer, i0, j0, path[last].i, path[last].j, start.i, start.j, step.i, step.j, step.shape);
  }
  return out;
}

/**
 * Working space of blockMargin, reused from block to block: a long text has
 * tens of thousands of blocks, and three new arrays each weighed on the
 * garbage collector (their contents never outlive a call).
 */
let scratchArrays = { forward: new Float64Array(0), backward: new Float64Array(0), edge: new Float64Array(0) };

function scratch(cells: number, shapes: number): typeof scratchArrays {
  if (scratchArrays.forward.length < cells) {
    scratchArrays = { forward: new Float64Array(cells), backward: new Float64Array(cells), edge: new Float64Array(cells * shapes) };
  }
  return scratchArrays;
}

/**
 * Exhaustive forward and backward search of the rectangle (i0, j0)-(i1, j1);
 * returns min over beads that cannot share a path with the bead (bi0, bj0)-(bi1, bj1)
 * of the best path through them, minus the best path.
 */
export function blockMargin(
  scorer: BeadScorer,
  i0: number,
  j0: number,
  i1: number,
  j1: number,
  bi0: number,
  bj0: number,
  bi1: number,
  bj1: number,
  beadShape: number,
): number {
  const rows = i1 - i0 + 1;
  const cols = j1 - j0 + 1;
  if (rows * cols > MAX_BLOCK_CELLS) return Infinity;
  const shapes = BEAD_SHAPES.length;
  const at = (i: number, j: number) => (i - i0) * cols + (j - j0);
  const cells = rows * cols;
  const { forward, backward, edge } = scratch(cells, shapes);
  forward.fill(Infinity, 0, cells);
  backward.fill(Infinity, 0, cells);
  // Cost of the bead of each shape ending at each cell (NaN: it would start outside the block).
  edge.fill(NaN, 0, cells * shapes);
  forward[0] = 0;
  for (let i = i0; i <= i1; i++) {
    for (let j = j0; j <= j1; j++) {
      const cell = at(i, j);
      for (let s = 0; s < shapes; s++) {
        const pi = i - SHAPE_AR[s];
        const pj = j - SHAPE_EN[s];
        if (pi < i0 || pj < j0 || (pi === i && pj === j)) continue;
        const c = scorer.cost(i, j, s);
        edge[cell * shapes + s] = c;
        const total = forward[at(pi, pj)] + c;
        if (total < forward[cell]) forward[cell] = total;
      }
    }
  }
  backward[at(i1, j1)] = 0;
  for (let i = i1; i >= i0; i--) {
    for (let j = j1; j >= j0; j--) {
      const cell = at(i, j);
      if (backward[cell] === Infinity) continue;
      for (let s = 0; s < shapes; s++) {
        const c = edge[cell * shapes + s];
        if (Number.isNaN(c)) continue;
        const previous = at(i - SHAPE_AR[s], j - SHAPE_EN[s]);
        const total = backward[cell] + c;
        if (total < backward[previous]) backward[previous] = total;
      }
    }
  }
  const best = forward[at(i1, j1)];
  let alternative = Infinity;
  for (let i = i0; i <= i1; i++) {
    for (let j = j0; j <= j1; j++) {
      const cell = at(i, j);
      if (backward[cell] === Infinity) continue;
      for (let s = 0; s < shapes; s++) {
        const c = edge[cell * shapes + s];
        if (Number.isNaN(c)) continue;
        const pi = i - SHAPE_AR[s];
        const pj = j - SHAPE_EN[s];
        if (s === beadShape && i === bi1 && j === bj1) continue;
        // Compatible with the bead: wholly before it or wholly after it.
        if ((i <= bi0 && j <= bj0) || (pi >= bi1 && pj >= bj1)) continue;
        const total = forward[at(pi, pj)] + c + backward[cell];
        if (total < alternative) alternative = total;
      }
    }
  }
  return alternative === Infinity ? Infinity : Math.max(0, alternative - best);
}
