// Where the inline codes of a bilingual file (⟦g1⟧ … ⟦/g1⟧, ⟦x2⟧:
// main/core/bilingual/inline-codes.ts) sit in an editor's text, and what an
// edit may touch so that none of them is broken or lost: the editor's code
// guard (renderer/editors/code-guard.ts) asks these before it lets an edit through.

/** One whole placeholder token (a code never spans white space, so never two lines). */
const PLACEHOLDER = /⟦\/?[^⟦⟧\s]+⟧/g;

/** [start, end) offsets of each placeholder in text, in order. */
export type CodeRange = readonly [number, number];

export function codeRanges(text: string): CodeRange[] {
  if (!text.includes('⟦')) return [];
  return Array.from(text.matchAll(PLACEHOLDER), (match) => [match.index, match.index + match[0].length] as const);
}

/** The code an offset lies strictly inside (a cursor there would split it), if any. */
export function codeAround(ranges: readonly CodeRange[], offset: number): CodeRange | undefined {
  return ranges.find(([start, end]) => start < offset && offset < end);
}

/** Whether [from, to) touches any code (a collapsed range touches none). */
export function touchesCode(ranges: readonly CodeRange[], from: number, to: number): boolean {
  return ranges.some(([start, end]) => start < to && from < end);
}

/**
 * The parts of [from, to) outside every code: deleting these instead of the
 * whole range removes the text and keeps the codes, each whole, in order.
 */
export function textOutsideCodes(ranges: readonly CodeRange[], from: number, to: number): CodeRange[] {
  const pieces: CodeRange[] = [];
  let cursor = from;
  for (const [start, end] of ranges) {
    if (end <= cursor || start >= to) continue;
    if (start > cursor) pieces.push([cursor, start]);
    cursor = Math.max(cursor, end);
  }
  if (cursor < to) pieces.push([cursor, to]);
  return pieces;
}

/** The codes of a text as a sorted list, to compare before and after an edit (the same codes, however often each). */
export function codeList(text: string): string {
  return (text.match(PLACEHOLDER) ?? []).sort().join('\u0000');
}
