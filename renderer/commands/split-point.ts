// Where Split acts: the place the user pointed at last. Typing in an editor,
// that is its cursor; otherwise a sentence clicked in the grid (the pair splits
// before it, or after it when it is the first), else the cursor the editor
// used last still has.
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
  return { side, cursor: editorCursor(side) };
}
