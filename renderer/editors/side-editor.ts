// What the pair editor needs from either text editor (Monaco for English, a
// right-to-left textarea for Arabic): one sentence per line, a cursor that maps
// to (sentence, character offset), and a way to tell when the user leaves it.

export interface SentenceCursor {
  /** Sentence (line) index. */
  line: number;
  /** Character offset inside that sentence's text. */
  offset: number;
  lineLength: number;
}

export interface SideEditorEvents {
  /** The user left the editor (blur, Escape): commit what changed. */
  onLeave(reason: 'blur' | 'escape'): void;
  onFocus(): void;
  /** Ctrl+S inside the editor. */
  onSave(): void;
  /** Ctrl+Z / Ctrl+Y with nothing left to undo locally: the project's undo/redo. */
  onProjectUndo(): void;
  onProjectRedo(): void;
  /** A message for the status bar (an edit held back to keep inline codes whole). */
  say(message: string): void;
}

export interface SideEditor {
  readonly element: HTMLElement;
  /** Load the committed sentences (replaces the local undo history). */
  setSentences(texts: readonly string[]): void;
  /** The sentences as now typed: one per line, trailing empty lines dropped. */
  sentences(): string[];
  isModified(): boolean;
  cursor(): SentenceCursor | null;
  focus(): void;
  hasFocus(): boolean;
  setReadOnly(readOnly: boolean): void;
  layout(): void;
}

/** Lines -> sentences: a final newline does not make an extra empty sentence. */
export function linesToSentences(value: string): string[] {
  const lines = value.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines;
}

export function sameSentences(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}
