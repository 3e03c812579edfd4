// Inline codes (⟦g1⟧, ⟦/g1⟧, ⟦x2⟧) in the English editor are atomic tokens:
// drawn as tokens (decorations), never entered by the cursor, and never
// broken or deleted by typing. Keys are caught before Monaco acts on them:
// Backspace/Delete next to a code steps over it; deleting, cutting, typing or
// pasting over a selection that holds codes removes the text and keeps the
// codes. Anything that still changes the codes (dragging text, an input
// method) is undone at once. So an edited pair always writes back to its XLIFF.
import type { monaco as Monaco } from './monaco-setup';
import { codeAround, codeList, codeRanges, deletedSpan, editKeepingCodes, touchesCode, type CodeRange } from '../text/inline-code-ranges';

const SOURCE = 'inline-codes';

export class CodeGuard {
  private readonly decorations: Monaco.editor.IEditorDecorationsCollection;
  private codes = '';
  private adjusting = false;
  /** Where the cursor was last: tells which way it moved into a code. */
  private previousHead = 0;

  constructor(
    /** Monaco itself, loaded lazily by monaco-loader.ts (a value import here would pull it into the first chunk). */
    private readonly monaco: typeof Monaco,
    private readonly editor: Monaco.editor.IStandaloneCodeEditor,
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

  private model(): Monaco.editor.ITextModel {
    return this.editor.getModel() as Monaco.editor.ITextModel;
  }

  private decorate(text: string): void {
    const model = this.model();
    this.decorations.set(codeRanges(text).map(([start, end]) => ({
      range: this.monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end)),
      options: {
        inlineClassName: 'inline-code-token',
        stickiness: this.monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        hoverMessage: { value: 'Inline code of the bilingual file: kept as it is' },
      },
    })));
  }

  private onKeyDown(event: Monaco.IKeyboardEvent): void {
    const model = this.model();
    const text = model.getValue();
    const ranges = codeRanges(text);
    if (ranges.length === 0 || this.editor.getOption(this.monaco.editor.EditorOption.readOnly)) return;
    const { KeyCode } = this.monaco;
    const command = event.ctrlKey || event.metaKey;
    const key = event.browserEvent.key;
    const backspace = event.keyCode === KeyCode.Backspace;
    const del = event.keyCode === KeyCode.Delete;
    const cut = command && event.keyCode === KeyCode.KeyX;
    const paste = command && event.keyCode === KeyCode.KeyV;
    const typed = !command && !event.altKey && (key.length === 1 || event.keyCode === KeyCode.Enter);
    if (!backspace && !del && !cut && !paste && !typed) return;
    const selections = this.editor.getSelections() ?? [];
    const deletion = backspace ? 'backward' : del ? 'forward' : null;
    const spans = selections.map((selection) => deletedSpan(text,
      model.getOffsetAt(selection.getStartPosition()), model.getOffsetAt(selection.getEndPosition()), deletion, command || event.altKey));
    if (!spans.some(([from, to]) => touchesCode(ranges, from, to))) return;
    // A paste goes on as usual, into the selection made free of codes first.
    if (!paste) {
      event.preventDefault();
      event.stopPropagation();
    }
    if (cut) this.editor.trigger(SOURCE, 'editor.action.clipboardCopyAction', null);
    const insert = typed ? (event.keyCode === KeyCode.Enter ? model.getEOL() : key) : '';
    const { changes, cursors: after } = editKeepingCodes(ranges, spans, insert, backspace);
    const selectionsAt = (offsets: number[]) => offsets.map((offset) => {
      const position = model.getPositionAt(offset);
      return new this.monaco.Selection(position.lineNumber, position.column, position.lineNumber, position.column);
    });
    if (changes.length > 0) {
      this.editor.pushUndoStop();
      this.editor.executeEdits(SOURCE, changes.map(({ start, end, text: inserted }) => ({ range: rangeOf(this.monaco, model, start, end), text: inserted })),
        () => selectionsAt(after));
      this.editor.pushUndoStop();
    } else {
      this.editor.setSelections(selectionsAt(after));
    }
    if (!paste) this.announce('Inline codes are kept: only the text around them was changed');
  }

  /** A cursor or selection end inside a code moves to the code's edge, in the direction it was moving. */
  private keepOutOfCodes(event: Monaco.editor.ICursorSelectionChangedEvent): void {
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
      return new this.monaco.Selection(from.lineNumber, from.column, to.lineNumber, to.column);
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

function rangeOf(monaco: typeof Monaco, model: Monaco.editor.ITextModel, start: number, end: number): Monaco.Range {
  return monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
}
