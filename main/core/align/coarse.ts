// The coarse-to-fine start for long texts (as in Vecalign): glue every
// BLOCK_SIZE consecutive sentences of each side into one block, align the
// blocks by length, shared numbers and names in a wide band around the length
// diagonal (a small problem: 1/BLOCK_SIZE² of the cells), and hand the block path, scaled back to
// sentences, to the sentence-level passes as their centre line. Local drift
// between the two texts, which a band around the plain diagonal misses, is
// then already followed.

import type { SideFeatures } from './features';
import { emptyKeyLists, KeyListsBuilder, type KeyLists } from './key-lists';
import { COARSE_SHAPES, SHAPE_AR, SHAPE_EN, type ModelParameters } from './model';
import { BeadScorer } from './scorer';
import { bandAround, searchInBand, type PathStep, type SearchHooks } from './search';

const BLOCK_SIZE = 8;
/** The most blocks a side of a block bead has: the block pass's scorer prepares evidence only that far around its band. */
const COARSE_MAX_SIDE = Math.max(...SHAPE_AR.subarray(0, COARSE_SHAPES), ...SHAPE_EN.subarray(0, COARSE_SHAPES));
/** Band half-width of the block pass, in blocks (it widens itself where needed; 12 gave the same line at 100k, 40% slower). */
const BLOCK_WIDTH = 8;

/**
 * A side's blocks, as features with lengths, multi-digit numbers and name
 * skeletons (each block's keys are its sentences'). Lengths alone lose the
 * way where many blocks are alike: on the segmented 100,000-sentence import
 * the block path was then 20-40 sentences off in 3% of rows and the
 * sentence-level band had to grow to 3 times its cells. With the numbers and
 * names it is never 20 off, and the band grows by 8%. Single digits (often
 * spelt out) and dictionary words (many per block) are left out.
 */
function blocksOf(side: SideFeatures): SideFeatures {
  const count = Math.ceil(side.count / BLOCK_SIZE);
  return groupedFeatures(side, Int32Array.from({ length: count + 1 }, (_, b) => Math.min(side.count, b * BLOCK_SIZE)));
}

/**
 * Runs of consecutive sentences as one unit each (group g: sentences
 * starts[g] to starts[g + 1] − 1): their lengths summed, their multi-digit
 * numbers and name skeletons pooled. Blocks of eight here, paragraphs in
 * paragraphs.ts.
 */
export function groupedFeatures(side: SideFeatures, starts: ArrayLike<number>): SideFeatures {
  const count = starts.length - 1;
  const length = new Float64Array(count);
  for (let g = 0; g < count; g++) {
    for (let k = starts[g]; k < starts[g + 1]; k++) length[g] += side.length[k];
  }
  return {
    count,
    length,
    strongNumbers: groupKeys(side.strongNumbers, starts),
    weakNumbers: emptyKeyLists(count),
    names: groupKeys(side.names, starts),
    dictionaryKeys: emptyKeyLists(count),
    quote: new Uint8Array(count),
    bracket: new Uint8Array(count),
    boilerplate: new Float64Array(count),
    paragraph: new Int32Array(count),
    numberTexts: Array.from({ length: count }, () => []),
  };
}

/** Each group's keys: the union of its sentences' (sorted, distinct). */
function groupKeys(lists: KeyLists, starts: ArrayLike<number>): KeyLists {
  const count = starts.length - 1;
  const builder = new KeyListsBuilder(count);
  for (let g = 0; g < count; g++) {
    builder.add(lists.values.subarray(lists.starts[starts[g]], lists.starts[starts[g + 1]]));
  }
  return builder.finish();
}

/** Expected English column per row if both texts ran in step, character for character. */
export function lengthDiagonal(ar: SideFeatures, en: SideFeatures): Float64Array {
  let arTotal = 0;
  let enTotal = 0;
  for (let r = 0; r < ar.count; r++) arTotal += ar.length[r];
  for (let s = 0; s < en.count; s++) enTotal += en.length[s];
  const centre = new Float64Array(ar.count + 1);
  let arSoFar = 0;
  let j = 0;
  let enSoFar = 0;
  for (let i = 0; i <= ar.count; i++) {
    const target = arTotal > 0 ? (arSoFar / arTotal) * enTotal : 0;
    while (j < en.count && enSoFar + en.length[j] / 2 < target) enSoFar += en.length[j++];
    centre[i] = j;
    if (i < ar.count) arSoFar += ar.length[i];
  }
  centre[ar.count] = en.count;
  return centre;
}

/** The column a path passes through at each row (interpolated across many-row beads). */
export function pathCentre(path: PathStep[], n: number): Float64Array {
  const centre = new Float64Array(n + 1);
  let i0 = 0;
  let j0 = 0;
  for (const { i, j } of path) {
    for (let r = i0; r <= i; r++) centre[r] = i === i0 ? (j0 + j) / 2 : j0 + ((j - j0) * (r - i0)) / (i - i0);
    i0 = i;
    j0 = j;
  }
  return centre;
}

/** Centre line (English column per Arabic row) for the sentence-level search, from the block alignment. */
export function coarseCentre(ar: SideFeatures, en: SideFeatures, model: ModelParameters, hooks: SearchHooks): Float64Array {
  const arBlocks = blocksOf(ar);
  const enBlocks = blocksOf(en);
  const scorer = new BeadScorer(arBlocks, enBlocks, model, true, COARSE_MAX_SIDE);
  const band = bandAround(lengthDiagonal(arBlocks, enBlocks), BLOCK_WIDTH, enBlocks.count);
  const { path } = searchInBand(scorer, band, { width: BLOCK_WIDTH, shapes: COARSE_SHAPES, widenings: 3 }, hooks);
  const blockCentre = pathCentre(path, arBlocks.count);
  const centre = new Float64Array(ar.count + 1);
  for (let i = 0; i <= ar.count; i++) {
    const row = i / BLOCK_SIZE;
    const below = Math.min(arBlocks.count, Math.floor(row));
    const above = Math.min(arBlocks.count, below + 1);
    const t = row - below;
    const blockColumn = blockCentre[below] * (1 - t) + blockCentre[above] * t;
    centre[i] = Math.min(en.count, blockColumn * BLOCK_SIZE);
  }
  centre[ar.count] = en.count;
  return centre;
}

/**
 * How far a path runs from a centre line over its first `rows` rows: the 90th
 * percentile of |path column − centre column|. On clean line-by-line text the
 * first pass runs on the block line (0); on segmented news it runs 3-4
 * sentences off it in most rows, since block ends do not meet on the two sides.
 */
export function centreLineError(path: PathStep[], centre: ArrayLike<number>, rows: number): number {
  const along = pathCentre(path, rows);
  const errors = Float64Array.from({ length: rows + 1 }, (_, i) => Math.abs(along[i] - centre[i])).sort();
  return errors[Math.floor(0.9 * rows)];
}
