// Where Split acts: the place the user pointed at last. Typing in an editor,
// that is its cursor; otherwise a sentence clicked in the grid (the pair splits
// before it, or after it when it is the first), else the cursor the editor
// used last still has. That last cursor at the very start or end of its side
// (where it rests until the user places it) points at nothing: from the list,
// Split then asks where to split instead of cutting the pair at its edge.
//
// A side with a single sentence has no sentence boundary to split at: there the
// word clicked in the grid is where that sentence is cut (as the caret in the
// editor cuts it), the way InterText splits a segment's text at the caret. A
// split that would leave a pair of only Arabic next to a pair of only English
// (a 1-1 cut into 1-0 and 0-1) is never made: no reviewer asks for it.
import type { Bead, EditRequest, Lang } from '../../main/ipc/contract';
import type { SentenceCursor } from '../editors/side-editor';
import type { SentenceFocus } from '../state/project-store';

export function splitPoint(
  bead: Bead,
  editorFocused: boolean,
  clicked: SentenceFocus | null,
  lastEditorSide: Lang | null,
  editorCursor: (side: Lang) => SentenceCursor | null,
): { side: Lang; cursor: SentenceCursor | null } {
  if (!editorFocused && clicked && clicked.beadId === bead.id && clicked.index < bead[clicked.side].length) {
    const text = bead[clicked.side][clicked.index].text;
    const lineLength = text.length;
    if (bead[clicked.side].length === 1 && clicked.word !== undefined) {
      // The only sentence of its side: cut it before the word pointed at.
      return { side: clicked.side, cursor: { line: 0, offset: wordStart(text, clicked.word), lineLength } };
    }
    // At the start of the clicked sentence, so that it begins the second pair;
    // the first sentence cannot begin it, so the pair splits after that one.
    const offset = clicked.index === 0 ? lineLength : 0;
    return { side: clicked.side, cursor: { line: clicked.index, offset, lineLength } };
  }
  const side = lastEditorSide ?? 'en';
  const cursor = editorCursor(side);
  if (!editorFocused && cursor && atEdgeOfSide(cursor, bead[side].length)) return { side, cursor: null };
  return { side, cursor };
}

/** Where word `word` (counted from 0, words separated by white space) begins in text; the last word's start past the end. */
export function wordStart(text: string, word: number): number {
  let start = 0;
  let seen = 0;
  for (const match of text.matchAll(/\S+/g)) {
    start = match.index;
    if (seen++ === word) break;
  }
  return start;
}

function atEdgeOfSide(cursor: SentenceCursor, count: number): boolean {
  return (cursor.line === 0 && cursor.offset === 0) || (cursor.line >= count - 1 && cursor.offset >= cursor.lineLength);
}

/** What Split does at a point: ask where (nothing pointed at), refuse with the reason, or this edit. */
export type SplitPlan =
  | { kind: 'ask'; message: string }
  | { kind: 'refuse'; reason: string }
  | { kind: 'edit'; request: EditRequest };

export const ASK_WHERE_TO_SPLIT = 'Click the sentence that should start the second pair (in a single sentence, the word), or put the cursor in an editor where to split';
const POINT_AT_A_WORD = 'Point at the word that should begin the second part of the sentence: splitting here would leave one pair without Arabic and the other without English';

/**
 * The edit Split makes at a point. On a line boundary the pair splits there;
 * inside a sentence, the sentence and the pair split at the cursor in one step
 * (one undo). The other side is divided in the same proportion.
 */
export function planSplit(bead: Bead, point: { side: Lang; cursor: SentenceCursor | null }): SplitPlan {
  const { side, cursor } = point;
  const count = bead[side].length;
  if (!cursor || count === 0) return { kind: 'ask', message: ASK_WHERE_TO_SPLIT };
  const other: Lang = side === 'en' ? 'ar' : 'en';
  const otherCount = bead[other].length;
  if (cursor.offset > 0 && cursor.offset < cursor.lineLength) {
    // The sentence becomes two, the first ending its pair: line + 1 of count + 1 sentences.
    const otherIndex = Math.round(((cursor.line + 1) / (count + 1)) * otherCount);
    return { kind: 'edit', request: { kind: 'split-inside-sentence', beadId: bead.id, side, sentenceIndex: cursor.line, offset: cursor.offset, otherIndex } };
  }
  const splitIndex = cursor.offset === 0 ? cursor.line : cursor.line + 1;
  if ((splitIndex <= 0 || splitIndex >= count) && count + otherCount < 2) return { kind: 'refuse', reason: 'Nothing to split' };
  let otherIndex = Math.round((splitIndex / count) * otherCount);
  // Never leave both new pairs without a sentence on a side that had some.
  if (splitIndex === 0 && otherIndex === 0) otherIndex = Math.min(1, otherCount);
  if (splitIndex === count && otherIndex === otherCount) otherIndex = Math.max(0, otherCount - 1);
  if ((splitIndex === 0 && otherIndex === 0) || (splitIndex === count && otherIndex === otherCount)) {
    return { kind: 'refuse', reason: 'Put the cursor between two sentences or inside one to split' };
  }
  // One side wholly in the first pair and the other wholly in the second: a 1-0 next to a 0-1.
  const firstHasOnlyThisSide = splitIndex === count && otherIndex === 0;
  const firstHasOnlyOtherSide = splitIndex === 0 && otherIndex === otherCount;
  if (otherCount > 0 && (firstHasOnlyThisSide || firstHasOnlyOtherSide)) return { kind: 'refuse', reason: POINT_AT_A_WORD };
  const request: EditRequest = side === 'en'
    ? { kind: 'split-pair', beadId: bead.id, arIndex: otherIndex, enIndex: splitIndex }
    : { kind: 'split-pair', beadId: bead.id, arIndex: splitIndex, enIndex: otherIndex };
  return { kind: 'edit', request };
}
