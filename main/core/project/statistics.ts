// What a reviewer (or the person paying for the review) asks of a project:
// how many pairs of each type and status, how many were edited, how much the
// English moved away from what was imported (a post-editing distance), how
// sure the aligner was, and whether the two texts are translations at all.
// Pure: computed from the beads and the alignment summary.

import { beadType, enOriginal, sideOriginal, sideText } from './bead';
import type { AlignmentSummary, Bead, ReviewStatus } from './types';

export const CONFIDENCE_BINS = 10;

export interface ProjectStatistics {
  pairs: number;
  /** Bead types ('1-1', '2-1', '0-1' ...), most frequent first (ties by type). */
  byType: Array<{ type: string; count: number }>;
  byStatus: Record<ReviewStatus, number>;
  /** Pairs whose Arabic or English text differs from the text as imported. */
  editedPairs: number;
  /**
   * The English against en_original, over all pairs: words as imported, words
   * now, and the word-level edit distance between them (insertions, deletions
   * and substitutions of whole words: TER without shifts). editRate =
   * changed / original words (0 when nothing was imported).
   */
  words: { original: number; current: number; changed: number; editRate: number };
  /** Pairs per confidence band: bin i holds confidence in [i/10, (i+1)/10), the last one includes 1. */
  confidenceHistogram: number[];
  meanConfidence: number;
  matchScore: number;
}

/** Whitespace-separated words, as TER counts them. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** Levenshtein distance over words: the fewest word insertions, deletions and substitutions turning a into b. */
export function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitute, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

function isEdited(bead: Bead): boolean {
  return sideText(bead, 'ar') !== sideOriginal(bead, 'ar') || sideText(bead, 'en') !== sideOriginal(bead, 'en');
}

export function computeStatistics(beads: readonly Bead[], alignment: AlignmentSummary): ProjectStatistics {
  const types = new Map<string, number>();
  const byStatus: Record<ReviewStatus, number> = { unreviewed: 0, approved: 0, rejected: 0 };
  const histogram = new Array<number>(CONFIDENCE_BINS).fill(0);
  let editedPairs = 0;
  let confidenceSum = 0;
  const wordCounts = { original: 0, current: 0, changed: 0 };
  for (const bead of beads) {
    const type = beadType(bead);
    types.set(type, (types.get(type) ?? 0) + 1);
    byStatus[bead.status]++;
    histogram[Math.min(CONFIDENCE_BINS - 1, Math.max(0, Math.floor(bead.confidence * CONFIDENCE_BINS)))]++;
    confidenceSum += bead.confidence;
    const original = words(enOriginal(bead));
    const current = words(sideText(bead, 'en'));
    wordCounts.original += original.length;
    wordCounts.current += current.length;
    if (isEdited(bead)) {
      editedPairs++;
      wordCounts.changed += wordEditDistance(original, current);
    }
  }
  const byType = [...types].map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return {
    pairs: beads.length,
    byType,
    byStatus,
    editedPairs,
    words: { ...wordCounts, editRate: wordCounts.original === 0 ? 0 : wordCounts.changed / wordCounts.original },
    confidenceHistogram: histogram,
    meanConfidence: beads.length === 0 ? 0 : confidenceSum / beads.length,
    matchScore: alignment.matchScore,
  };
}
