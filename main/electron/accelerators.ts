// The native menu shows the keys the editor answers to: both come from the
// command table (main/ipc/command-table.ts), here in Electron's notation.
// The menu does not register them (the renderer handles every key), so a key
// the table changes changes in the menu too.

import { commandInfo } from '../ipc/command-table';
import type { MenuCommand } from '../ipc/contract';

/** Keys an Electron accelerator can name ('?' is typed with Shift on most layouts, so the menu shows another key). */
const ACCELERATOR_KEY = /^(?:[A-Z0-9]|F\d{1,2}|Up|Down|Left|Right|Home|End|PageUp|PageDown|Enter|Delete|Space|Escape|Tab|Backspace)$/;

function isAcceleratorChord(chord: string): boolean {
  return ACCELERATOR_KEY.test(chord.split('+').pop() ?? '');
}

/**
 * The accelerator the menu shows for a command: its first key in the table
 * that Electron can name, Ctrl written CmdOrCtrl; on macOS, Redo takes its
 * Shift+Cmd+Z form, as Mac applications do. Undefined for a command without keys.
 */
export function menuAccelerator(id: MenuCommand, isMac: boolean): string | undefined {
  const keys = commandInfo(id).keys.filter(isAcceleratorChord);
  const key = isMac && id === 'redo' ? keys.find((chord) => chord.includes('Shift+')) ?? keys[0] : keys[0];
  return key?.replace(/^Ctrl\+/, 'CmdOrCtrl+');
}
