// Whole-pair match score: do these two texts look like translations of each
// other? Two signals from the finished alignment:
// - anchor lift: in a translation, the sentences the aligner paired share
//   numbers and names far more often than sentences a few beads apart; in two
//   texts about the same events (seed 001 against 002-004) the paired
//   sentences share names no more than any other pair of sentences does.
// - coverage: how much of the text (page furniture left out) landed in beads
//   with both sides, and how well their lengths fit one ratio.

import type { SideFeatures } from './features';
import { ANCHOR_EVIDENCE, type BeadScorer } from './scorer';
import type { AlignedBead } from './types';

/**
 * Pairs scoring at or above this are treated as translations. Chosen between
 * the lowest translation (the 60 pairs of ../shared/eval/dev, seed 001/000,
 * other NTREX documents) and the highest non-translation (seed 001 against
 * 002, 003, 004, and dev documents paired with the wrong partner) measured by
 * tests/bench/align-match.ts; see the benchmark output for the figures.
 */
export const MATCH_THRESHOLD = 0.5;

/** Offsets (in beads) of the "unrelated" pairs anchor lift compares with. */
const BASELINE_OFFSETS = [-7, -5, -3, 3, 5, 7];

export interface MatchComponents {
  /** Share of non-furniture characters in beads with both sides. */
  coverage: number;
  /** Share of two-sided beads with an anchor, and the same for beads paired at an offset. */
  anchored: number;
  baseline: number;
  /** (anchored − baseline) / (1 − baseline), clipped to [0, 1]. */
  lift: number;
  score: number;
}

function beadAnchored(scorer: BeadScorer, ar: number[], en: number[]): boolean {
  for (const r of ar) for (const s of en) if (scorer.pairEvidence(r, s) >= ANCHOR_EVIDENCE) return true;
  return false;
}

function coverageOf(beads: AlignedBead[], ar: SideFeatures, en: SideFeatures): number {
  let paired = 0;
  let total = 0;
  for (const bead of beads) {
    const twoSided = bead.ar.length > 0 && bead.en.length > 0;
    for (const r of bead.ar) if (ar.boilerplate[r] < 0.5) { total += ar.length[r]; if (twoSided) paired += ar.length[r]; }
    for (const s of bead.en) if (en.boilerplate[s] < 0.5) { total += en.length[s]; if (twoSided) paired += en.length[s]; }
  }
  return total > 0 ? paired / total : 0;
}

export function computeMatchScore(scorer: BeadScorer, beads: AlignedBead[]): MatchComponents {
  const twoSided = beads.filter((bead) => bead.ar.length > 0 && bead.en.length > 0);
  const coverage = coverageOf(beads, scorer.ar, scorer.en);
  if (twoSided.length === 0) return { coverage, anchored: 0, baseline: 0, lift: 0, score: 0 };
  let anchoredCount = 0;
  for (const bead of twoSided) if (beadAnchored(scorer, bead.ar, bead.en)) anchoredCount++;
  const anchored = anchoredCount / twoSided.length;
  let baselineHits = 0;
  let baselineTrials = 0;
  for (let k = 0; k < twoSided.length; k++) {
    for (const offset of BASELINE_OFFSETS) {
      const other = twoSided[k + offset];
      if (!other) continue;
      baselineTrials++;
      if (beadAnchored(scorer, twoSided[k].ar, other.en)) baselineHits++;
    }
  }
  // Too few beads for offsets: compare with every other pairing instead.
  if (baselineTrials === 0) {
    for (let k = 0; k < twoSided.length; k++) {
      for (let l = 0; l < twoSided.length; l++) {
        if (k === l) continue;
        baselineTrials++;
        if (beadAnchored(scorer, twoSided[k].ar, twoSided[l].en)) baselineHits++;
      }
    }
  }
  const baseline = baselineTrials > 0 ? baselineHits / baselineTrials : 0;
  const lift = Math.min(1, Math.max(0, (anchored - baseline) / Math.max(0.05, 1 - baseline)));
  const score = Math.min(1, Math.max(0, 0.5 * lift + 0.5 * coverage));
  return { coverage, anchored, baseline, lift, score };
}
