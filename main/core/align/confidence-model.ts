// The fitted part of a bead's confidence: a logistic model of "this bead is
// wrong" over the evidence around it, mapped through a monotone (isotonic)
// calibration so that beads shown at about 0.9 are right about 90% of the time.
// Both are fitted by tests/bench/confidence-fit.ts on NTREX documents 60-122 cut
// by make_docs.py with seeds 1001-1012, never on ../shared/eval/dev
// (documents 0-59) nor on the benchmark's fresh cuts: the numbers below are its
// output, pasted. Whatever changes the aligner's beads (its costs, the band,
// the segmenter) calls for a refit: `npm run build && node
// dist/tests/bench/confidence-fit.js`, then paste what it prints.

import type { BeadFacts } from './confidence';
import { lengthDeviation } from './model';

/** Above this seam distance (a share of the sentence) a merge shows no clause break where it should. */
const SEAM_MISSED = 0.1;
/** Margins are capped here before their logarithm: beyond, the search was sure either way. */
const MARGIN_CAP = 30;

export const FEATURE_NAMES = [
  'bias', 'one-to-one', 'no counterpart', 'merge of 3', 'merge of 4+', 'log search margin', 'log local margin',
  'no local margin', '|length deviation|', 'min(|length deviation|, 1)', 'evidence', 'own evidence', 'cross evidence',
  'cross lead', 'shared number', 'furniture', 'deletions near',
  'merges near', 'seam distance', 'seam missed', 'merge: seam missed × log search margin', 'merge: log local margin',
  'first pass disagrees', 'logit of the rules', 'merge: evidence its weakest sentence lacks', 'lexical lead',
] as const;

// Numbers found on one side only are not an input: judgeBead applies their
// penalty after the model (see there).

/** The model's inputs for a bead the aligner made (facts with both margins), given the rules' confidence without numbers weighed. */
export function confidenceFeatures(facts: BeadFacts, model: { ratio: number; variance: number }, ruleConfidence: number): number[] {
  const a = facts.arCount;
  const e = facts.enCount;
  const one = a === 1 && e === 1;
  const deletion = a === 0 || e === 0;
  const merge = !one && !deletion;
  const search = Math.log1p(Math.min(facts.searchMargin ?? MARGIN_CAP, MARGIN_CAP));
  const localKnown = facts.localMargin !== undefined && Number.isFinite(facts.localMargin);
  const local = Math.log1p(Math.min(localKnown ? (facts.localMargin as number) : MARGIN_CAP, MARGIN_CAP));
  const deviation = deletion ? 0 : Math.abs(lengthDeviation(facts.arLength, facts.enLength, model));
  const own = facts.ownEvidence ?? 0;
  const cross = facts.crossEvidence ?? 0;
  const seam = facts.seamFit ?? 0;
  const missed = seam > SEAM_MISSED ? 1 : 0;
  const p = Math.min(Math.max(ruleConfidence, 1e-3), 1 - 1e-3);
  return [
    1, +one, +deletion, +(merge && a + e === 3), +(merge && a + e > 3), search, local,
    localKnown ? 0 : 1, deviation, Math.min(deviation, 1), facts.evidence, own, cross,
    Math.max(0, cross - own),
    facts.arNumbers.some((x) => facts.enNumbers.includes(x)) ? 1 : 0, facts.furniture, facts.deletionsNear ?? 0,
    facts.mergesNear ?? 0, seam, missed, merge ? missed * search : 0, merge ? local : 0,
    1 - (facts.firstPassAgrees ?? 1), Math.log(p / (1 - p)),
    merge ? Math.max(0, own - (facts.weakestMember ?? own)) : 0, facts.lexicalLead ?? 0,
  ];
}

/** Weights of the logistic model of "wrong", in FEATURE_NAMES order (fitted, see above). */
export const WRONG_WEIGHTS: readonly number[] = [0.1173, -0.7359, 0.4302, -0.0413, 0.347, -0.4141, -1.0155, 1.6971, 0.2516, 0.5083, 0.4605, -1.4565, 0.1993, 0.1859, -0.3494, -0.7696, 0.26, 0.0985, 1.2378, 0.349, -0.0018, -0.3095, -0.8567, -0.6904, 1.0703];

/** Isotonic map from the model's log-odds of "wrong" to the share of beads right: knots (ascending score) and values. */
export const CALIBRATION_SCORES: readonly number[] = [-7.926, -5.854, -5.57, -5.226, -4.977, -4.858, -4.795, -4.61, -4.164, -3.769, -3.604, -3.53, -3.427, -2.924, -2.519, -2.368, -2.25, -2.222, -2.083, -1.91, -1.696, -1.551, -1.513, -1.455, -1.362, -1.184, -0.951, -0.835, -0.744, -0.58, -0.096, 0.638, 1.075, 1.266, 1.622, 2.669];
export const CALIBRATION_RIGHT: readonly number[] = [1, 0.9979, 0.996, 0.9953, 0.9943, 0.9932, 0.9924, 0.99, 0.9873, 0.9869, 0.9811, 0.973, 0.9706, 0.9597, 0.9467, 0.9259, 0.9231, 0.9167, 0.8534, 0.8321, 0.8071, 0.7895, 0.7647, 0.7586, 0.7419, 0.7405, 0.7, 0.6563, 0.5714, 0.5538, 0.5298, 0.4744, 0.3333, 0.2963, 0.1333, 0];

export function wrongScore(features: readonly number[], weights: readonly number[] = WRONG_WEIGHTS): number {
  let total = 0;
  for (let k = 0; k < weights.length; k++) total += weights[k] * features[k];
  return total;
}

/**
 * Share of the confidence given to the model's own probability: the isotonic
 * map is flat in places (its first block holds most beads), and a flat map
 * would tie a doubtful bead with sure ones; this keeps the order strict.
 */
const TIE_BREAK = 0.02;

/** The confidence shown for a score: the isotonic share of beads right, tie-broken by the model's own probability. */
export function calibrated(score: number, scores: readonly number[] = CALIBRATION_SCORES, right: readonly number[] = CALIBRATION_RIGHT): number {
  const own = 1 / (1 + Math.exp(score));
  if (scores.length === 0) return own;
  return (1 - TIE_BREAK) * isotonic(score, scores, right) + TIE_BREAK * own;
}

function isotonic(score: number, scores: readonly number[], right: readonly number[]): number {
  if (score <= scores[0]) return right[0];
  const last = scores.length - 1;
  if (score >= scores[last]) return right[last];
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (scores[mid] <= score) lo = mid;
    else hi = mid;
  }
  const t = (score - scores[lo]) / Math.max(1e-12, scores[hi] - scores[lo]);
  return right[lo] + t * (right[hi] - right[lo]);
}
