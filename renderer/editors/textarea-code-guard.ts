// Inline codes (⟦g1⟧, ⟦x2⟧) in the Arabic text area kept whole, as code-guard.ts
// keeps them in the English editor: an input that would delete or type into a
// code (beforeinput, before the browser applies it) is replaced by edits that
// change only the text around the codes. The edits go through execCommand so
// the text area's own undo still takes them back.
import { codeRanges, deletedSpan, editKeepingCodes, touchesCode } from '../text/inline-code-ranges';

const DELETIONS: Record<string, { deletion: 'backward' | 'forward'; word: boolean }> = {
  deleteContentBackward: { deletion: 'backward', word: false },
  deleteContentForward: { deletion: 'forward', word: false },
  deleteWordBackward: { deletion: 'backward', word: true },
  deleteWordForward: { deletion: 'forward', word: true },
};

export function guardCodes(area: HTMLTextAreaElement, say: (message: string) => void): void {
  area.addEventListener('beforeinput', (event) => {
    const text = area.value;
    const ranges = codeRanges(text);
    if (ranges.length === 0 || area.readOnly) return;
    const deleting = DELETIONS[event.inputType];
    const typed = event.inputType === 'insertText' || event.inputType === 'insertLineBreak' || event.inputType === 'insertFromPaste'
      || event.inputType === 'insertReplacementText';
    const removing = event.inputType === 'deleteByCut' || event.inputType === 'deleteByDrag' || event.inputType === 'insertFromDrop';
    if (!deleting && !typed && !removing) return;
    const span = deletedSpan(text, area.selectionStart, area.selectionEnd, deleting?.deletion ?? null, deleting?.word ?? false);
    if (!touchesCode(ranges, span[0], span[1])) return;
    event.preventDefault();
    // Dragging text that holds a code would move the code: not done.
    if (event.inputType === 'deleteByDrag' || event.inputType === 'insertFromDrop') {
      say('Inline codes cannot be moved by dragging');
      return;
    }
    if (event.inputType === 'deleteByCut') void navigator.clipboard?.writeText(text.slice(span[0], span[1])).catch(() => undefined);
    const insert = event.inputType === 'insertLineBreak' ? '\n' : (event.data ?? event.dataTransfer?.getData('text/plain') ?? '');
    const { changes, cursors } = editKeepingCodes(ranges, [span], typed ? insert : '', deleting?.deletion === 'backward');
    // From the end backwards, so the offsets of the edits still to make stay right.
    for (const change of [...changes].sort((a, b) => b.start - a.start || b.end - a.end)) {
      area.setSelectionRange(change.start, change.end);
      if (change.text) document.execCommand('insertText', false, change.text);
      else document.execCommand('delete');
    }
    area.setSelectionRange(cursors[0], cursors[0]);
    say('Inline codes are kept: only the text around them was changed');
  });
}
