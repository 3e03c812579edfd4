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

/** One edit as offsets in the text before any of them. */
export interface Change {
  start: number;
  end: number;
  text: string;
}

/**
 * What a key would delete or replace: the selection [from, to), or with a
 * collapsed cursor the character (a word with Ctrl/Alt) before or after it.
 */
export function deletedSpan(text: string, from: number, to: number, deletion: 'backward' | 'forward' | null, word: boolean): CodeRange {
  if (from !== to || deletion === null) return [from, to];
  if (deletion === 'backward') return [word ? wordStartBefore(text, from) : Math.max(0, from - 1), from];
  return [from, word ? wordEndAfter(text, from) : Math.min(text.length, from + 1)];
}

/**
 * The edits that do to each span what the key would (delete it, or replace
 * it with `insert`) while keeping every code whole: the text of the span
 * outside codes goes, typed text goes where the span starts (after a code the
 * span began inside of), and a span holding nothing but a code only moves the
 * cursor over it. Returns the edits and the cursors after them.
 */
export function editKeepingCodes(ranges: readonly CodeRange[], spans: readonly CodeRange[], insert: string, backward: boolean): { changes: Change[]; cursors: number[] } {
  const changes: Change[] = [];
  const cursors: number[] = [];
  for (const [from, to] of spans) {
    const pieces = textOutsideCodes(ranges, from, to);
    for (const [start, end] of pieces) changes.push({ start, end, text: '' });
    const at = codeAround(ranges, from)?.[1] ?? from;
    if (insert) changes.push({ start: at, end: at, text: insert });
    cursors.push(pieces.length === 0 && !insert ? (backward ? stepBack(ranges, to) : stepForward(ranges, from)) : at);
  }
  return { changes, cursors: cursors.map((offset) => offsetAfter(changes, offset)) };
}

/** Where an offset of the old text lands after the changes (text inserted at it goes before it). */
function offsetAfter(changes: readonly Change[], offset: number): number {
  let shift = 0;
  for (const { start, end, text } of changes) {
    if (start > offset) continue;
    if (end <= offset) shift += text.length - (end - start);
    else shift += start - offset + text.length;
  }
  return offset + shift;
}

function stepBack(ranges: readonly CodeRange[], offset: number): number {
  return ranges.find(([, end]) => end === offset)?.[0] ?? offset;
}

function stepForward(ranges: readonly CodeRange[], offset: number): number {
  return ranges.find(([start]) => start === offset)?.[1] ?? offset;
}

/** Where Ctrl+Backspace's word starts: back over spaces, then over the word. */
function wordStartBefore(text: string, offset: number): number {
  let k = offset;
  while (k > 0 && /[ \t]/.test(text[k - 1])) k--;
  while (k > 0 && /\S/.test(text[k - 1])) k--;
  return k;
}

/** Where Ctrl+Delete's word ends: over the word, then over spaces. */
function wordEndAfter(text: string, offset: number): number {
  let k = offset;
  while (k < text.length && /\S/.test(text[k])) k++;
  while (k < text.length && /[ \t]/.test(text[k])) k++;
  return k;
}
