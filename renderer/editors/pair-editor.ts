// The panel under the grid that edits the selected pair: English in Monaco,
// Arabic in an RTL field, a toggle to see the English against en_original as a
// word diff, and the reviewer's note. Changes are committed (as edit-text /
// set-note requests) when the user leaves a field or selects another pair.
import type { Bead, Lang } from '../../main/ipc/contract';
import { englishAsImported, englishCurrent } from '../state/project-store';
import { ArabicEditor } from './arabic-editor';
import { EnglishEditor } from './english-editor';
import { sameSentences, type SentenceCursor, type SideEditor } from './side-editor';
import { renderWordDiff } from './word-diff';
import { NoteField } from './note-field';

export interface PairEditorActions {
  commitText(beadId: string, side: Lang, texts: string[]): Promise<void>;
  commitNote(beadId: string, note: string): Promise<void>;
  save(): void;
  undo(): void;
  redo(): void;
  /** Escape: back to the grid. */
  returnToGrid(): void;
  /** A message for the status bar. */
  say(message: string): void;
}

export class PairEditor {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly english: EnglishEditor;
  private readonly arabic: ArabicEditor;
  private readonly diffToggle: HTMLButtonElement;
  private readonly diffPanel: HTMLElement;
  private readonly note: NoteField;
  private readonly englishPane: HTMLElement;
  private readonly arabicPane: HTMLElement;
  private bead: Bead | null = null;
  private showDiff = false;
  /** The side whose editor the user used last (split-at-cursor acts on it). */
  lastSide: Lang | null = null;

  constructor(private readonly actions: PairEditorActions) {
    this.element = document.createElement('section');
    this.element.className = 'pair-editor';
    this.element.setAttribute('aria-label', 'Selected pair editor');

    const header = document.createElement('div');
    header.className = 'pair-editor-header';
    this.title = document.createElement('h2');
    this.title.className = 'pair-editor-title';
    this.title.id = 'pair-editor-title';
    this.diffToggle = document.createElement('button');
    this.diffToggle.type = 'button';
    this.diffToggle.className = 'diff-toggle';
    this.diffToggle.textContent = 'Show changes';
    this.diffToggle.setAttribute('aria-pressed', 'false');
    this.diffToggle.title = 'Compare the English with the English as first imported (Ctrl+D)';
    this.diffToggle.addEventListener('click', () => this.toggleDiff());
    const noteLabel = document.createElement('label');
    noteLabel.className = 'note-label';
    noteLabel.textContent = 'Note ';
    this.note = new NoteField((note) => {
      if (this.bead && note !== this.bead.note) void this.actions.commitNote(this.bead.id, note);
    }, () => this.actions.returnToGrid());
    noteLabel.append(this.note.element);
    header.append(this.title, this.diffToggle, noteLabel);

    const events = (side: Lang) => ({
      onLeave: (reason: 'blur' | 'escape') => {
        void this.commitSide(side);
        if (reason === 'escape') this.actions.returnToGrid();
      },
      onFocus: () => {
        this.lastSide = side;
      },
      onSave: () => {
        void this.commitSide(side).then(() => this.actions.save());
      },
      onProjectUndo: () => this.actions.undo(),
      onProjectRedo: () => this.actions.redo(),
      say: (message: string) => this.actions.say(message),
    });
    this.english = new EnglishEditor(events('en'));
    this.arabic = new ArabicEditor(events('ar'));
    this.diffPanel = document.createElement('div');
    this.diffPanel.className = 'diff-panel';
    this.diffPanel.setAttribute('role', 'region');
    this.diffPanel.setAttribute('aria-label', 'English changes since import');
    this.diffPanel.hidden = true;

    this.englishPane = this.pane('English', 'en', this.english.element, this.diffPanel);
    this.arabicPane = this.pane('العربية', 'ar', this.arabic.element);
    const panes = document.createElement('div');
    panes.className = 'pair-editor-panes';
    panes.append(this.englishPane, this.arabicPane);
    this.element.append(header, panes);
    this.element.setAttribute('aria-labelledby', this.title.id);
    this.show(null, 0);
  }

  private pane(label: string, lang: Lang, ...children: HTMLElement[]): HTMLElement {
    const pane = document.createElement('div');
    pane.className = `editor-pane editor-pane-${lang}`;
    const heading = document.createElement('div');
    heading.className = 'editor-pane-label';
    heading.lang = lang;
    heading.textContent = label;
    pane.append(heading, ...children);
    return pane;
  }

  /** Builds the English editor (Monaco, loaded on demand); resolves when it is in place. */
  loadEnglishEditor(): Promise<void> {
    return this.english.load();
  }

  setSwapped(swapped: boolean): void {
    this.element.classList.toggle('swapped', swapped);
  }

  setDark(dark: boolean): void {
    this.english.setTheme(dark);
  }

  private editorFor(side: Lang): SideEditor {
    return side === 'en' ? this.english : this.arabic;
  }

  /** Show a bead (or none). Unsaved typing in the previous bead is committed first. */
  show(bead: Bead | null, rowNumber: number): void {
    const sameBead = this.bead !== null && bead !== null && this.bead.id === bead.id;
    if (!sameBead && this.bead) {
      void this.commitSide('en');
      void this.commitSide('ar');
    }
    this.bead = bead;
    this.title.textContent = bead ? `Pair ${rowNumber} (${bead.ar.length}-${bead.en.length})` : 'No pair selected';
    for (const side of ['en', 'ar'] as const) {
      const editor = this.editorFor(side);
      // Keep what the user is typing when a patch refreshes the same bead.
      if (sameBead && editor.hasFocus() && editor.isModified()) continue;
      const texts = bead ? bead[side].map((sentence) => sentence.text) : [];
      // A status or note change leaves the text alone: no need to reload the editor (and lose its undo).
      if (sameBead && !editor.isModified() && sameSentences(texts, editor.sentences())) continue;
      editor.setSentences(texts);
      editor.setReadOnly(bead === null);
    }
    if (document.activeElement !== this.note.element) this.note.value = bead?.note ?? '';
    this.note.element.disabled = bead === null;
    this.renderDiff();
  }

  async commitSide(side: Lang): Promise<void> {
    const bead = this.bead;
    const editor = this.editorFor(side);
    if (!bead || !editor.isModified()) return;
    const texts = editor.sentences();
    // Mark these texts as committed so a second blur does not send them again.
    editor.setSentences(texts);
    await this.actions.commitText(bead.id, side, texts);
  }

  async commitAll(): Promise<void> {
    await this.commitSide('en');
    await this.commitSide('ar');
  }

  toggleDiff(): void {
    this.showDiff = !this.showDiff;
    this.diffToggle.setAttribute('aria-pressed', String(this.showDiff));
    this.diffToggle.textContent = this.showDiff ? 'Hide changes' : 'Show changes';
    this.renderDiff();
  }

  private renderDiff(): void {
    this.diffPanel.hidden = !this.showDiff;
    this.englishPane.classList.toggle('diff-visible', this.showDiff);
    if (!this.showDiff) return;
    const bead = this.bead;
    if (!bead) {
      this.diffPanel.replaceChildren();
      return;
    }
    const imported = englishAsImported(bead);
    this.diffPanel.replaceChildren(renderWordDiff(imported.text, englishCurrent(bead), imported.split));
  }

  cursor(side: Lang): SentenceCursor | null {
    return this.editorFor(side).cursor();
  }

  focus(side: Lang): void {
    this.editorFor(side).focus();
  }

  hasFocus(): boolean {
    return this.element.contains(document.activeElement) || this.english.hasFocus();
  }

  /** The sentence under the cursor of the editor used last, if any. */
  focusedSentence(): { side: Lang; index: number } | null {
    if (!this.lastSide || !this.bead) return null;
    const cursor = this.cursor(this.lastSide);
    if (!cursor || cursor.line >= this.bead[this.lastSide].length) return null;
    return { side: this.lastSide, index: cursor.line };
  }
}
