// Inline codes (⟦g1⟧, ⟦/g1⟧, ⟦x2⟧) in the English editor are atomic tokens:
// drawn as tokens (decorations), never entered by the cursor, and never
// broken or deleted by typing. Keys are caught before Monaco acts on them:
// Backspace/Delete next to a code steps over it; deleting, cutting, typing or
// pasting over a selection that holds codes removes the text and keeps the
// codes. Anything that still changes the codes (dragging text, an input
// method) is undone at once. So an edited pair always writes back to its XLIFF.
import { monaco } from './monaco-setup';
import { codeAround, codeList, codeRanges, textOutsideCodes, touchesCode, type CodeRange } from '../text/inline-code-ranges';

const SOURCE = 'inline-codes';

export class CodeGuard {
  private readonly decorations: monaco.editor.IEditorDecorationsCollection;
  private codes = '';
  private adjusting = false;
  /** Where the cursor was last: tells which way it moved into a code. */
  private previousHead = 0;

  constructor(
    private readonly editor: monaco.editor.IStandaloneCodeEditor,
    /** Said to the user when an edit is held back ("Inline codes are kept: ..."). */
    private readonly announce: (message: string) => void,
  ) {
    this.decorations = editor.createDecorationsCollection();
    editor.onKeyDown((event) => this.onKeyDown(event));
    editor.onDidChangeCursorSelection((event) => this.keepOutOfCodes(event));
    editor.onDidChangeModelContent(() => this.checkCodes());
  }

  /** After a new text is loaded: its codes are the ones to keep. */
  reset(): void {
    const text = this.model().getValue();
    this.codes = codeList(text);
    this.decorate(text);
  }

  private model(): monaco.editor.ITextModel {
    return this.editor.getModel() as monaco.editor.ITextModel;
  }

  private decorate(text: string): void {
    const model = this.model();
    this.decorations.set(codeRanges(text).map(([start, end]) => ({
      range: monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end)),
      options: {
        inlineClassName: 'inline-code-token',
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        hoverMessage: { value: 'Inline code of the bilingual file: kept as it is' },
      },
    })));
  }

  private onKeyDown(event: monaco.IKeyboardEvent): void {
    const model = this.model();
    const text = model.getValue();
    const ranges = codeRanges(text);
    if (ranges.length === 0 || this.editor.getOption(monaco.editor.EditorOption.readOnly)) return;
    const { KeyCode } = monaco;
    const command = event.ctrlKey || event.metaKey;
    const key = event.browserEvent.key;
    const backspace = event.keyCode === KeyCode.Backspace;
    const del = event.keyCode === KeyCode.Delete;
    const cut = command && event.keyCode === KeyCode.KeyX;
    const paste = command && event.keyCode === KeyCode.KeyV;
    const typed = !command && !event.altKey && (key.length === 1 || event.keyCode === KeyCode.Enter);
    if (!backspace && !del && !cut && !paste && !typed) return;
    const selections = this.editor.getSelections() ?? [];
    const spans = selections.map((selection) => {
      const from = model.getOffsetAt(selection.getStartPosition());
      const to = model.getOffsetAt(selection.getEndPosition());
      if (from !== to || !(backspace || del)) return [from, to] as const;
      // A collapsed cursor deletes a character, or a word with Ctrl/Alt.
      const word = command || event.altKey;
      return backspace ? [word ? wordStartBefore(text, from) : from - 1, from] as const : [from, word ? wordEndAfter(text, from) : from + 1] as const;
    });
    if (!spans.some(([from, to]) => touchesCode(ranges, from, to))) return;
    // A paste goes on as usual, into the selection made free of codes first.
    if (!paste) {
      event.preventDefault();
      event.stopPropagation();
    }
    if (cut) this.editor.trigger(SOURCE, 'editor.action.clipboardCopyAction', null);
    const insert = typed ? (event.keyCode === KeyCode.Enter ? model.getEOL() : key) : '';
    const changes: Change[] = [];
    const cursors: number[] = [];
    for (const [from, to] of spans) {
      const pieces = textOutsideCodes(ranges, from, to);
      for (const [start, end] of pieces) changes.push({ start, end, text: '' });
      // Typed text goes where the selection started (after a code the selection began inside of).
      const at = codeAround(ranges, from)?.[1] ?? from;
      if (insert) changes.push({ start: at, end: at, text: insert });
      // Nothing outside codes to delete: Backspace/Delete steps over the code instead.
      cursors.push(pieces.length === 0 && !insert ? (backspace ? stepBack(ranges, to) : stepForward(ranges, from)) : at);
    }
    const after = cursors.map((offset) => offsetAfter(changes, offset));
    const selectionsAt = (offsets: number[]) => offsets.map((offset) => {
      const position = model.getPositionAt(offset);
      return new monaco.Selection(position.lineNumber, position.column, position.lineNumber, position.column);
    });
    if (changes.length > 0) {
      this.editor.pushUndoStop();
      this.editor.executeEdits(SOURCE, changes.map(({ start, end, text: inserted }) => ({ range: rangeOf(model, start, end), text: inserted })),
        () => selectionsAt(after));
      this.editor.pushUndoStop();
    } else {
      this.editor.setSelections(selectionsAt(after));
    }
    if (!paste) this.announce('Inline codes are kept: only the text around them was changed');
  }

  /** A cursor or selection end inside a code moves to the code's edge, in the direction it was moving. */
  private keepOutOfCodes(event: monaco.editor.ICursorSelectionChangedEvent): void {
    if (this.adjusting) return;
    const model = this.model();
    const ranges = codeRanges(model.getValue());
    if (ranges.length === 0) return;
    const all = [event.selection, ...event.secondarySelections];
    let moved = false;
    const snapped = all.map((selection) => {
      const head = this.snap(ranges, model.getOffsetAt(selection.getPosition()), model.getOffsetAt(selection.getSelectionStart()), 'head');
      const anchor = selection.isEmpty() ? head : this.snap(ranges, model.getOffsetAt(selection.getSelectionStart()), model.getOffsetAt(selection.getPosition()), 'anchor');
      const from = model.getPositionAt(anchor);
      const to = model.getPositionAt(head);
      if (!from.equals(selection.getSelectionStart()) || !to.equals(selection.getPosition())) moved = true;
      return new monaco.Selection(from.lineNumber, from.column, to.lineNumber, to.column);
    });
    if (!moved) return;
    this.adjusting = true;
    try {
      this.editor.setSelections(snapped);
    } finally {
      this.adjusting = false;
    }
  }

  private snap(ranges: readonly CodeRange[], offset: number, other: number, which: 'anchor' | 'head'): number {
    const code = codeAround(ranges, offset);
    let result = offset;
    if (code) {
      if (which === 'head') {
        // Moving right into a code lands after it; moving left, before it.
        result = offset >= this.previousHead ? code[1] : code[0];
      } else {
        // A selection grows to hold the code whole.
        result = other >= offset ? code[0] : code[1];
      }
    }
    if (which === 'head') this.previousHead = result;
    return result;
  }

  /** Anything that changed the codes after all is taken back at once. */
  private checkCodes(): void {
    const text = this.model().getValue();
    const codes = codeList(text);
    if (codes !== this.codes) {
      // Not from inside the change event: Monaco is still applying the edit.
      setTimeout(() => {
        if (codeList(this.model().getValue()) === this.codes) return;
        this.editor.trigger(SOURCE, 'undo', null);
        this.announce('Inline codes cannot be removed, added or broken: that change was undone');
      }, 0);
    }
    this.decorate(text);
  }
}

function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
  return monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
}

/** One edit as offsets in the text before any of them. */
interface Change {
  start: number;
  end: number;
  text: string;
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
  while (k > 0 && /[^\s]/.test(text[k - 1])) k--;
  return k;
}

/** Where Ctrl+Delete's word ends: over the word, then over spaces. */
function wordEndAfter(text: string, offset: number): number {
  let k = offset;
  while (k < text.length && /[^\s]/.test(text[k])) k++;
  while (k < text.length && /[ \t]/.test(text[k])) k++;
  return k;
}
