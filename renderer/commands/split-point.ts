// Where Split acts: the place the user pointed at last. Typing in an editor,
// that is its cursor; otherwise a sentence clicked in the grid (the pair splits
// before it, or after it when it is the first), else the cursor the editor
// used last still has. That last cursor at the very start or end of its side
// (where it rests until the user places it) points at nothing: from the list,
// Split then asks where to split instead of cutting the pair at its edge.
import type { Bead, Lang } from '../../main/ipc/contract';
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
    const lineLength = bead[clicked.side][clicked.index].text.length;
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

function atEdgeOfSide(cursor: SentenceCursor, count: number): boolean {
  return (cursor.line === 0 && cursor.offset === 0) || (cursor.line >= count - 1 && cursor.offset >= cursor.lineLength);
}
