// The reviewer's note of the selected pair: a multi-line field that grows with
// its text, so the whole note is always readable (up to a third of the panel,
// then it scrolls). Enter starts a new line; the note is committed on leaving.

/** Tallest the field grows before it scrolls, in lines. */
const MAX_LINES = 6;

export class NoteField {
  readonly element: HTMLTextAreaElement;

  constructor(onCommit: (note: string) => void, onEscape: () => void) {
    const field = document.createElement('textarea');
    field.className = 'note-field';
    field.rows = 1;
    field.placeholder = 'Reviewer note';
    field.setAttribute('aria-label', 'Reviewer note of the selected pair');
    field.addEventListener('input', () => this.fit());
    field.addEventListener('change', () => onCommit(field.value));
    field.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') onEscape();
    });
    this.element = field;
  }

  get value(): string {
    return this.element.value;
  }

  set value(text: string) {
    this.element.value = text;
    this.fit();
  }

  /** Height follows the text: every line shown, up to MAX_LINES. */
  fit(): void {
    const field = this.element;
    if (!field.isConnected) return;
    field.style.height = 'auto';
    const style = getComputedStyle(field);
    const line = parseFloat(style.lineHeight) || 20;
    const chrome = field.offsetHeight - field.clientHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const content = field.scrollHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    field.style.height = `${Math.min(content, line * MAX_LINES) + chrome}px`;
    field.style.overflowY = content > line * MAX_LINES ? 'auto' : 'hidden';
  }
}
