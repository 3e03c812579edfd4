// Sentence segmentation for Arabic and English: a single left-to-right scan.
// Blank lines separate paragraphs, every line break ends a segment (so
// headlines and captions without final punctuation stand alone), and inside a
// line a run of . ! ? ؟ … ۔ (with its closing quotes and brackets) ends a
// sentence when boundary.ts says so. ، and ؛ are never boundaries. Each
// segment keeps its exact character range in the source text.

import { AbbreviationRules, buildAbbreviationRules, endsSentence, isCloser, isTerminal, isWhitespace, SegmentLang } from './boundary';

export type { SegmentLang } from './boundary';

export interface Segment {
  /** Exactly text.slice(start, end) of the source: trimmed of surrounding white space, never normalised. */
  text: string;
  start: number;
  end: number;
  /** Index of the blank-line-separated paragraph the segment is in (0 for the first). */
  paragraph: number;
}

export interface SegmentOptions {
  /** The user's own abbreviations (e.g. "approx." or "ت."): a period after them never ends a sentence. */
  extraAbbreviations?: string[];
}

class SegmentCollector {
  readonly segments: Segment[] = [];
  constructor(private readonly text: string) {}

  /** Adds text[start, end) trimmed of white space, unless nothing is left. */
  add(start: number, end: number, paragraph: number): void {
    const text = this.text;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (start < end) this.segments.push({ text: text.slice(start, end), start, end, paragraph });
  }
}

function skipWhitespace(text: string, from: number, end: number): number {
  while (from < end && isWhitespace(text.charCodeAt(from))) from++;
  return from;
}

/** The units isTerminal accepts (each one UTF-16 unit). */
const TERMINAL = /[.!?\u061f\u2026\u06d4]/g;

/**
 * Where the next terminal is, found by the regex engine's scan rather than
 * unit by unit (a book is tens of millions of units, most sentences have one
 * terminal), and remembered: lines without one cost nothing more.
 */
class TerminalFinder {
  private found = -1;
  constructor(private readonly text: string) {}

  /** The first terminal at or after `from` (text.length: none). */
  next(from: number): number {
    if (this.found < from) {
      TERMINAL.lastIndex = from;
      // test() sets lastIndex just after the (one-unit) match, without making a match array.
      this.found = TERMINAL.test(this.text) ? TERMINAL.lastIndex - 1 : this.text.length;
    }
    return this.found;
  }
}

/** Splits one line text[lineStart, lineEnd) into sentences. */
function segmentLine(
  text: string, lineStart: number, lineEnd: number, paragraph: number,
  lang: SegmentLang, rules: AbbreviationRules, out: SegmentCollector, terminals: TerminalFinder,
): void {
  let sentenceStart = skipWhitespace(text, lineStart, lineEnd);
  let i = sentenceStart;
  while (i < lineEnd) {
    i = terminals.next(i);
    if (i >= lineEnd) break;
    let runEnd = i + 1;
    while (runEnd < lineEnd && isTerminal(text.charCodeAt(runEnd))) runEnd++;
    let closersEnd = runEnd;
    while (closersEnd < lineEnd && isCloser(text.charCodeAt(closersEnd))) closersEnd++;
    if (endsSentence(text, { runStart: i, runEnd, closersEnd, sentenceStart, lineEnd }, lang, rules)) {
      out.add(sentenceStart, closersEnd, paragraph);
      sentenceStart = skipWhitespace(text, closersEnd, lineEnd);
      i = sentenceStart;
    } else {
      i = runEnd;
    }
  }
  out.add(sentenceStart, lineEnd, paragraph);
}

function indexOrEnd(text: string, unit: string, from: number): number {
  const at = text.indexOf(unit, from);
  return at < 0 ? text.length : at;
}

/**
 * Calls visit for every line holding text, with the number of its
 * blank-line-separated paragraph. Line ends may be \r\n, \r or \n; a line
 * holding only white space is a paragraph break. The one place paragraphs are
 * numbered, for segmentText and paragraphStarts alike.
 */
function forEachTextLine(text: string, visit: (lineStart: number, lineEnd: number, paragraph: number) => void): void {
  let paragraph = 0;
  let paragraphHasText = false;
  let lineStart = 0;
  // The next \n and \r at or after lineStart (text.length: none), found by the
  // engine's indexOf rather than unit by unit: a book is tens of millions of units.
  let nextNewline = -1;
  let nextReturn = -1;
  while (lineStart <= text.length) {
    if (nextNewline < lineStart) nextNewline = indexOrEnd(text, '\n', lineStart);
    if (nextReturn < lineStart) nextReturn = indexOrEnd(text, '\r', lineStart);
    const lineEnd = Math.min(nextNewline, nextReturn);
    if (skipWhitespace(text, lineStart, lineEnd) === lineEnd) {
      if (paragraphHasText) { paragraph++; paragraphHasText = false; }
    } else {
      visit(lineStart, lineEnd, paragraph);
      paragraphHasText = true;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
}

/** Splits a source text into sentences. */
export function segmentText(text: string, lang: SegmentLang, options: SegmentOptions = {}): Segment[] {
  const rules = buildAbbreviationRules(options.extraAbbreviations);
  const out = new SegmentCollector(text);
  const terminals = new TerminalFinder(text);
  forEachTextLine(text, (lineStart, lineEnd, paragraph) => segmentLine(text, lineStart, lineEnd, paragraph, lang, rules, out, terminals));
  return out.segments;
}

/**
 * Where each paragraph of a source text starts (index = the paragraph number
 * segmentText gives): the paragraph of a sentence at offset x is the last
 * paragraph starting at or before x.
 */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  forEachTextLine(text, (lineStart, _lineEnd, paragraph) => {
    if (starts.length === paragraph) starts.push(lineStart);
  });
  return starts;
}
