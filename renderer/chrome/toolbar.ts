// The in-window toolbar: the main commands as buttons (the desktop app also has
// native menus; the browser shell has only this), plus filters and search.
import type { ReviewStatus } from '../../main/ipc/contract';
import { commandInfo, type CommandId } from '../../main/ipc/command-table';
import type { FilterCriteria } from '../filters/bead-filter';

const GROUPS: Array<Array<[CommandId, string]>> = [
  [['new-project', 'New'], ['open-project', 'Open'], ['save', 'Save'], ['save-as', 'Save as'], ['export', 'Export']],
  [['undo', 'Undo'], ['redo', 'Redo']],
  [['merge-with-next', 'Merge'], ['split-pair', 'Split'], ['insert-empty', 'Insert'], ['detach-sentence', 'Detach'], ['realign', 'Re-align']],
  [['approve', 'Approve'], ['reject', 'Reject'], ['reset-status', 'Reset'], ['next-unreviewed', 'Next unreviewed'], ['next-doubtful', 'Next doubtful']],
  [['toggle-qa-panel', 'QA'], ['next-finding', 'Next finding']],
  [['toggle-columns', 'Swap columns'], ['toggle-theme', 'Dark'], ['shortcuts', '?']],
];

export class Toolbar {
  readonly element: HTMLElement;
  readonly statusFilter: HTMLSelectElement;
  readonly confidenceFilter: HTMLSelectElement;
  readonly search: HTMLInputElement;
  private readonly buttons = new Map<CommandId, HTMLButtonElement>();

  constructor(run: (id: CommandId) => void, onFilter: (criteria: FilterCriteria) => void) {
    this.element = document.createElement('div');
    this.element.className = 'toolbar';
    this.element.setAttribute('role', 'toolbar');
    this.element.setAttribute('aria-label', 'Commands');
    for (const group of GROUPS) {
      const box = document.createElement('div');
      box.className = 'toolbar-group';
      for (const [id, text] of group) {
        const info = commandInfo(id);
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = text;
        button.dataset.command = id;
        const keys = info.keys.length ? ` (${info.keys.join(', ')})` : '';
        button.title = info.label + keys;
        button.setAttribute('aria-label', info.label);
        if (info.keys.length) button.setAttribute('aria-keyshortcuts', info.keys[0].replace('Ctrl', 'Control'));
        // Keep the grid focused (and its selection) when a button is clicked with the mouse.
        button.addEventListener('mousedown', (event) => event.preventDefault());
        button.addEventListener('click', () => run(id));
        this.buttons.set(id, button);
        box.append(button);
      }
      this.element.append(box);
    }

    const filters = document.createElement('div');
    filters.className = 'toolbar-group filters';
    this.statusFilter = document.createElement('select');
    this.statusFilter.setAttribute('aria-label', 'Show pairs with status');
    for (const [value, label] of [['all', 'All statuses'], ['unreviewed', 'Unreviewed'], ['approved', 'Approved'], ['rejected', 'Rejected']]) {
      this.statusFilter.append(new Option(label, value));
    }
    this.confidenceFilter = document.createElement('select');
    this.confidenceFilter.setAttribute('aria-label', 'Show pairs with confidence');
    for (const [value, label] of [['1', 'Any confidence'], ['0.75', 'Below 0.75'], ['0.5', 'Below 0.5'], ['0.25', 'Below 0.25']]) {
      this.confidenceFilter.append(new Option(label, value));
    }
    this.search = document.createElement('input');
    this.search.type = 'search';
    this.search.placeholder = 'Search both sides';
    this.search.setAttribute('aria-label', 'Search both sides (Arabic diacritics ignored)');
    const emit = () => onFilter(this.criteria());
    this.statusFilter.addEventListener('change', emit);
    this.confidenceFilter.addEventListener('change', emit);
    let timer = 0;
    this.search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(emit, 150);
    });
    filters.append(this.statusFilter, this.confidenceFilter, this.search);
    this.element.append(filters);
  }

  criteria(): FilterCriteria {
    return {
      status: this.statusFilter.value as ReviewStatus | 'all',
      confidenceBelow: Number(this.confidenceFilter.value),
      query: this.search.value,
    };
  }

  setEnabled(id: CommandId, enabled: boolean, title?: string): void {
    const button = this.buttons.get(id);
    if (!button) return;
    button.disabled = !enabled;
    if (title) button.title = title;
  }

  setPressed(id: CommandId, pressed: boolean): void {
    this.buttons.get(id)?.setAttribute('aria-pressed', String(pressed));
  }
}
