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
  const workspace = new MarginWorkspace();
  for (let k = 0; k < path.length; k++) {
    if (!isIrregular(path, k)) continue;
    const first = Math.max(0, k - CONTEXT_BEADS);
    const last = Math.min(path.length - 1, k + CONTEXT_BEADS);
    const i0 = first === 0 ? 0 : path[first - 1].i;
    const j0 = first === 0 ? 0 : path[first - 1].j;
    const step = path[k];
    const start = k === 0 ? { i: 0, j: 0 } : path[k - 1];
    out[k] = blockMargin(scorer, i0, j0, path[last].i, path[last].j, start.i, start.j, step.i, step.j, step.shape, workspace);
  }
  return out;
}

/** The costs of the beads inside one block, by cell and shape (NaN: the bead would start outside the block). */
class BlockEdges {
  i0 = 0;
  j0 = 0;
  i1 = -1;
  j1 = -1;
  costs = new Float64Array(0);

  reset(i0: number, j0: number, i1: number, j1: number, size: number): void {
    Object.assign(this, { i0, j0, i1, j1 });
    if (this.costs.length < size) this.costs = new Float64Array(size);
    this.costs.fill(NaN, 0, size);
  }

  /** Nothing to reuse (the block was too large to be searched). */
  clear(): void {
    this.i1 = this.i0 - 1;
  }

  /** The cost of the bead of the given shape from (pi, pj) to (i, j) if it lies in this block, else NaN. */
  lookup(pi: number, pj: number, i: number, j: number, shape: number, shapes: number): number {
    if (pi < this.i0 || pj < this.j0 || i > this.i1 || j > this.j1) return NaN;
    return this.costs[((i - this.i0) * (this.j1 - this.j0 + 1) + (j - this.j0)) * shapes + shape];
  }
}

/**
 * Working space of blockMargin, reused from block to block: a long text has
 * tens of thousands of blocks, and new arrays for each weighed on the garbage
 * collector (their contents never outlive a call). The blocks of neighbouring
 * beads overlap in all but one bead, and a bead's cost depends on its cells
 * only: the costs of the beads inside the last block are taken from it rather
 * than scored again (on the 100,000-sentence pair the re-searches scored each
 * bead about four times, most of their time).
 */
class MarginWorkspace {
  forward = new Float64Array(0);
  backward = new Float64Array(0);
  edges = new BlockEdges();
  previous = new BlockEdges();

  begin(i0: number, j0: number, i1: number, j1: number, shapes: number): void {
    const cells = (i1 - i0 + 1) * (j1 - j0 + 1);
    if (this.forward.length < cells) {
      this.forward = new Float64Array(cells);
      this.backward = new Float64Array(cells);
    }
    this.forward.fill(Infinity, 0, cells);
    this.backward.fill(Infinity, 0, cells);
    [this.previous, this.edges] = [this.edges, this.previous];
    this.edges.reset(i0, j0, i1, j1, cells * shapes);
  }
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
  workspace = new MarginWorkspace(),
): number {
  const rows = i1 - i0 + 1;
  const cols = j1 - j0 + 1;
  if (rows * cols > MAX_BLOCK_CELLS) {
    workspace.edges.clear();
    return Infinity;
  }
  const shapes = BEAD_SHAPES.length;
  const at = (i: number, j: number) => (i - i0) * cols + (j - j0);
  workspace.begin(i0, j0, i1, j1, shapes);
  const { forward, backward, previous } = workspace;
  // Cost of the bead of each shape ending at each cell (NaN: it would start outside the block).
  const edge = workspace.edges.costs;
  forward[0] = 0;
  for (let i = i0; i <= i1; i++) {
    for (let j = j0; j <= j1; j++) {
      const cell = at(i, j);
      for (let s = 0; s < shapes; s++) {
        const pi = i - SHAPE_AR[s];
        const pj = j - SHAPE_EN[s];
        if (pi < i0 || pj < j0 || (pi === i && pj === j)) continue;
        const known = previous.lookup(pi, pj, i, j, s, shapes);
        const c = Number.isNaN(known) ? scorer.cost(i, j, s) : known;
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
