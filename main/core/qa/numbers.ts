// The numbers check: every number written in digits on one side must appear on
// the other, in digits or in words. Both scripts' digits (٠-٩, ۰-۹), ٫ and ٬,
// % and ٪ are unified by the matching form; '6,000', '6000', '6 thousand',
// 'six thousand', '٦٬٠٠٠' and 'ستة آلاف' are all 6000, and a range '10-15'
// is its two ends. Small numbers in words are only evidence for the other side
// ('one of the', 'أحد المسؤولين' are not numbers a translation must keep);
// from 13 up, a number in words must be found too (ستة آلاف against
// 'seven thousand' is a mistake), unless it is a bare scale word ('thousands').

import { canonicalNumber } from '../align/features';
import { normaliseForMatching } from '../text/normalise';
import { NUMBER_JOINERS, numberWord } from './number-words';
import type { Finding, QaPair } from './types';
import { findingFor } from './finding';

// A number may carry a suffix: an ordinal (34th), a decade (1930s) or a money scale (£2.8bn, £125m).
const TOKEN = /\d+(?:[.,]\d+)*(?:st|nd|rd|th|s|bn|m|k)?(?![a-z])|[\u0621-\u064a]+|[a-z]+/g;
const SUFFIX = /^([\d.,]+)(st|nd|rd|th|s|bn|m|k)?$/;
const SUFFIX_SCALE: Readonly<Record<string, number>> = { bn: 1e9, m: 1e6, k: 1e3 };
// '1950-53' is 1950 to 1953.
const SHORT_RANGE = /\b(\d\d)(\d\d)([-–])(\d\d)(?!\d)/g;

export interface SideNumbers {
  /**
   * Numbers written with digits, each as the values that would answer it
   * ('3 million': 3000000 or, when the other side lost the scale word, 3).
   * Ordinals, decades and zeros are not required (the other side often
   * writes them in words: الرابعة والثلاثين, ثلاثينيات).
   */
  required: number[][];
  /** Every value the side states, digits or words, scaled or not: what may answer the other side. */
  present: Set<number>;
}

/** The numbers of a text in either language. */
export function sideNumbers(text: string): SideNumbers {
  const required: number[][] = [];
  const present = new Set<number>();
  const tokens = normaliseForMatching(text).replace(SHORT_RANGE, '$1$2$3$1$4').match(TOKEN) ?? [];
  // A group of number words (and digits) read left to right: ستة آلاف, two hundred and fifty, 3.5 million.
  let total = 0;
  let current = 0;
  let inGroup = false;
  let digitStart: number | null = null;
  let digitRequired = false;
  let hasWordCount = false;
  const close = (): void => {
    if (!inGroup) return;
    // 3.7 × 1e6 is 3700000.0000000005 in floating point: twelve significant digits are plenty.
    const value = Number((total + current).toPrecision(12));
    present.add(value);
    if (digitStart !== null && digitRequired) required.push(value === digitStart ? [value] : [value, digitStart]);
    else if (digitStart === null && hasWordCount && value >= MIN_REQUIRED_WORD_NUMBER) required.push([value]);
    hasWordCount = false;
    total = 0;
    current = 0;
    inGroup = false;
    digitStart = null;
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.charCodeAt(0) <= 0x39) {
      close();
      const [, digits, suffix] = SUFFIX.exec(token) ?? [token, token, undefined];
      const value = Number(canonicalNumber(digits));
      if (!Number.isFinite(value)) continue;
      present.add(value);
      const scale = suffix ? SUFFIX_SCALE[suffix] : undefined;
      current = scale ? Number((value * scale).toPrecision(12)) : value;
      inGroup = true;
      digitStart = value;
      digitRequired = value !== 0 && (suffix === undefined || scale !== undefined);
      continue;
    }
    const word = numberWord(token);
    if (!word) {
      // 'and' / و between two number words keeps the group open.
      if (inGroup && NUMBER_JOINERS.has(token) && tokens[k + 1] !== undefined && numberWord(tokens[k + 1])) continue;
      close();
      continue;
    }
    if (word.kind === 'alone') {
      close();
      present.add(word.value);
      continue;
    }
    if (digitStart !== null && word.kind === 'add') close();
    inGroup = true;
    if (word.kind === 'add') {
      current += word.value;
      // With the article a tens word is an ordinal (القرن العشرين, the twentieth century): not required.
      if (!DEFINITE.test(token)) hasWordCount = true;
    }
    else if (word.kind === 'hundred') current = (current === 0 ? 1 : current) * word.value;
    else {
      total += (current === 0 ? 1 : current) * word.value;
      current = 0;
    }
  }
  close();
  return { required, present };
}

const DEFINITE = /^[وبلف]?ال/;

/** Numbers in words below this are not required on the other side (one, two, ثلاثة ... are often dropped or reworded). */
const MIN_REQUIRED_WORD_NUMBER = 13;

const DISPLAY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** One finding per pair whose digit numbers are not all found on the other side. */
export function checkNumbers(pair: QaPair): Finding[] {
  if (pair.ar.length === 0 || pair.en.length === 0) return [];
  const ar = sideNumbers(pair.ar.join(' '));
  const en = sideNumbers(pair.en.join(' '));
  const missing = (required: number[][], other: Set<number>) =>
    unique(required.filter((values) => !values.some((value) => other.has(value))).map((values) => values[0]));
  const missingInEn = missing(ar.required, en.present);
  const missingInAr = missing(en.required, ar.present);
  if (missingInEn.length === 0 && missingInAr.length === 0) return [];
  const list = (values: number[]): string => values.map((value) => DISPLAY.format(value)).join(', ');
  let message: string;
  if (missingInEn.length > 0 && missingInAr.length > 0) {
    message = `numbers differ: ${list(missingInEn)} in the Arabic, ${list(missingInAr)} in the English`;
  } else if (missingInEn.length > 0) {
    message = `the Arabic has ${list(missingInEn)}, which the English does not have`;
  } else {
    message = `the English has ${list(missingInAr)}, which the Arabic does not have`;
  }
  return [findingFor(pair, 'numbers', 'error', message, `${missingInEn.join(',')}|${missingInAr.join(',')}`)];
}

function unique(values: number[]): number[] {
  return [...new Set(values)];
}
