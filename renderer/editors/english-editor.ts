// The English side of the selected pair in Monaco: plain text, word wrap, one
// sentence per line. Monaco's own undo covers typing in progress; once nothing
// is left to undo locally, Ctrl+Z goes to the project's undo. Inline codes of
// a bilingual file are atomic tokens (code-guard.ts).
import { monaco } from './monaco-setup';
import { CodeGuard } from './code-guard';
import { linesToSentences, sameSentences, type SentenceCursor, type SideEditor, type SideEditorEvents } from './side-editor';

export class EnglishEditor implements SideEditor {
  readonly element: HTMLElement;
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private committed: string[] = [];
  private loading = false;
  private readonly codes: CodeGuard;

  constructor(events: SideEditorEvents) {
    this.element = document.createElement('div');
    this.element.className = 'english-editor';
    this.editor = monaco.editor.create(this.element, {
      value: '',
      language: 'plaintext',
      wordWrap: 'on',
      // The font is proportional: 'simple' wrapping counts columns of an average
      // character and breaks lines a quarter short of the pane's width.
      wrappingStrategy: 'advanced',
      lineNumbers: 'on',
      lineNumbersMinChars: 2,
      glyphMargin: false,
      folding: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      automaticLayout: true,
      fontSize: 14,
      fontFamily: "system-ui, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif",
      renderLineHighlight: 'line',
      quickSuggestions: false,
      wordBasedSuggestions: 'off',
      occurrencesHighlight: 'off',
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false },
      ariaLabel: 'English text of the selected pair, one sentence per line',
      accessibilitySupport: 'auto',
      tabFocusMode: true,
    });
    this.editor.onDidBlurEditorText(() => {
      if (!this.loading) events.onLeave('blur');
    });
    this.editor.onDidFocusEditorText(() => events.onFocus());
    const { KeyMod, KeyCode } = monaco;
    this.editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, () => events.onSave());
    this.editor.addCommand(KeyCode.Escape, () => events.onLeave('escape'));
    this.editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => {
      if (this.isModified() || this.canUndoLocally()) this.editor.trigger('keyboard', 'undo', null);
      else events.onProjectUndo();
    });
    const redo = () => {
      if (this.canRedoLocally()) this.editor.trigger('keyboard', 'redo', null);
      else events.onProjectRedo();
    };
    this.editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, redo);
    this.editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, redo);
    this.codes = new CodeGuard(this.editor, (message) => events.say(message));
  }

  private canUndoLocally(): boolean {
    return (this.editor.getModel() as unknown as { canUndo?: () => boolean })?.canUndo?.() ?? false;
  }

  private canRedoLocally(): boolean {
    return (this.editor.getModel() as unknown as { canRedo?: () => boolean })?.canRedo?.() ?? false;
  }

  setSentences(texts: readonly string[]): void {
    this.committed = texts.slice();
    this.loading = true;
    try {
      const model = this.editor.getModel();
      // setValue resets Monaco's undo stack: the loaded text is the new baseline.
      model?.setValue(texts.join('\n'));
      this.codes.reset();
    } finally {
      this.loading = false;
    }
  }

  sentences(): string[] {
    return linesToSentences(this.editor.getValue());
  }

  isModified(): boolean {
    return !sameSentences(this.sentences(), this.committed);
  }

  cursor(): SentenceCursor | null {
    const position = this.editor.getPosition();
    const model = this.editor.getModel();
    if (!position || !model) return null;
    return {
      line: position.lineNumber - 1,
      offset: position.column - 1,
      lineLength: model.getLineLength(position.lineNumber),
    };
  }

  focus(): void {
    this.editor.focus();
  }

  hasFocus(): boolean {
    return this.editor.hasTextFocus();
  }

  setReadOnly(readOnly: boolean): void {
    this.editor.updateOptions({ readOnly });
  }

  layout(): void {
    this.editor.layout();
  }

  setTheme(dark: boolean): void {
    monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
  }
}
