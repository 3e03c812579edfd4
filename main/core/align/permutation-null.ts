// The permutation null of a document pair: how well the same two texts align
// when their order is destroyed. The match score (matchScore.ts) compares the
// real alignment's savings with these, so it needs no constant measured on
// news: whatever the genre, length model or anchor density, a translation
// aligns far better in its own order than reversed, and two unrelated texts
// align about as (badly) in either order.
//
// Savings: the cost of leaving every sentence without counterpart minus the
// cost of the best alignment (both under the pair's own model), so "nothing
// aligned" is 0 and every well-fitting bead adds. The null reverses one side:
// a monotonic alignment of a reversed text can keep at most one true pair, so
// what it saves is what chance and lengths alone give. Each side is reversed in
// turn, and turned by evenly spread shifts (8 nulls on a short text, 4 up to
// 150 sentences), and the nulls averaged. Long texts are measured on a few
// windows along the real path, in a band, 2 nulls each, so the cost stays a
// small share of the alignment's.

import { selectFeatures, type SideFeatures } from './features';
import { BEAD_SHAPES, type ModelParameters } from './model';
import { BeadScorer } from './scorer';
import { bandAround, fullBand, searchInBand, type PathStep } from './search';

/** Texts up to this many Arabic sentences are measured whole. */
const WHOLE_ROWS = 150;
/** Longer ones on WINDOWS windows of WINDOW_ROWS rows: 360 sentences measure the pair well, at a few per cent of the alignment's time. */
const WINDOW_ROWS = 60;
const WINDOWS = 3;

export interface NullWindow {
  arFrom: number;
  arTo: number;
  enFrom: number;
  enTo: number;
}

export interface NullComparison {
  /** Savings of the best alignment of the windows in their real order. */
  real: number;
  /** Mean savings of the best alignments with one side reversed. */
  shuffled: number;
  /** Sentences (both sides) the windows hold. */
  sentences: number;
  /** Standard deviation of the nulls' savings (windows added in quadrature). */
  spread: number;
}

/** English sentences consumed by the path when it has consumed `row` Arabic ones (a bead across the row counts before it). */
export function columnAt(path: readonly PathStep[], row: number): number {
  let column = 0;
  for (const step of path) {
    if (step.i > row) break;
    column = step.j;
  }
  return column;
}

/** The whole pair when it is short; otherwise WINDOWS windows of WINDOW_ROWS rows spread along the path. */
export function nullWindows(path: readonly PathStep[], n: number, m: number): NullWindow[] {
  if (n <= WHOLE_ROWS) return [{ arFrom: 0, arTo: n, enFrom: 0, enTo: m }];
  const out: NullWindow[] = [];
  for (let w = 0; w < WINDOWS; w++) {
    const centre = Math.round(((w + 0.5) * n) / WINDOWS);
    const arFrom = Math.max(0, Math.min(n - WINDOW_ROWS, centre - WINDOW_ROWS / 2));
    const arTo = arFrom + WINDOW_ROWS;
    out.push({ arFrom, arTo, enFrom: columnAt(path, arFrom), enTo: columnAt(path, arTo) });
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** Half-width of the diagonal band the windows of a long text are searched in (real and null alike, so the comparison stays fair). */
const WINDOW_BAND = 8;

/**
 * Cost of deleting every sentence minus the cost of the best alignment of the
 * two sides: over the whole table, or with `width` in a band of that
 * half-width around the diagonal.
 */
export function alignmentSavings(ar: SideFeatures, en: SideFeatures, model: ModelParameters, width?: number): number {
  const scorer = new BeadScorer(ar, en, model);
  let deletion = 0;
  for (let r = 0; r < ar.count; r++) deletion += scorer.deletionCost('ar', r);
  for (let s = 0; s < en.count; s++) deletion += scorer.deletionCost('en', s);
  if (ar.count === 0 || en.count === 0) return 0;
  const n = ar.count;
  const m = en.count;
  const band = width === undefined ? fullBand(n, m) : bandAround(Float64Array.from({ length: n + 1 }, (_, i) => (i * m) / n), width, m);
  const { path } = searchInBand(scorer, band, { width: 1, shapes: BEAD_SHAPES.length, widenings: 0 }, {});
  let cost = 0;
  for (const step of path) cost += scorer.cost(step.i, step.j, step.shape);
  return deletion - cost;
}

/** Nulls per window: a short window is cheap to align and noisy, so it gets more of them. */
function nullCount(rows: number): number {
  return rows <= 40 ? 8 : 4;
}

/** `order` reversed, then turned by `shift` places: no long run of it keeps its original order. */
export function reversedShifted(order: readonly number[], shift: number): number[] {
  const reversed = [...order].reverse();
  const k = ((shift % reversed.length) + reversed.length) % reversed.length;
  return [...reversed.slice(k), ...reversed.slice(0, k)];
}

export function compareWithNull(ar: SideFeatures, en: SideFeatures, model: ModelParameters, path: readonly PathStep[]): NullComparison {
  let real = 0;
  let shuffled = 0;
  let sentences = 0;
  let variance = 0;
  const windows = nullWindows(path, ar.count, en.count);
  for (const w of windows) {
    const arOrder = range(w.arFrom, w.arTo);
    const enOrder = range(w.enFrom, w.enTo);
    const arWindow = selectFeatures(ar, arOrder);
    const enWindow = selectFeatures(en, enOrder);
    const width = windows.length > 1 ? WINDOW_BAND : undefined;
    real += alignmentSavings(arWindow, enWindow, model, width);
    // Each side reversed in turn, turned by evenly spread shifts.
    const count = windows.length > 1 ? 2 : nullCount(arOrder.length);
    let total = 0;
    let squares = 0;
    for (let k = 0; k < count; k++) {
      const reverseEnglish = k % 2 === 0;
      const order = reverseEnglish ? enOrder : arOrder;
      const shift = Math.floor(((k >> 1) * order.length) / Math.ceil(count / 2));
      const permuted = selectFeatures(reverseEnglish ? en : ar, reversedShifted(order, shift));
      const saved = reverseEnglish ? alignmentSavings(arWindow, permuted, model, width) : alignmentSavings(permuted, enWindow, model, width);
      total += saved;
      squares += saved * saved;
    }
    shuffled += total / count;
    variance += Math.max(0, squares / count - (total / count) ** 2);
    sentences += arOrder.length + enOrder.length;
  }
  return { real, shuffled, sentences, spread: Math.sqrt(variance) };
}
