// The '?' dialog: every keyboard shortcut, grouped, from the command table.
import { COMMANDS } from '../../main/ipc/command-table';
import { openModal } from './modal';

export async function showShortcuts(): Promise<void> {
  const table = document.createElement('table');
  table.className = 'shortcuts';
  let group = '';
  const body = table.createTBody();
  for (const command of COMMANDS) {
    if (command.keys.length === 0) continue;
    if (command.group !== group) {
      group = command.group;
      const heading = body.insertRow();
      const th = document.createElement('th');
      th.colSpan = 2;
      th.scope = 'colgroup';
      th.textContent = group;
      heading.append(th);
    }
    const row = body.insertRow();
    const keys = row.insertCell();
    command.keys.forEach((key, index) => {
      if (index > 0) keys.append(' or ');
      const kbd = document.createElement('kbd');
      kbd.textContent = key;
      keys.append(kbd);
    });
    row.insertCell().textContent = command.label;
  }
  await openModal({ title: 'Keyboard shortcuts', className: 'shortcuts-dialog', body: [table], buttons: [{ label: 'Close', value: 'close', primary: true }] }).result;
}
