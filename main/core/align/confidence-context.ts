// What the path around a bead says about it, for its confidence: the two
// margins apart (the search's, which compares last beads ending at the same
// cell, and the local re-search's, which sees shifted runs), and whether a
// neighbour is a sentence left without counterpart or a merge: the aligner's
// mistakes come in clusters around such beads.

import { SHAPE_AR, SHAPE_EN } from './model';
import type { PathStep } from './search';

export interface PathContext {
  /** The search's margin at the bead's end cell. */
  searchMargin: number;
  /** The local re-search's margin (Infinity where it was not computed: a regular bead in a regular run). */
  localMargin: number;
  /** Beads either side (up to two) that pair a sentence with nothing. */
  deletionsNear: number;
  /** Beads either side (up to two) that merge sentences. */
  mergesNear: number;
  /** seamFit of the bead's sentences (0 unless it renders several sentences by one). */
  seamFit: number;
  /** The first, length-only pass (another model, other shapes) drew the same bead: 1, or 0 (1 where it did not reach). */
  firstPassAgrees: number;
}

/** The cells a path passes through (where its beads start and end), and how many Arabic sentences it covers. */
export interface PathCells {
  cells: Set<number>;
  rows: number;
  columns: number;
}

export function pathCells(path: readonly PathStep[], columns: number): PathCells {
  const cells = new Set<number>([0]);
  let rows = 0;
  for (const step of path) {
    cells.add(step.i * (columns + 1) + step.j);
    rows = Math.max(rows, step.i);
  }
  return { cells, rows, columns };
}

function sameBeadIn(first: PathCells, step: PathStep): number {
  if (step.i > first.rows) return 1;
  const start = (step.i - SHAPE_AR[step.shape]) * (first.columns + 1) + (step.j - SHAPE_EN[step.shape]);
  return first.cells.has(start) && first.cells.has(step.i * (first.columns + 1) + step.j) ? 1 : 0;
}

function isDeletion(step: PathStep): boolean {
  return SHAPE_AR[step.shape] === 0 || SHAPE_EN[step.shape] === 0;
}

function isMerge(step: PathStep): boolean {
  return SHAPE_AR[step.shape] + SHAPE_EN[step.shape] > 2;
}

export function pathContext(
  path: readonly PathStep[],
  k: number,
  margins: { search: number; local: number },
  texts: { ar: readonly string[]; en: readonly string[] },
  first: PathCells,
): PathContext {
  let deletionsNear = 0;
  let mergesNear = 0;
  for (const other of [k - 2, k - 1, k + 1, k + 2]) {
    if (other < 0 || other >= path.length) continue;
    if (isDeletion(path[other])) deletionsNear++;
    if (isMerge(path[other])) mergesNear++;
  }
  return { searchMargin: margins.search, localMargin: margins.local, deletionsNear, mergesNear, seamFit: seamFit(texts.ar, texts.en), firstPassAgrees: sameBeadIn(first, path[k]) };
}

/** Clause breaks a sentence that renders two sentences of the other side is likely to have at their seam. */
const CLAUSE_BREAK = {
  en: /[;:,\u2014]\s|\s[\u2013-]\s/g,
  ar: /[\u061b\u060c:;,\u2014]\s|\s[\u2013-]\s/g,
};

/**
 * For a bead that renders several sentences of one side by one sentence of the
 * other: how far (as a share of the one sentence's length) its nearest clause
 * break lies from where each seam between the several would fall by length;
 * the worst seam counts, and 1 when the sentence has no clause break at all.
 * A right merge usually shows a break near its seam; a sentence without
 * counterpart swallowed into a neighbour's bead does not. 0 for other beads.
 */
export function seamFit(arTexts: readonly string[], enTexts: readonly string[]): number {
  if (arTexts.length >= 2 && enTexts.length === 1) return worstSeam(arTexts, enTexts[0], CLAUSE_BREAK.en);
  if (enTexts.length >= 2 && arTexts.length === 1) return worstSeam(enTexts, arTexts[0], CLAUSE_BREAK.ar);
  return 0;
}

function worstSeam(several: readonly string[], one: string, breaks: RegExp): number {
  const total = several.reduce((sum, text) => sum + text.length, 0);
  const positions = [...one.matchAll(breaks)].map((match) => (match.index + match[0].length) / Math.max(1, one.length));
  let worst = 0;
  let before = 0;
  for (const text of several.slice(0, -1)) {
    before += text.length;
    const seam = before / Math.max(1, total);
    let nearest = 1;
    for (const p of positions) nearest = Math.min(nearest, Math.abs(p - seam));
    worst = Math.max(worst, nearest);
  }
  return worst;
}

/**
 * For a bead with two or more sentences on a side: the evidence the least
 * supported of those sentences has with the other side of the bead (its best
 * pair). A sentence without counterpart swallowed into a neighbour's bead
 * brings none of its own while the neighbour's anchors hold the bead; a right
 * merge's sentences usually each meet something. 0 for beads that merge nothing.
 */
export function weakestMember(
  arIndices: readonly number[],
  enIndices: readonly number[],
  pairEvidence: (r: number, s: number) => number,
): number {
  if (arIndices.length === 0 || enIndices.length === 0) return 0;
  let weakest = Infinity;
  if (arIndices.length >= 2) {
    for (const r of arIndices) weakest = Math.min(weakest, Math.max(...enIndices.map((s) => pairEvidence(r, s))));
  }
  if (enIndices.length >= 2) {
    for (const s of enIndices) weakest = Math.min(weakest, Math.max(...arIndices.map((r) => pairEvidence(r, s))));
  }
  return Number.isFinite(weakest) ? weakest : 0;
}
