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
/** Margins and posterior doubts are capped here before their logarithm: beyond, the search was sure either way. */
const MARGIN_CAP = 30;

export const FEATURE_NAMES = [
  'bias', 'one-to-one', 'no counterpart', 'merge of 3', 'merge of 4+', 'log search margin', 'log local margin',
  'no local margin', '|length deviation|', 'min(|length deviation|, 1)', 'evidence', 'own evidence', 'cross evidence',
  'cross lead', 'shared number', 'furniture', 'deletions near',
  'merges near', 'seam distance', 'seam missed', 'merge: seam missed × log search margin', 'merge: log local margin',
  'first pass disagrees', 'logit of the rules', 'merge: evidence its weakest sentence lacks', 'lexical lead',
  'log posterior doubt', 'log posterior doubt at temperature 2',
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
    Math.log1p(Math.min(facts.posteriorDoubt ?? 0, MARGIN_CAP)), Math.log1p(Math.min(facts.warmPosteriorDoubt ?? 0, MARGIN_CAP)),
  ];
}

/** Weights of the logistic model of "wrong", in FEATURE_NAMES order (fitted, see above). */
export const WRONG_WEIGHTS: readonly number[] = [-3.915, -0.4688, 0.599, -0.2941, 0.1639, -0.0547, 0.0183, -0.1577, -0.1611, 0.7523, 0.5825, -1.2987, 0.232, 0.2265, -0.5121, -1.4341, 0.0297, -0.0049, 1.4346, 0.3169, -0.067, -0.0748, -1.2527, -0.5362, 0.8791, 0.4302, 3.0858, 2.7588];

/** Isotonic map from the model's log-odds of "wrong" to the share of beads right: knots (ascending score) and values. */
export const CALIBRATION_SCORES: readonly number[] = [-7.571, -5.602, -5.157, -4.788, -4.519, -4.182, -3.747, -3.477, -3.274, -2.931, -2.462, -2.273, -2.147, -1.91, -1.737, -1.511, -0.846, -0.304, -0.272, -0.029, 0.26, 0.564, 1.202, 1.79, 2.002, 2.443, 3.833];
export const CALIBRATION_RIGHT: readonly number[] = [1, 0.9984, 0.9983, 0.9968, 0.9861, 0.9848, 0.9805, 0.9731, 0.9636, 0.9402, 0.9262, 0.8824, 0.8793, 0.8443, 0.8235, 0.75, 0.6435, 0.625, 0.5556, 0.5204, 0.5, 0.4512, 0.2658, 0.1667, 0.1429, 0.0556, 0];

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
