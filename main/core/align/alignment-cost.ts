// The aligner's own cost of an alignment it did not necessarily make: the sum
// of its bead costs (the quantity the search minimises) under the project's
// length model (the ratio and variance of the whole document pair, kept in the
// alignment summary) with the default bead priors. Re-aligning a short stretch
// estimates a model from those few sentences alone; judged under the project's
// model instead, a re-alignment can be compared with what it would replace.

import type { AlignmentSummary } from '../project/types';
import type { BilingualDictionary } from './dictionary';
import { extractPairFeatures } from './features';
import { initialParameters, shapeIndex } from './model';
import { BeadScorer } from './scorer';
import type { AlignInput } from './types';

/** A bead as sentence indices into the two lists (contiguous, ascending; the beads in order cover both lists). */
export interface BeadIndices {
  ar: readonly number[];
  en: readonly number[];
}

/**
 * Cost of each alignment of the same sentences (lower is better). An empty bead
 * costs nothing; a bead of a shape the aligner never makes (3-2, 7-1, ...)
 * makes its alignment's cost Infinity: the aligner cannot judge it.
 */
export function alignmentCosts(
  summary: Pick<AlignmentSummary, 'lengthRatio' | 'lengthVariance'>,
  ar: AlignInput[],
  en: AlignInput[],
  alignments: ReadonlyArray<readonly BeadIndices[]>,
  dictionary?: BilingualDictionary,
): number[] {
  const { ar: arFeatures, en: enFeatures } = extractPairFeatures(ar, en, dictionary);
  const model = { ...initialParameters(arFeatures, enFeatures), ratio: summary.lengthRatio, variance: summary.lengthVariance };
  const scorer = new BeadScorer(arFeatures, enFeatures, model);
  return alignments.map((beads) => {
    let total = 0;
    let i = 0;
    let j = 0;
    for (const bead of beads) {
      if (bead.ar.length === 0 && bead.en.length === 0) continue;
      const shape = shapeIndex(bead.ar.length, bead.en.length);
      if (shape < 0) return Infinity;
      i += bead.ar.length;
      j += bead.en.length;
      total += scorer.cost(i, j, shape);
    }
    return total;
  });
}
