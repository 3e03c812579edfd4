// Confidence and plain-English reasons for one bead: the same judgement for
// beads the aligner made (with the search's margin) and for beads the user
// edited by hand (without one).

import { CALIBRATION_RIGHT, CALIBRATION_SCORES, calibrated, confidenceFeatures, WRONG_WEIGHTS, wrongScore } from './confidence-model';
import { lengthDeviation } from './model';

export interface BeadFacts {
  arCount: number;
  enCount: number;
  /** Lengths in characters of the matching form. */
  arLength: number;
  enLength: number;
  /** Multi-digit numbers of each side (canonical form, e.g. '6000', '2.5'). */
  arNumbers: readonly string[];
  enNumbers: readonly string[];
  /** Lexical evidence the scorer found (numbers, names, quotes, dictionary); 0 when none. */
  evidence: number;
  /** Highest page-furniture likelihood among the bead's sentences (0..1). */
  furniture: number;
  /** How much worse the best alternative last bead scored at the bead's end (absent for hand-made beads). */
  margin?: number;
  /** Strongest evidence between a sentence of the bead and a neighbouring sentence of the other side (absent for hand-made beads). */
  crossEvidence?: number;
  /** Strongest evidence between an Arabic and an English sentence of the bead. */
  ownEvidence?: number;
  /** The two margins apart and the neighbouring beads' shapes (confidence-context.ts; absent for hand-made beads). */
  searchMargin?: number;
  localMargin?: number;
  deletionsNear?: number;
  mergesNear?: number;
  seamFit?: number;
  firstPassAgrees?: number;
  /** A merge: evidence of its least supported sentence with the other side (confidence-context.ts weakestMember). */
  weakestMember?: number;
  /** How much better a neighbouring sentence explains the bead's words than its own (lexical-lead.ts; absent for hand-made beads). */
  lexicalLead?: number;
  /** −log of the bead's posterior probability over all paths of the band, costs at temperature 1 and 2 (bead-posterior.ts; absent for hand-made beads). */
  posteriorDoubt?: number;
  warmPosteriorDoubt?: number;
}

/** Below this margin the search hesitated between this bead and another. */
const CLOSE_CALL_MARGIN = 0.7;
/** |δ| beyond which the length ratio is reported as unusual. */
const UNUSUAL_LENGTH_DEVIATION = 2.5;
/** A neighbouring sentence outside the bead beats the bead's own best pair by this much evidence (a name, or a number): a shifted run. */
const CROSS_EVIDENCE_LEAD = 0.8;
/** A sentence left alone with a clear margin (no other arrangement of its neighbourhood comes close) is likely right: 1 − this × e^(−margin/2). */
const DELETION_DOUBT = 0.7;
/** Margin (cost units) over which doubt falls by a factor e. */
const MARGIN_SCALE = 2;
/** Confidence of a bead without a margin, before lengths and anchors are weighed. */
const HAND_MADE_BASE = 0.8;

function numbersOnlyIn(these: readonly string[], those: readonly string[]): string[] {
  // Most beads have no number: no sets made for them (every bead of a book is judged).
  if (these.length === 0) return [];
  const other = new Set(those);
  return [...new Set(these.filter((x) => !other.has(x)))];
}

/** The fitted model's constants (confidence-model.ts); confidence-fit.ts judges with the ones it has just fitted. */
export interface FittedModel {
  weights: readonly number[];
  scores: readonly number[];
  right: readonly number[];
}
const FITTED: FittedModel = { weights: WRONG_WEIGHTS, scores: CALIBRATION_SCORES, right: CALIBRATION_RIGHT };

/**
 * A bead the aligner made (with both margins) gets the fitted confidence
 * (confidence-model.ts) over the rules' judgement and the evidence around it;
 * a bead made by hand keeps the rules' judgement. The reasons are the rules'.
 */
export function judgeBead(
  facts: BeadFacts,
  model: { ratio: number; variance: number },
  fitted: FittedModel = FITTED,
): { confidence: number; reasons: string[] } {
  const judged = judgeByRules(facts, model);
  if (facts.searchMargin === undefined || fitted.weights.length === 0) return judged;
  // Numbers on one side only lower the shown confidence outside the model: the
  // training cuts have almost no mistranslated numbers, so a fitted weight would
  // learn to trust such a bead, and the reviewer must see it first.
  const withoutNumbers = facts.arNumbers.length + facts.enNumbers.length === 0 ? judged : judgeByRules(facts, model, false);
  const score = wrongScore(confidenceFeatures(facts, model, withoutNumbers.confidence), fitted.weights);
  return { confidence: clamp01(calibrated(score, fitted.scores, fitted.right) * SHOWN_NUMBER_FACTOR ** unmatchedNumbers(facts)), reasons: judged.reasons };
}

/** The hand-set judgement: a margin-based certainty lowered by unusual lengths, unmatched numbers, shifted anchors and merges. */
export function judgeByRules(
  facts: BeadFacts,
  model: { ratio: number; variance: number },
  weighingNumbers = true,
): { confidence: number; reasons: string[] } {
  const reasons: string[] = [];
  const margin = facts.margin;
  const certainty = margin === undefined ? HAND_MADE_BASE : 1 - 0.5 * Math.exp(-margin / MARGIN_SCALE);
  if (facts.arCount === 0 || facts.enCount === 0) {
    reasons.push('no counterpart found');
    // Page furniture without counterpart is expected; a real sentence without one deserves a look.
    const confidence = Math.max(0.3 + 0.6 * facts.furniture + 0.1 * certainty, margin === undefined ? 0 : 1 - DELETION_DOUBT * Math.exp(-margin / 2));
    return { confidence: clamp01(confidence), reasons };
  }
  let confidence = certainty;
  const delta = lengthDeviation(facts.arLength, facts.enLength, model);
  const lengthFit = Math.exp(-((Math.max(0, Math.abs(delta) - 1)) ** 2) / 4);
  confidence *= 0.4 + 0.6 * lengthFit;
  if (Math.abs(delta) > UNUSUAL_LENGTH_DEVIATION && facts.arLength > 0) {
    const times = facts.enLength / (model.ratio * facts.arLength);
    reasons.push(`length ratio unusual (${times.toFixed(1)}x expected)`);
  }

  if (weighingNumbers && (facts.arNumbers.length > 0 || facts.enNumbers.length > 0)) confidence = weighNumbers(facts, confidence, reasons);
  if (facts.evidence >= 1.5) confidence = 1 - (1 - confidence) * 0.7;

  const cross = facts.crossEvidence ?? 0;
  if (cross >= (facts.ownEvidence ?? 0) + CROSS_EVIDENCE_LEAD) {
    reasons.push('a neighbouring sentence shares more numbers or names with it');
    confidence *= 0.5;
  }

  if (facts.arCount >= 2 && facts.enCount >= 2) {
    reasons.push(`merged ${facts.arCount} Arabic and ${facts.enCount} English sentences`);
    confidence *= 0.85;
  } else if (facts.arCount >= 3) {
    reasons.push(`merged ${facts.arCount} Arabic sentences`);
  } else if (facts.enCount >= 3) {
    reasons.push(`merged ${facts.enCount} English sentences`);
  }
  if (facts.furniture >= 0.6 && facts.arCount + facts.enCount > 2) {
    reasons.push('contains a line that looks like page furniture (caption, link or heading)');
    confidence *= 0.7;
  }
  if (margin !== undefined && margin < CLOSE_CALL_MARGIN) reasons.push('another alignment scores almost as well here');
  return { confidence: clamp01(confidence), reasons };
}

/** After the fitted model, each number on one side only (up to two) still multiplies the confidence by this: enough to put the bead below every sure one. */
const SHOWN_NUMBER_FACTOR = 0.85;
/** Each number found on one side only (up to two) multiplies the rules' confidence by this. */
const UNMATCHED_NUMBER_FACTOR = 0.6;

function unmatchedNumbers(facts: BeadFacts): number {
  return Math.min(2, numbersOnlyIn(facts.arNumbers, facts.enNumbers).length + numbersOnlyIn(facts.enNumbers, facts.arNumbers).length);
}

/** Numbers found on one side only lower the confidence (and say so); a shared one raises it. */
function weighNumbers(facts: BeadFacts, confidence: number, reasons: string[]): number {
  const arOnly = numbersOnlyIn(facts.arNumbers, facts.enNumbers);
  const enOnly = numbersOnlyIn(facts.enNumbers, facts.arNumbers);
  const shared = facts.arNumbers.some((x) => facts.enNumbers.includes(x));
  if (arOnly.length > 0 && enOnly.length > 0) {
    reasons.push(`numbers differ: ${arOnly.join(', ')} vs ${enOnly.join(', ')}`);
  } else if (arOnly.length > 0) {
    reasons.push(`number${arOnly.length > 1 ? 's' : ''} only in the Arabic: ${arOnly.join(', ')}`);
  } else if (enOnly.length > 0) {
    reasons.push(`number${enOnly.length > 1 ? 's' : ''} only in the English: ${enOnly.join(', ')}`);
  }
  const unmatched = unmatchedNumbers(facts);
  if (unmatched > 0) return confidence * UNMATCHED_NUMBER_FACTOR ** unmatched;
  return shared ? 1 - (1 - confidence) * 0.5 : confidence;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Highest confidence a bead may show when the pair scores just below the match threshold. */
const UNMATCHED_CEILING = 0.6;
export const NOT_TRANSLATIONS_REASON = 'the two texts do not look like translations of each other';

/**
 * The document's match score bounds its beads' confidence: when the texts do
 * not look like translations (score below the threshold), no pair is shown as
 * trustworthy. The ceiling falls from UNMATCHED_CEILING just below the
 * threshold to 0 at score 0; beads above it are lowered and say why.
 */
export function boundByMatch(
  judged: { confidence: number; reasons: string[] },
  matchScore: number,
  threshold: number,
): { confidence: number; reasons: string[] } {
  if (matchScore >= threshold) return judged;
  const ceiling = UNMATCHED_CEILING * Math.max(0, matchScore) / threshold;
  if (judged.confidence <= ceiling) return judged;
  return { confidence: ceiling, reasons: [...judged.reasons, NOT_TRANSLATIONS_REASON] };
}
