// The in-window toolbar: the main commands as buttons (the desktop app also has
// native menus; the browser shell has only this), plus filters and search.
import type { ReviewStatus } from '../../main/ipc/contract';
import { commandInfo, type CommandId } from '../../main/ipc/command-table';
import type { FilterCriteria } from '../filters/bead-filter';

const GROUPS: Array<Array<[CommandId, string]>> = [
  [['new-project', 'New'], ['open-project', 'Open'], ['open-bilingual', 'Open bilingual'], ['save', 'Save'], ['save-as', 'Save as'], ['export', 'Export'], ['export-document', 'Export document']],
  [['undo', 'Undo'], ['redo', 'Redo']],
  [['merge-with-next', 'Merge'], ['split-pair', 'Split'], ['insert-empty', 'Insert'], ['detach-sentence', 'Detach'], ['realign', 'Re-align']],
  [['approve', 'Approve'], ['reject', 'Reject'], ['reset-status', 'Reset'], ['next-unreviewed', 'Next unreviewed'], ['next-doubtful', 'Next doubtful']],
  [['find-previous', 'Previous match'], ['find-next', 'Next match'], ['replace', 'Replace'], ['go-to-pair', 'Go to'], ['statistics', 'Statistics']],
  [['toggle-qa-panel', 'QA'], ['next-finding', 'Next finding']],
  [['toggle-columns', 'Swap columns'], ['toggle-theme', 'Dark'], ['shortcuts', '?']],
];

export class Toolbar {
  readonly element: HTMLElement;
  readonly statusFilter: HTMLSelectElement;
  readonly confidenceFilter: HTMLSelectElement;
  readonly search: HTMLInputElement;
  private readonly buttons = new Map<CommandId, HTMLButtonElement>();
  private readonly titles = new Map<CommandId, string>();

  /** returnFocus: Escape in the search box or a filter goes back to the pair list. */
  constructor(run: (id: CommandId) => void, onFilter: (criteria: FilterCriteria) => void, returnFocus: () => void) {
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
        this.titles.set(id, button.title);
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
    // Escape empties the search (showing every pair again) and hands the keys back to the list.
    this.search.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      clearTimeout(timer);
      if (this.search.value !== '') {
        this.search.value = '';
        emit();
      }
      returnFocus();
    });
    for (const select of [this.statusFilter, this.confidenceFilter]) {
      select.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') returnFocus();
      });
    }
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

  /**
   * Marks the buttons whose command cannot run now, with the reason as their
   * tooltip. aria-disabled, not disabled: a button that loses focus to
   * `disabled` drops it on the page body; clicked anyway, it says why.
   */
  setAvailability(reasonFor: (id: CommandId) => string | null, titles: Partial<Record<CommandId, string>> = {}): void {
    for (const [id, button] of this.buttons) {
      const reason = reasonFor(id);
      if (reason) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
      button.title = reason ?? titles[id] ?? this.titles.get(id)!;
    }
  }

  setPressed(id: CommandId, pressed: boolean): void {
    this.buttons.get(id)?.setAttribute('aria-pressed', String(pressed));
  }
}
