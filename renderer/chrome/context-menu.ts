// A right-click menu of commands on the selected pair, operable by keyboard
// (arrows, Home/End, Enter, Escape) and announced as a menu. Items that cannot
// run are shown disabled with the reason as their tooltip; as in any menu they
// still take focus, so a keyboard user hears that they exist and why not.
import { commandInfo, type CommandId } from '../../main/ipc/command-table';

export interface ContextMenuOptions {
  run(id: CommandId): void;
  /** Why the command cannot run now, or null. */
  reasonFor(id: CommandId): string | null;
  /** Where focus goes when the menu closes (an item ran, Escape, a click elsewhere). */
  returnFocus: HTMLElement;
  /** The menu's accessible name (the pair's right-click menu unless said). */
  label?: string;
  /** Called once when the menu closes, however it closes. */
  onClose?: () => void;
  /** For a toggle (dark theme, swapped columns): whether it is on; undefined for other commands. */
  checked?(id: CommandId): boolean | undefined;
}

let open: HTMLElement | null = null;
let onClose: (() => void) | null = null;

/**
 * Closes the open menu. The menu is forgotten before it is removed: removing
 * it blurs the focused item, and its focusout handler calls this again.
 */
export function closeContextMenu(): void {
  const menu = open;
  const closed = onClose;
  open = null;
  onClose = null;
  menu?.remove();
  closed?.();
}

export function isContextMenuOpen(label?: string): boolean {
  return open !== null && (label === undefined || open.getAttribute('aria-label') === label);
}

export function showContextMenu(x: number, y: number, items: Array<CommandId | '-'>, options: ContextMenuOptions): void {
  closeContextMenu();
  const menu = document.createElement('div');
  menu.className = 'context-menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', options.label ?? 'Pair actions');
  const buttons: HTMLButtonElement[] = [];
  /** Close, give focus back, then run: the command may open a dialog that takes focus itself. */
  const choose = (id: CommandId): void => {
    closeContextMenu();
    options.returnFocus.focus({ preventScroll: true });
    options.run(id);
  };
  for (const item of items) {
    if (item === '-') {
      const separator = document.createElement('div');
      separator.setAttribute('role', 'separator');
      separator.className = 'menu-separator';
      menu.append(separator);
      continue;
    }
    const info = commandInfo(item);
    const button = document.createElement('button');
    button.type = 'button';
    const checked = options.checked?.(item);
    button.setAttribute('role', checked === undefined ? 'menuitem' : 'menuitemcheckbox');
    if (checked !== undefined) button.setAttribute('aria-checked', String(checked));
    button.dataset.command = item;
    button.tabIndex = -1;
    const reason = options.reasonFor(item);
    if (reason) {
      button.setAttribute('aria-disabled', 'true');
      button.title = reason;
    }
    const label = document.createElement('span');
    label.textContent = checked ? `✓ ${info.label}` : info.label;
    const keys = document.createElement('kbd');
    keys.textContent = info.keys[0] ?? '';
    button.append(label, keys);
    button.addEventListener('click', () => {
      if (!reason) choose(item);
    });
    buttons.push(button);
    menu.append(button);
  }
  const enabled = buttons.filter((button) => button.getAttribute('aria-disabled') !== 'true');
  menu.addEventListener('keydown', (event) => {
    event.stopPropagation();
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length].focus();
    else if (event.key === 'ArrowUp') buttons[(index - 1 + buttons.length) % buttons.length].focus();
    else if (event.key === 'Home') buttons[0].focus();
    else if (event.key === 'End') buttons[buttons.length - 1].focus();
    else if (event.key === 'Escape' || event.key === 'Tab') {
      closeContextMenu();
      options.returnFocus.focus({ preventScroll: true });
    } else return;
    event.preventDefault();
  });
  menu.addEventListener('focusout', (event) => {
    if (open !== menu || menu.contains(event.relatedTarget as Node | null)) return;
    closeContextMenu();
    // Focus left for nothing (a click on empty space): keep it on the list.
    if (event.relatedTarget === null) options.returnFocus.focus({ preventScroll: true });
  });
  document.body.append(menu);
  const { innerWidth, innerHeight } = window;
  const rect = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(4, Math.min(x, innerWidth - rect.width - 4))}px`;
  menu.style.top = `${Math.max(4, Math.min(y, innerHeight - rect.height - 4))}px`;
  open = menu;
  onClose = options.onClose ?? null;
  (enabled[0] ?? buttons[0])?.focus();
}
