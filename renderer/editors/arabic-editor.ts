// The Arabic side of the selected pair: a right-to-left textarea (to fix OCR or
// typing errors), one sentence per line, committed like the English. Inline
// codes of a bilingual file are kept whole (textarea-code-guard.ts).
import { guardCodes } from './textarea-code-guard';
import { linesToSentences, sameSentences, type SentenceCursor, type SideEditor, type SideEditorEvents } from './side-editor';

export class ArabicEditor implements SideEditor {
  readonly element: HTMLTextAreaElement;
  private committed: string[] = [];

  constructor(events: SideEditorEvents) {
    const area = document.createElement('textarea');
    area.className = 'arabic-editor';
    area.dir = 'rtl';
    area.lang = 'ar';
    area.spellcheck = false;
    area.setAttribute('aria-label', 'Arabic text of the selected pair, one sentence per line');
    area.addEventListener('blur', () => events.onLeave('blur'));
    area.addEventListener('focus', () => events.onFocus());
    area.addEventListener('keydown', (event) => {
      const modifier = event.ctrlKey || event.metaKey;
      if (event.key === 'Escape') {
        event.preventDefault();
        events.onLeave('escape');
      } else if (modifier && event.key.toLowerCase() === 's') {
        event.preventDefault();
        events.onSave();
      } else if (modifier && event.key.toLowerCase() === 'z' && !event.shiftKey && !this.isModified()) {
        // Nothing typed since the last commit: undo the project's last change instead.
        event.preventDefault();
        events.onProjectUndo();
      } else if (modifier && (event.key.toLowerCase() === 'y' || (event.shiftKey && event.key.toLowerCase() === 'z')) && !this.isModified()) {
        event.preventDefault();
        events.onProjectRedo();
      }
      event.stopPropagation();
    });
    guardCodes(area, (message) => events.say(message));
    this.element = area;
  }

  setSentences(texts: readonly string[]): void {
    this.committed = texts.slice();
    this.element.value = texts.join('\n');
  }

  sentences(): string[] {
    return linesToSentences(this.element.value);
  }

  isModified(): boolean {
    return !sameSentences(this.sentences(), this.committed);
  }

  cursor(): SentenceCursor | null {
    const before = this.element.value.slice(0, this.element.selectionStart);
    const lines = before.split('\n');
    const line = lines.length - 1;
    const fullLine = this.element.value.split('\n')[line] ?? '';
    return { line, offset: lines[line].length, lineLength: fullLine.length };
  }

  focus(): void {
    this.element.focus();
  }

  hasFocus(): boolean {
    return document.activeElement === this.element;
  }

  setReadOnly(readOnly: boolean): void {
    this.element.readOnly = readOnly;
  }

  layout(): void {
    // A textarea lays itself out.
  }
}
