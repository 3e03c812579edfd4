// The coarse first pass where the two texts' paragraphs correspond (as in
// hunalign's and Bertalign's two-level alignment): the paragraphs are aligned
// to each other first, as units with their lengths, multi-digit numbers and
// names (1-1, 1-0, 0-1, 1-2 and 2-1 paragraph beads), and when that alignment
// says the translation kept the original's paragraphs, the paragraph beads
// become blocks the final sentence-level search stays inside (search.ts
// searchInBlocks): no bead then crosses the end of a 1-1 paragraph bead, and
// the search is smaller than a band's. Texts whose paragraphs were broken independently on
// the two sides (news sites, make_docs.py's dev documents) give many 2-1 and
// 1-2 paragraph beads with poor length fits, and keep the sentence-level path.

import { groupedFeatures, lengthDiagonal } from './coarse';
import type { SideFeatures } from './features';
import { COARSE_SHAPES, lengthDeviation, shapeIndex, SHAPE_AR, SHAPE_EN, type ModelParameters } from './model';
import { BeadScorer } from './scorer';
import { bandAround, fullBand, searchInBand, type Corners, type PathStep, type SearchHooks } from './search';

/** Fewer paragraphs a side than this say too little about how the texts run. */
export const MIN_PARAGRAPHS = 4;
/** Up to this many cells the paragraph table is searched in full; beyond, in a band around the length diagonal. */
const FULL_PARAGRAPH_CELLS = 40_000;
/** Band half-width of the paragraph search on long texts, in paragraphs (it widens where needed). */
const PARAGRAPH_WIDTH = 8;
/** The paragraph beads of a side: at most two paragraphs (COARSE_SHAPES). */
const PARAGRAPH_MAX_SIDE = 2;
/**
 * At least this share of the paragraph beads is one to one... Measured: the
 * 49 dev documents with 4 paragraphs or more (breaks placed independently on
 * the two sides) have 0.00-0.80 (two at 0.80, of 5 paragraph beads); the
 * segmented NTREX pairs of 10,000 and 100,000 lines, 0.996.
 */
const MIN_ONE_TO_ONE = 0.9;
/** ...and at least this share of them fits the length model within MAX_FIT_DEVIATION standard deviations. */
const MIN_FITTING = 0.9;
const MAX_FIT_DEVIATION = 2.5;
const ONE_TO_ONE = shapeIndex(1, 1);

/** First sentence of each paragraph of a side, then the sentence count. */
export function paragraphStarts(side: SideFeatures): Int32Array {
  const starts: number[] = [];
  for (let k = 0; k < side.count; k++) if (k === 0 || side.paragraph[k] !== side.paragraph[k - 1]) starts.push(k);
  starts.push(side.count);
  return Int32Array.from(starts);
}

export interface ParagraphPass {
  /** The paragraph path: i Arabic and j English paragraphs consumed after each bead. */
  path: PathStep[];
  /** Per paragraph bead: |Gale-Church δ| of its lengths (0 for a paragraph without counterpart). */
  deviation: Float64Array;
  /** The sentence corners between two sure paragraph beads (see sureCorners and search.ts Corners). */
  corners: Corners;
  /** The paragraphs correspond (see correspond): the corners may bound the sentence-level search. */
  correspond: boolean;
}

/**
 * Align the paragraphs of the two sides (null when a side has fewer than
 * MIN_PARAGRAPHS), with the first pass's model: the ratio from the texts'
 * total lengths, Gale and Church's variance.
 */
export function alignParagraphs(ar: SideFeatures, en: SideFeatures, model: ModelParameters, hooks: SearchHooks): ParagraphPass | null {
  const arStarts = paragraphStarts(ar);
  const enStarts = paragraphStarts(en);
  const arCount = arStarts.length - 1;
  const enCount = enStarts.length - 1;
  if (arCount < MIN_PARAGRAPHS || enCount < MIN_PARAGRAPHS) return null;
  const arParagraphs = groupedFeatures(ar, arStarts);
  const enParagraphs = groupedFeatures(en, enStarts);
  const scorer = new BeadScorer(arParagraphs, enParagraphs, model, true, PARAGRAPH_MAX_SIDE);
  const full = (arCount + 1) * (enCount + 1) <= FULL_PARAGRAPH_CELLS;
  const band = full ? fullBand(arCount, enCount) : bandAround(lengthDiagonal(arParagraphs, enParagraphs), PARAGRAPH_WIDTH, enCount);
  const { path } = searchInBand(scorer, band, { width: PARAGRAPH_WIDTH, shapes: COARSE_SHAPES, widenings: full ? 0 : 3 }, hooks);
  const deviation = new Float64Array(path.length);
  path.forEach(({ i, j, shape }, k) => {
    const [a, b] = [SHAPE_AR[shape], SHAPE_EN[shape]];
    if (a === 0 || b === 0) return;
    const arLength = arParagraphs.length.subarray(i - a, i).reduce((x, y) => x + y, 0);
    const enLength = enParagraphs.length.subarray(j - b, j).reduce((x, y) => x + y, 0);
    deviation[k] = Math.abs(lengthDeviation(arLength, enLength, model));
  });
  return { path, deviation, corners: sureCorners(path, arStarts, enStarts), correspond: correspond(path, deviation) };
}

/**
 * A paragraph bead the sentence-level search may be held to: one to one. (A
 * poor length fit is not held against it: leaving such beads open, 1% of the
 * 100,000-sentence pair's, gave 0.06 points fewer right beads.)
 */
function isSure(step: PathStep): boolean {
  return step.shape === ONE_TO_ONE;
}

/**
 * The sentence corners between two sure paragraph beads. Around any other
 * (a paragraph split or joined, one without counterpart) the paragraph pass
 * may be wrong: there the blocks on either side are one, and the sentences
 * decide. (On the segmented NTREX pairs, a garbled Arabic line made a 1-2
 * next to a 1-0 where two 1-1 were right.)
 */
function sureCorners(path: PathStep[], arStarts: Int32Array, enStarts: Int32Array): Corners {
  const rows = [0];
  const columns = [0];
  for (let k = 0; k + 1 < path.length; k++) {
    if (!isSure(path[k]) || !isSure(path[k + 1])) continue;
    rows.push(arStarts[path[k].i]);
    columns.push(enStarts[path[k].j]);
  }
  const last = path[path.length - 1];
  rows.push(arStarts[last.i]);
  columns.push(enStarts[last.j]);
  return { rows: Int32Array.from(rows), columns: Int32Array.from(columns) };
}

/**
 * Whether the paragraph path says the translation kept the original's
 * paragraphs: most paragraph beads one to one, and nearly all of them in
 * step by length. Where paragraphs were broken independently on the two
 * sides, a paragraph's counterpart is rarely one paragraph of the right length.
 */
export function correspond(path: PathStep[], deviation: Float64Array): boolean {
  let oneToOne = 0;
  let fitting = 0;
  path.forEach(({ shape }, k) => {
    if (shape === ONE_TO_ONE) oneToOne++;
    if (deviation[k] <= MAX_FIT_DEVIATION) fitting++;
  });
  return oneToOne >= MIN_ONE_TO_ONE * path.length && fitting >= MIN_FITTING * path.length;
}

/** Cells of the sentence-level table inside the blocks (what searchInBlocks fills). */
export function blockCells({ rows, columns }: Corners): number {
  let cells = 0;
  for (let p = 0; p + 1 < rows.length; p++) cells += (rows[p + 1] - rows[p] + 1) * (columns[p + 1] - columns[p] + 1);
  return cells;
}

