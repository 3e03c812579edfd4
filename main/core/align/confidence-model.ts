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
export const WRONG_WEIGHTS: readonly number[] = [-0.095, -1.0569, 0.6726, -0.1138, 0.4982, -0.3801, -0.9756, 1.6866, 0.2694, 0.4293, 0.4503, -1.2783, 0.1732, 0.2935, -0.4748, -1.1094, 0.2431, 0.0639, 1.3739, 0.3205, -0.1239, -0.3119, -0.916, -0.6983, 0.9417, 0.6421];

/** Isotonic map from the model's log-odds of "wrong" to the share of beads right: knots (ascending score) and values. */
export const CALIBRATION_SCORES: readonly number[] = [-7.513, -5.359, -4.923, -4.796, -4.72, -4.463, -3.899, -3.245, -2.843, -2.649, -2.535, -2.359, -2.196, -1.953, -1.754, -1.699, -1.532, -1.174, -0.991, -0.837, -0.659, -0.565, -0.165, 0.207, 0.672, 1.271, 1.312, 1.728, 3.032];
export const CALIBRATION_RIGHT: readonly number[] = [1, 0.9968, 0.996, 0.9942, 0.9894, 0.9856, 0.9839, 0.9696, 0.9495, 0.9432, 0.9362, 0.8961, 0.8889, 0.871, 0.8333, 0.8, 0.777, 0.7258, 0.7143, 0.6463, 0.6207, 0.5357, 0.4928, 0.4615, 0.4472, 0.3333, 0.25, 0.2, 0];

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
