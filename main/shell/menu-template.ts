// The native menu bar as data: a pure function of the platform, the app's
// state and the recent files, so every platform's menu is checked in the unit
// tests (Electron itself cannot run there; this file imports only its types).
// Items that act on the project send a MenuCommand to the focused window's
// renderer, which runs it as its own keyboard map would; the renderer routes
// Undo/Redo by focus (a text field's own undo while one is focused).
// Accelerators show the renderer's keys (command table). On Windows and Linux
// they are not registered (registerAccelerator: false): the page handles every
// key once. macOS ignores registerAccelerator and lets the menu take a key the
// page did not consume, typed letters included, so there a key without Cmd
// (A, R, U, N, D, Space, ...) is only written in the label, never an accelerator.

import type { MenuItemConstructorOptions } from 'electron';
import * as path from 'node:path';
import { commandInfo } from '../ipc/command-table';
import type { MenuCommand } from '../ipc/contract';
import { menuAccelerator } from '../electron/accelerators';
import { commandWithoutWindow } from './start-plan';

export interface MenuActions {
  send(command: MenuCommand): void;
  openRecent(filePath: string): void;
  clearRecent(): void;
  openSampleWindow(): void;
  newWindow(): void;
}

export interface MenuState {
  recentFiles: readonly string[];
  isPackaged: boolean;
  /** At least one window is open (macOS keeps the app running without one). */
  hasWindow: boolean;
}

/** A label shown as written: '&' would otherwise underline the next letter (a mnemonic) or vanish. */
export function literalLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

function commandItem(platform: NodeJS.Platform, state: MenuState, actions: MenuActions, label: string, id: MenuCommand): MenuItemConstructorOptions {
  const isMac = platform === 'darwin';
  const accelerator = menuAccelerator(id, isMac);
  const enabled = state.hasWindow || commandWithoutWindow(id) !== 'ignore';
  const item: MenuItemConstructorOptions = { label, enabled, click: () => actions.send(id) };
  if (!accelerator) return item;
  if (isMac && !accelerator.includes('CmdOrCtrl+')) {
    return { ...item, label: `${label} (${commandInfo(id).keys[0]})` };
  }
  return { ...item, accelerator, registerAccelerator: false };
}

export function buildMenuTemplate(platform: NodeJS.Platform, state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const c = (label: string, id: MenuCommand) => commandItem(platform, state, actions, label, id);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const recent: MenuItemConstructorOptions[] = state.recentFiles.length === 0
    ? [{ label: 'No recent projects', enabled: false }]
    : [
      ...state.recentFiles.map((filePath): MenuItemConstructorOptions => ({
        label: literalLabel(`${paths.basename(filePath)} — ${paths.dirname(filePath)}`),
        click: () => actions.openRecent(filePath),
      })),
      separator,
      { label: 'Clear Recent', click: () => actions.clearRecent() },
    ];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      c('New Project…', 'new-project'),
      { label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWindow() },
      c('Open…', 'open-project'),
      c('Open Bilingual…', 'open-bilingual'),
      { label: 'Open Recent', submenu: recent },
      { label: 'Open Sample Project', click: () => actions.openSampleWindow() },
      separator,
      c('Save', 'save'),
      c('Save As…', 'save-as'),
      c('Export…', 'export'),
      c('Export Document…', 'export-document'),
      c('Load Glossary…', 'load-glossary'),
      separator,
      // The window's close event asks the renderer to commit and, if needed, the user (main/shell/close-flow.ts).
      { role: 'close', label: 'Close', accelerator: 'CmdOrCtrl+W', enabled: state.hasWindow },
      ...(isMac ? [] : [separator, { role: 'quit', label: 'Quit' } as MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      c('Undo', 'undo'),
      c('Redo', 'redo'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      c('Find…', 'find'),
      c('Find Next', 'find-next'),
      c('Find Previous', 'find-previous'),
      c('Replace in English…', 'replace'),
      separator,
      c('Go to Pair…', 'go-to-pair'),
      c('Next Document', 'next-document'),
      c('Previous Document', 'previous-document'),
    ],
  };

  const developer: MenuItemConstructorOptions[] = state.isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, separator];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      c('Swap Columns', 'toggle-columns'),
      c('Dark Theme', 'toggle-theme'),
      c('Show Diff', 'toggle-diff'),
      c('Filter…', 'filter'),
      c('Statistics…', 'statistics'),
      c('Quality Checks Panel', 'toggle-qa-panel'),
      separator,
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const pair: MenuItemConstructorOptions = {
    label: '&Pair',
    submenu: [
      c('Merge with Next', 'merge-with-next'),
      c('Split at Cursor', 'split-pair'),
      separator,
      c('Move First English Sentence Up', 'move-en-first-up'),
      c('Move Last English Sentence Down', 'move-en-last-down'),
      c('Move First Arabic Sentence Up', 'move-ar-first-up'),
      c('Move Last Arabic Sentence Down', 'move-ar-last-down'),
      separator,
      c('Insert Empty Pair', 'insert-empty'),
      c('Delete Empty Pair', 'delete-empty'),
      c('No Counterpart', 'detach-sentence'),
      c('Re-align Between Approved', 'realign'),
      c('Re-align Unreviewed Pairs', 'realign-unreviewed'),
      separator,
      c('Approve', 'approve'),
      c('Reject', 'reject'),
      c('Reset', 'reset-status'),
      c('Approve and Next', 'approve-and-next'),
      c('Next Unreviewed', 'next-unreviewed'),
      c('Next Doubtful', 'next-doubtful'),
      c('Next Finding', 'next-finding'),
      c('Ignore Finding', 'ignore-finding'),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      c('Keyboard Shortcuts', 'shortcuts'),
      c('About Muqabala', 'about'),
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, pair, { role: 'windowMenu' }, help];
}
