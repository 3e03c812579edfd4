// A right-click menu of commands on the selected pair, operable by keyboard
// (arrows, Enter, Escape) and announced as a menu.
import { commandInfo, type CommandId } from '../../main/ipc/command-table';

let open: HTMLElement | null = null;

export function closeContextMenu(): void {
  open?.remove();
  open = null;
}

export function showContextMenu(x: number, y: number, items: Array<CommandId | '-'>, run: (id: CommandId) => void, returnFocus: HTMLElement): void {
  closeContextMenu();
  const menu = document.createElement('div');
  menu.className = 'context-menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', 'Pair actions');
  const buttons: HTMLButtonElement[] = [];
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
    button.setAttribute('role', 'menuitem');
    button.dataset.command = item;
    button.tabIndex = -1;
    const label = document.createElement('span');
    label.textContent = info.label;
    const keys = document.createElement('kbd');
    keys.textContent = info.keys[0] ?? '';
    button.append(label, keys);
    button.addEventListener('click', () => {
      closeContextMenu();
      returnFocus.focus();
      run(item);
    });
    buttons.push(button);
    menu.append(button);
  }
  menu.addEventListener('keydown', (event) => {
    event.stopPropagation();
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length].focus();
    else if (event.key === 'ArrowUp') buttons[(index - 1 + buttons.length) % buttons.length].focus();
    else if (event.key === 'Escape' || event.key === 'Tab') {
      closeContextMenu();
      returnFocus.focus();
    } else return;
    event.preventDefault();
  });
  menu.addEventListener('focusout', (event) => {
    if (!menu.contains(event.relatedTarget as Node | null)) closeContextMenu();
  });
  document.body.append(menu);
  const { innerWidth, innerHeight } = window;
  const rect = menu.getBoundingClientRect();
  menu.style.left = `${Math.min(x, innerWidth - rect.width - 4)}px`;
  menu.style.top = `${Math.min(y, innerHeight - rect.height - 4)}px`;
  open = menu;
  buttons[0]?.focus();
}
