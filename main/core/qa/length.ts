// The empty-side and length checks. A pair whose English is far longer or
// shorter than this document's own English/Arabic length ratio predicts
// (the aligner's Gale-Church model, estimated for this pair of texts) has
// probably lost or gained a clause: an omission or an addition.

import { lengthDeviation } from '../align/model';
import { normaliseCollapsingSpace } from '../text/normalise';
import { findingFor } from './finding';
import type { Finding, QaPair } from './types';

export interface LengthModel {
  ratio: number;
  variance: number;
}

/**
 * A pair is flagged when it is this many standard deviations of the length
 * model off and its English is also off by this factor from the document's
 * ratio. Measured on the dev gold pairs (README, bench): 3 false findings in
 * 849 clean pairs, 90% of planted omissions and additions found.
 */
export const LENGTH_DEVIATION_LIMIT = 2.5;
export const LENGTH_FACTOR_LIMIT = 1.5;
/** Short pairs vary too much to judge ('Yes.' / 'نعم، بالتأكيد.'): both sides must be at least this long together. */
const MIN_TOTAL_LENGTH = 60;

export function checkEmpty(pair: QaPair): Finding[] {
  const findings: Finding[] = [];
  for (const [side, name, other] of [['ar', 'Arabic', 'English'], ['en', 'English', 'Arabic']] as const) {
    const sentences = pair[side];
    sentences.forEach((sentence, index) => {
      if (sentence.trim() === '') {
        findings.push(findingFor(pair, 'empty', 'error', `the ${name} side has an empty sentence`, `${side}-blank:${index}`, {
          range: { side, sentence: index, start: 0, end: sentence.length },
        }));
      }
    });
    const otherSentences = pair[side === 'ar' ? 'en' : 'ar'];
    if (sentences.length === 0 && otherSentences.some((sentence) => sentence.trim() !== '')) {
      findings.push(findingFor(pair, 'empty', 'info', `the ${name} side is empty: this ${other} has no counterpart`, `${side}-missing`));
    }
  }
  return findings;
}

export function checkLength(pair: QaPair, model: LengthModel): Finding[] {
  if (pair.ar.length === 0 || pair.en.length === 0) return [];
  const arLength = normaliseCollapsingSpace(pair.ar.join(' ')).trim().length;
  const enLength = normaliseCollapsingSpace(pair.en.join(' ')).trim().length;
  if (arLength === 0 || enLength === 0 || arLength + enLength < MIN_TOTAL_LENGTH) return [];
  const deviation = lengthDeviation(arLength, enLength, model);
  const expected = Math.round(model.ratio * arLength);
  const factor = enLength / Math.max(1, expected);
  if (Math.abs(deviation) < LENGTH_DEVIATION_LIMIT || (factor < LENGTH_FACTOR_LIMIT && factor > 1 / LENGTH_FACTOR_LIMIT)) return [];
  const omission = deviation < 0;
  const message = omission
    ? `possible omission: the English has ${enLength} characters where this document's ratio expects about ${expected}`
    : `possible addition: the English has ${enLength} characters where this document's ratio expects about ${expected}`;
  return [findingFor(pair, 'length', 'warning', message, omission ? 'omission' : 'addition')];
}
