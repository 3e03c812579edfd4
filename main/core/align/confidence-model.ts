// The fitted part of a bead's confidence: a logistic model of "this bead is
// wrong" over the evidence around it, mapped through a monotone (isotonic)
// calibration so that beads shown at about 0.9 are right about 90% of the time.
// Both are fitted by tests/bench/confidence-fit.ts on NTREX documents 60-122 cut
// by make_docs.py with seeds 1001-1003, never on ../shared/eval/dev
// (documents 0-59) nor on the benchmark's held-out cut (seed 20261126): the
// numbers below are its output, pasted.

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
  'first pass disagrees', 'logit of the rules', 'merge: evidence its weakest sentence lacks',
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
    merge ? Math.max(0, own - (facts.weakestMember ?? own)) : 0,
  ];
}

/** Weights of the logistic model of "wrong", in FEATURE_NAMES order (fitted, see above). */
export const WRONG_WEIGHTS: readonly number[] = [-0.3234, -0.788, 0.8278, 0.1939, -0.2337, -0.5144, -0.8096, 1.9143, 0.2373, 0.5292, 0.6432, -1.6739, 0.6242, -0.1261, -0.1054, -0.6383, 0.339, 0.3252, 0.8919, -0.1226, 0.4589, -0.3678, -1.0892, -0.7752, 0.7833];

/** Isotonic map from the model's log-odds of "wrong" to the share of beads right: knots (ascending score) and values. */
export const CALIBRATION_SCORES: readonly number[] = [-8.645, -6.199, -5.382, -4.976, -4.509, -4.031, -3.778, -3.458, -3.285, -3.114, -2.839, -2.488, -2.232, -2.11, -1.916, -1.627, -1.537, -1.418, -1.313, -1.173, -1.011, -0.917, -0.721, -0.262, 0.32, 0.781, 1.262, 1.887];
export const CALIBRATION_RIGHT: readonly number[] = [1, 0.9991, 0.9965, 0.9955, 0.9892, 0.9885, 0.9864, 0.977, 0.9706, 0.9661, 0.954, 0.9147, 0.9063, 0.9, 0.8617, 0.8372, 0.7778, 0.7755, 0.75, 0.6949, 0.6667, 0.6207, 0.6, 0.5789, 0.5, 0.4737, 0.2, 0];

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
