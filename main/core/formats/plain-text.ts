// Helpers shared by the line-based formats (TSV, Moses), where a line break or
// a tab inside a sentence would break the file's structure, and the one way
// every format makes its lines into a file's pieces.

import { inPieces, replayable } from '../text/pieces';

/**
 * Characters that end a line or a field for common readers: tab, LF, CR,
 * vertical tab, form feed, NEL and the Unicode line/paragraph separators
 * (Python's str.splitlines() breaks at all of them). Each run becomes one space.
 * Only TSV and Moses do this; every other format keeps the text exactly.
 */
const LINE_OR_FIELD_BREAKS = /[\t\n\r\u000B\u000C\u0085\u2028\u2029]+/g;

export function onOneLine(text: string): string {
  return text.replace(LINE_OR_FIELD_BREAKS, ' ');
}

/** The confidence as written in text formats: three decimals, enough to sort by and short to read. */
export function formatConfidence(confidence: number): string {
  return confidence.toFixed(3);
}

/** Lines with a final line end ('' for no lines, so an empty export is an empty file). */
export function joinLines(lines: string[], lineEnd: string): string {
  return lines.map((line) => line + lineEnd).join('');
}

/** Lines written before and after the items' lines (a header row, an XML prolog and its closing tags). */
export interface LineFrame {
  head?: readonly string[];
  tail?: readonly string[];
}

/**
 * An export file in pieces: the head lines, one line per item (made as the
 * pieces are, so never all at once), the tail lines, each followed by lineEnd;
 * what joinLines gives for all those lines (no pieces for no lines). Each
 * reading makes the lines again, so items must be readable more than once (an array).
 */
export function linesInPieces<T>(items: Iterable<T>, line: (item: T) => string, lineEnd: string, frame: LineFrame = {}): Iterable<string> {
  return replayable(() => inPieces(framedLines(items, line, lineEnd, frame)));
}

function* framedLines<T>(items: Iterable<T>, line: (item: T) => string, lineEnd: string, frame: LineFrame): Generator<string> {
  for (const head of frame.head ?? []) yield head + lineEnd;
  for (const item of items) yield line(item) + lineEnd;
  for (const tail of frame.tail ?? []) yield tail + lineEnd;
}
