// Helpers shared by the line-based formats (TSV, Moses), where a line break or
// a tab inside a sentence would break the file's structure.

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
