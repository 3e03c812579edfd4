// The English side of the selected pair in Monaco: plain text, word wrap, one
// sentence per line. Monaco's own undo covers typing in progress; once nothing
// is left to undo locally, Ctrl+Z goes to the project's undo. Inline codes of
// a bilingual file are atomic tokens (code-guard.ts).
// Monaco arrives after the grid has shown the project (monaco-loader.ts): until
// then the pane shows the sentences as plain read-only lines, and focusing it
// waits for the real editor.
import type { monaco as Monaco } from './monaco-setup';
import { loadMonaco } from './monaco-loader';
import { CodeGuard } from './code-guard';
import { linesToSentences, sameSentences, type SentenceCursor, type SideEditor, type SideEditorEvents } from './side-editor';

export class EnglishEditor implements SideEditor {
  readonly element: HTMLElement;
  private editor: Monaco.editor.IStandaloneCodeEditor | null = null;
  private monaco: typeof Monaco | null = null;
  private ready: Promise<void> | null = null;
  private readonly placeholder: HTMLElement;
  private committed: string[] = [];
  private readOnly = true;
  private dark = false;
  private loading = false;
  private codes: CodeGuard | null = null;

  constructor(private readonly events: SideEditorEvents) {
    this.element = document.createElement('div');
    this.element.className = 'english-editor';
    this.placeholder = document.createElement('div');
    this.placeholder.className = 'english-editor-placeholder';
    this.placeholder.lang = 'en';
    this.element.append(this.placeholder);
  }

  /** Loads Monaco and builds the editor (once); resolves when it is in place. */
  load(): Promise<void> {
    this.ready ??= loadMonaco().then((monaco) => this.create(monaco));
    return this.ready;
  }

  private create(monaco: typeof Monaco): void {
    this.monaco = monaco;
    const hadFocus = this.placeholder.contains(document.activeElement);
    this.placeholder.remove();
    const editor = monaco.editor.create(this.element, {
      value: this.committed.join('\n'),
      language: 'plaintext',
      readOnly: this.readOnly,
      wordWrap: 'on',
      // The font is proportional: 'simple' wrapping counts columns of an average
      // character and breaks lines a quarter short of the pane's width.
      wrappingStrategy: 'advanced',
      lineNumbers: 'on',
      lineNumbersMinChars: 2,
      // Room for the quick-fix lightbulb (qa-quick-fixes.ts): with one sentence per line it goes in the gutter.
      glyphMargin: true,
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
    this.editor = editor;
    monaco.editor.setTheme(this.dark ? 'vs-dark' : 'vs');
    const events = this.events;
    editor.onDidBlurEditorText(() => {
      if (!this.loading) events.onLeave('blur');
    });
    editor.onDidFocusEditorText(() => events.onFocus());
    const { KeyMod, KeyCode } = monaco;
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, () => events.onSave());
    editor.addCommand(KeyCode.Escape, () => events.onLeave('escape'));
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => {
      if (this.isModified() || this.canUndoLocally()) editor.trigger('keyboard', 'undo', null);
      else events.onProjectUndo();
    });
    const redo = () => {
      if (this.canRedoLocally()) editor.trigger('keyboard', 'redo', null);
      else events.onProjectRedo();
    };
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, redo);
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, redo);
    this.codes = new CodeGuard(monaco, editor, (message) => this.events.say(message));
    // The pair shown before Monaco arrived is already in the model: mark its codes now.
    this.codes.reset();
    if (hadFocus) editor.focus();
  }

  private canUndoLocally(): boolean {
    return (this.editor?.getModel() as unknown as { canUndo?: () => boolean })?.canUndo?.() ?? false;
  }

  private canRedoLocally(): boolean {
    return (this.editor?.getModel() as unknown as { canRedo?: () => boolean })?.canRedo?.() ?? false;
  }

  setSentences(texts: readonly string[]): void {
    this.committed = texts.slice();
    if (!this.editor) {
      this.placeholder.replaceChildren(...texts.map((text) => {
        const line = document.createElement('div');
        line.textContent = text;
        return line;
      }));
      return;
    }
    this.loading = true;
    try {
      // setValue resets Monaco's undo stack: the loaded text is the new baseline.
      this.editor.getModel()?.setValue(texts.join('\n'));
      this.codes?.reset();
    } finally {
      this.loading = false;
    }
  }

  sentences(): string[] {
    return this.editor ? linesToSentences(this.editor.getValue()) : this.committed.slice();
  }

  isModified(): boolean {
    return this.editor !== null && !sameSentences(this.sentences(), this.committed);
  }

  cursor(): SentenceCursor | null {
    const position = this.editor?.getPosition();
    const model = this.editor?.getModel();
    if (!position || !model) return null;
    return {
      line: position.lineNumber - 1,
      offset: position.column - 1,
      lineLength: model.getLineLength(position.lineNumber),
    };
  }

  focus(): void {
    if (this.editor) {
      this.editor.focus();
      return;
    }
    // Until Monaco is here the plain lines hold the focus, so the keys that follow
    // are not taken as the list's review keys; create() passes it on if they still have it.
    this.placeholder.tabIndex = -1;
    this.placeholder.focus();
    void this.load();
  }

  hasFocus(): boolean {
    return this.editor?.hasTextFocus() ?? false;
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
    this.editor?.updateOptions({ readOnly });
  }

  layout(): void {
    this.editor?.layout();
  }

  setTheme(dark: boolean): void {
    this.dark = dark;
    this.monaco?.editor.setTheme(dark ? 'vs-dark' : 'vs');
  }
}
