// The in-window toolbar: the main commands as buttons (the desktop app also has
// native menus; the browser shell has only this), plus filters and search.
// It keeps to one line whatever the window's width: the buttons that do not
// fit, the least used first, go under a "More" menu at its end (as VS Code's
// and GitHub Desktop's toolbars do), so a small window keeps its room for the
// pairs. Every command keeps its key, and the native menu, either way.
import type { ReviewStatus } from '../../main/ipc/contract';
import { commandInfo, type CommandId } from '../../main/ipc/command-table';
import type { FilterCriteria } from '../filters/bead-filter';
import { closeContextMenu, isContextMenuOpen, showContextMenu } from './context-menu';

const GROUPS: Array<Array<[CommandId, string]>> = [
  [['new-project', 'New'], ['open-project', 'Open'], ['open-bilingual', 'Open bilingual'], ['save', 'Save'], ['save-as', 'Save as'], ['export', 'Export'], ['export-document', 'Export document']],
  [['undo', 'Undo'], ['redo', 'Redo']],
  [['merge-with-next', 'Merge'], ['split-pair', 'Split'], ['insert-empty', 'Insert'], ['detach-sentence', 'Detach'], ['realign', 'Re-align']],
  [['approve', 'Approve'], ['reject', 'Reject'], ['reset-status', 'Reset'], ['next-unreviewed', 'Next unreviewed'], ['next-doubtful', 'Next doubtful']],
  [['find-previous', 'Previous match'], ['find-next', 'Next match'], ['replace', 'Replace'], ['go-to-pair', 'Go to'], ['statistics', 'Statistics']],
  [['toggle-qa-panel', 'QA'], ['next-finding', 'Next finding']],
  [['toggle-columns', 'Swap columns'], ['toggle-theme', 'Dark'], ['shortcuts', '?']],
];

/** The order in which buttons go under More when the line is full: the least used first. */
const OVERFLOW_ORDER: CommandId[] = [
  'shortcuts', 'toggle-theme', 'toggle-columns', 'open-bilingual', 'export-document', 'save-as', 'statistics',
  'next-finding', 'toggle-qa-panel', 'go-to-pair', 'replace', 'find-next', 'find-previous', 'open-project', 'new-project',
  'export', 'reset-status', 'realign', 'detach-sentence', 'insert-empty', 'split-pair', 'merge-with-next',
  'next-doubtful', 'next-unreviewed', 'reject', 'approve', 'redo', 'undo', 'save',
];

const MORE_LABEL = 'More commands';

export class Toolbar {
  readonly element: HTMLElement;
  readonly statusFilter: HTMLSelectElement;
  readonly confidenceFilter: HTMLSelectElement;
  readonly search: HTMLInputElement;
  private readonly buttons = new Map<CommandId, HTMLButtonElement>();
  private readonly titles = new Map<CommandId, string>();
  private readonly reasons = new Map<CommandId, string | null>();
  private readonly commands: HTMLElement;
  private readonly groups: HTMLElement[] = [];
  private readonly more: HTMLButtonElement;
  /** The More menu was open when the pointer went down on More: that click closes it. */
  private moreWasOpen = false;

  /** returnFocus: Escape in the search box or a filter goes back to the pair list. */
  constructor(run: (id: CommandId) => void, onFilter: (criteria: FilterCriteria) => void, returnFocus: () => void) {
    this.element = document.createElement('div');
    this.element.className = 'toolbar';
    this.element.setAttribute('role', 'toolbar');
    this.element.setAttribute('aria-label', 'Commands');
    this.commands = document.createElement('div');
    this.commands.className = 'toolbar-commands';
    for (const group of GROUPS) {
      const box = document.createElement('div');
      box.className = 'toolbar-group';
      this.groups.push(box);
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
      this.commands.append(box);
    }
    this.more = document.createElement('button');
    this.more.type = 'button';
    this.more.className = 'toolbar-more';
    this.more.textContent = 'More ▾';
    this.more.title = 'More commands (those that do not fit)';
    this.more.setAttribute('aria-label', MORE_LABEL);
    this.more.setAttribute('aria-expanded', 'false');
    this.more.setAttribute('aria-haspopup', 'menu');
    this.more.hidden = true;
    this.more.addEventListener('mousedown', (event) => {
      // As the other buttons: the list keeps the focus (and its selection).
      event.preventDefault();
      this.moreWasOpen = isContextMenuOpen(MORE_LABEL);
    });
    this.more.addEventListener('click', () => {
      if (this.moreWasOpen) {
        this.moreWasOpen = false;
        closeContextMenu();
        return;
      }
      this.openMore(run);
    });
    this.element.append(this.commands, this.more);
    // The whole bar, not the commands: those shrink to the buttons shown, and would not see a wider window.
    new ResizeObserver(() => this.fit()).observe(this.element);
    // Button widths change when the interface font arrives.
    document.fonts?.addEventListener('loadingdone', () => this.fit());

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

  /** Shows every button that fits on the line, in order of use; the rest go under More. */
  private fit(): void {
    for (const button of this.buttons.values()) button.hidden = false;
    for (const group of this.groups) group.hidden = false;
    this.more.hidden = true;
    if (this.fits()) return;
    this.more.hidden = false;
    for (const id of OVERFLOW_ORDER) {
      const button = this.buttons.get(id);
      if (!button) continue;
      button.hidden = true;
      const group = button.parentElement!;
      // A group with nothing left in view takes no room (nor its gap).
      group.hidden = [...group.children].every((child) => (child as HTMLElement).hidden);
      if (this.fits()) return;
    }
  }

  private fits(): boolean {
    return this.commands.scrollWidth <= this.commands.clientWidth;
  }

  /** The commands that did not fit, in toolbar order, as a menu under More. */
  private openMore(run: (id: CommandId) => void): void {
    const items: Array<CommandId | '-'> = [];
    for (const group of this.groups) {
      const hidden = [...this.buttons].filter(([, button]) => button.hidden && button.parentElement === group).map(([id]) => id);
      if (hidden.length === 0) continue;
      if (items.length > 0) items.push('-');
      items.push(...hidden);
    }
    const rect = this.more.getBoundingClientRect();
    // Back where the user was (the list, most often: a mouse click on More does not take the focus).
    const previous = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : this.more;
    this.more.setAttribute('aria-expanded', 'true');
    showContextMenu(rect.left, rect.bottom + 2, items, {
      run,
      reasonFor: (id) => this.reasons.get(id) ?? null,
      returnFocus: previous,
      label: MORE_LABEL,
      // A toggle's button says aria-pressed; its item under More says the same.
      checked: (id) => {
        const pressed = this.buttons.get(id)?.getAttribute('aria-pressed');
        return pressed === null || pressed === undefined ? undefined : pressed === 'true';
      },
      onClose: () => this.more.setAttribute('aria-expanded', 'false'),
    });
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
      this.reasons.set(id, reason);
      if (reason) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
      button.title = reason ?? titles[id] ?? this.titles.get(id)!;
    }
  }

  setPressed(id: CommandId, pressed: boolean): void {
    this.buttons.get(id)?.setAttribute('aria-pressed', String(pressed));
  }
}
