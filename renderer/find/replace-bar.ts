// Find and Replace in the English: a bar under the toolbar. What to find is the
// toolbar's search box (one query for Find and Replace); this bar holds what to
// put instead. Replace changes the current English match (the first press goes
// to one), Replace all changes every English match in the pairs shown as one
// engine operation, so one Undo takes it all back.

export interface ReplaceActions {
  replaceOne(replacement: string): Promise<void>;
  replaceAll(replacement: string): Promise<void>;
  /** Esc or the close button: the bar is hidden, focus goes back to the list. */
  closed(): void;
}

export class ReplaceBar {
  readonly element: HTMLElement;
  readonly field: HTMLInputElement;

  constructor(private readonly actions: ReplaceActions) {
    this.element = document.createElement('div');
    this.element.className = 'replace-bar';
    this.element.setAttribute('role', 'search');
    this.element.setAttribute('aria-label', 'Replace in the English');
    this.element.hidden = true;
    const label = document.createElement('label');
    label.textContent = 'Replace the matches in the English with ';
    this.field = document.createElement('input');
    this.field.type = 'text';
    this.field.className = 'replace-field';
    this.field.placeholder = 'Replacement';
    this.field.spellcheck = false;
    label.append(this.field);
    const one = this.button('Replace', 'Replace the current English match, then go to the next (Enter)', () => this.actions.replaceOne(this.field.value));
    const all = this.button('Replace all', 'Replace every English match in the pairs shown: one undo step (Ctrl+Alt+Enter)', () => this.actions.replaceAll(this.field.value));
    all.classList.add('replace-all');
    one.classList.add('replace-one');
    const close = this.button('Close', 'Close the replace bar (Esc)', async () => this.hide());
    this.field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.altKey) {
        event.preventDefault();
        void this.actions.replaceAll(this.field.value);
      } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        event.preventDefault();
        void this.actions.replaceOne(this.field.value);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.hide();
      }
    });
    this.element.append(label, one, all, close);
  }

  private button(text: string, title: string, run: () => Promise<void>): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.title = title;
    button.addEventListener('click', () => void run());
    return button;
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  show(): void {
    this.element.hidden = false;
  }

  hide(): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.actions.closed();
  }
}
