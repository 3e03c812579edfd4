// Does a run of sentence-final punctuation end a sentence? The scanner in
// segment.ts finds the runs; this file holds the judgement: abbreviations,
// initials, date suffixes, lowercase continuation, ellipses in brackets.

import { normaliseForMatching } from '../text/normalise';
import {
  ARABIC_ABBREVIATIONS, ARABIC_ATTRIBUTION_WORDS, ARABIC_DATE_SUFFIXES, ENGLISH_BEFORE_NUMBER, ENGLISH_MAYBE_FINAL,
  ENGLISH_NEVER_FINAL, ENGLISH_SENTENCE_OPENERS,
} from './abbreviations';

export type SegmentLang = 'ar' | 'en';

/** Characters that end a sentence: . ! ? ؟ … and the Urdu full stop ۔ */
export function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f || code === 0x2026 || code === 0x6d4;
}

/** Closing quotes and brackets that stay with the sentence they close: " ” » ’ ' ) ] } › */
export function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0xbb || code === 0x2019 || code === 0x27
    || code === 0x29 || code === 0x5d || code === 0x7d || code === 0x203a;
}

function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0xbb || code === 0x2019 || code === 0x27 || code === 0x203a;
}

/** Opening quotes and brackets, stripped from the front of the word before a period. */
const OPENERS = new Set(['(', '[', '{', '"', '\'', '“', '‘', '«', '‹', '„']);

export function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c
    || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
}

function isArabicLetter(code: number): boolean {
  return (code >= 0x620 && code <= 0x64a) || (code >= 0x66e && code <= 0x6d3) || code === 0x6d5
    || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

/** The word starts (after any opening quotes or brackets) with a lower-case letter. */
function isLowercaseStart(word: string): boolean {
  let i = 0;
  while (i < word.length && OPENERS.has(word[i])) i++;
  const first = word.charAt(i);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** The abbreviation lists of one segmentation run (built once per segmentText call). */
export interface AbbreviationRules {
  neverFinal: ReadonlySet<string>;
  beforeNumber: ReadonlySet<string>;
  maybeFinal: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  arabic: ReadonlySet<string>;
  arabicDateSuffixes: ReadonlySet<string>;
  arabicAttribution: ReadonlySet<string>;
}

/** Key under which an abbreviation is looked up: without its final period, normalised (lower case, no diacritics, unified letters). */
export function abbreviationKey(word: string): string {
  return normaliseForMatching(word.replace(/\.+$/, '')).replace(/\s+/g, ' ');
}

export function buildAbbreviationRules(extra: readonly string[] = []): AbbreviationRules {
  const keys = (list: readonly string[]) => new Set(list.map(abbreviationKey));
  const neverFinal = keys([...ENGLISH_NEVER_FINAL, ...extra]);
  const arabic = keys([...ARABIC_ABBREVIATIONS, ...extra]);
  return {
    neverFinal,
    beforeNumber: keys(ENGLISH_BEFORE_NUMBER),
    maybeFinal: keys(ENGLISH_MAYBE_FINAL),
    openers: keys(ENGLISH_SENTENCE_OPENERS),
    arabic,
    arabicDateSuffixes: keys(ARABIC_DATE_SUFFIXES),
    arabicAttribution: keys(ARABIC_ATTRIBUTION_WORDS),
  };
}

/** A terminal run found by the scanner: text[runStart, runEnd) are terminals, text[runEnd, closersEnd) closers. */
export interface TerminalRun {
  runStart: number;
  runEnd: number;
  closersEnd: number;
  /** Where the current sentence began (so a list number at its start is recognised). */
  sentenceStart: number;
  /** End of the line the run is on. */
  lineEnd: number;
}

/** The word before the period: back to white space, without opening quotes or brackets. */
function wordBefore(text: string, run: TerminalRun): { word: string; start: number } {
  let start = run.runStart;
  while (start > run.sentenceStart && !isWhitespace(text.charCodeAt(start - 1))) start--;
  while (start < run.runStart && OPENERS.has(text[start])) start++;
  return { word: text.slice(start, run.runStart), start };
}

/** The next word after position `from` (up to white space), and where it starts. */
function wordAfter(text: string, from: number, lineEnd: number): { word: string; start: number } {
  let start = from;
  while (start < lineEnd && isWhitespace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < lineEnd && !isWhitespace(text.charCodeAt(end))) end++;
  return { word: text.slice(start, end), start };
}

/** "1." "iv." "a)" style list markers at the start of a line or sentence. */
const LIST_MARKER = /^(?:\d{1,3}|[\u0660-\u0669]{1,3}|[ivxlcIVXLC]{1,5}|[A-Za-z])$/;

/** Dotted acronyms and initials: U.S.A, J, K.G */
const DOTTED_OR_INITIAL = /^(?:[A-Za-z]\.)*[A-Z]$|^(?:[A-Za-z]\.)+[A-Za-z]$/;

function nextIsNewEnglishSentence(next: string, rules: AbbreviationRules): boolean {
  // A following initial ("J. K. Rowling") or abbreviation is not a sentence opener.
  if (/^[A-Za-z]\.$/.test(next)) return false;
  const bare = next.replace(/^[("“‘'\[]+/, '').replace(/[^A-Za-z'’]+$/, '');
  return bare !== '' && !isLowercaseStart(bare) && rules.openers.has(bare.toLowerCase());
}

function periodEndsEnglishSentence(text: string, run: TerminalRun, next: string, rules: AbbreviationRules): boolean {
  const { word, start } = wordBefore(text, run);
  if (word === '') return true;
  const key = abbreviationKey(word);
  if (start === run.sentenceStart && LIST_MARKER.test(word)) return false;
  if (rules.neverFinal.has(key)) return false;
  // Before the lists: "P. Diddy" is an initial, not "p." (page).
  if (DOTTED_OR_INITIAL.test(word)) return nextIsNewEnglishSentence(next, rules);
  if (rules.beforeNumber.has(key)) return !isDigit(next.charCodeAt(0)) && next.charAt(0) !== '#';
  if (rules.maybeFinal.has(key)) return nextIsNewEnglishSentence(next, rules);
  return true;
}

function precededByNumber(text: string, at: number, lineStart: number): boolean {
  let i = at;
  while (i > lineStart && isWhitespace(text.charCodeAt(i - 1))) i--;
  return i > lineStart && isDigit(text.charCodeAt(i - 1));
}

function periodEndsArabicSentence(text: string, run: TerminalRun, rules: AbbreviationRules): boolean {
  const { word, start } = wordBefore(text, run);
  if (word === '') return true;
  const key = abbreviationKey(word);
  if (start === run.sentenceStart && LIST_MARKER.test(word)) return false;
  if (rules.arabicDateSuffixes.has(key) && precededByNumber(text, start, run.sentenceStart)) return true;
  return !isArabicAbbreviation(key, rules) && !(key.startsWith('\u0648') && isArabicAbbreviation(key.slice(1), rules));
}

/** Listed, or a single Arabic letter (د. أحمد): no one-letter Arabic word stands alone. The caller also tries it without a leading و (وأ. سعيد). */
function isArabicAbbreviation(key: string, rules: AbbreviationRules): boolean {
  return rules.arabic.has(key) || rules.neverFinal.has(key) || (key.length === 1 && isArabicLetter(key.charCodeAt(0)));
}

/**
 * Arabic text sometimes omits the space after a full stop (الاجتماع.وبدأ). A
 * boundary there needs whole words on both sides, so abbreviations like
 * أ.د or ص.ب (one letter each side) and decimals (2.5) stay intact.
 */
function endsArabicSentenceWithoutSpace(text: string, run: TerminalRun): boolean {
  const after = run.closersEnd;
  const wordFollows = after + 1 < run.lineEnd
    && isArabicLetter(text.charCodeAt(after)) && isArabicLetter(text.charCodeAt(after + 1));
  const wordPrecedes = run.runStart - 2 >= run.sentenceStart
    && isArabicLetter(text.charCodeAt(run.runStart - 1)) && isArabicLetter(text.charCodeAt(run.runStart - 2));
  return wordFollows && wordPrecedes;
}

/** Does this run of terminals (with its closers) end the sentence? */
export function endsSentence(text: string, run: TerminalRun, lang: SegmentLang, rules: AbbreviationRules): boolean {
  const { runStart, runEnd, closersEnd, lineEnd } = run;
  if (closersEnd >= lineEnd) return true;
  const punctuation = text.slice(runStart, runEnd);
  // An ellipsis right after an opening bracket marks an omission: "[...]", "(…)".
  if (runStart > run.sentenceStart && '([{'.includes(text[runStart - 1])) return false;
  if (!isWhitespace(text.charCodeAt(closersEnd))) {
    return lang === 'ar' ? endsArabicSentenceWithoutSpace(text, run) : false;
  }
  const { word: next } = wordAfter(text, closersEnd, lineEnd);
  if (next === '') return true;
  // "طالبان.. بوتين": two periods are a pause in Arabic headlines, not a full stop (three are an ellipsis).
  if (punctuation === '..') return false;
  if (lang === 'en' && isLowercaseStart(next)) return false;
  if (lang === 'ar' && closersEnd > runEnd && isQuote(text.charCodeAt(closersEnd - 1))
    && rules.arabicAttribution.has(abbreviationKey(next.replace(/[.,،:]+$/, '')))) return false;
  if (punctuation !== '.' || closersEnd > runEnd) return true;
  return lang === 'en' ? periodEndsEnglishSentence(text, run, next, rules) : periodEndsArabicSentence(text, run, rules);
}
