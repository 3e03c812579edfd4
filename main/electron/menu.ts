// The native menu bar. Every item that acts on the project sends a MenuCommand
// to the focused window's renderer, which runs it exactly as its own keyboard
// map would. The accelerators shown are the renderer's keys, read from the
// command table (main/ipc/command-table.ts), and are not registered with the OS
// (registerAccelerator: false): the renderer handles each key once, in the
// grid and in the editors alike, and the menu only shows it. Clipboard,
// window and zoom items are native roles.

import { Menu, type MenuItemConstructorOptions } from 'electron';
import * as path from 'node:path';
import type { MenuCommand } from '../ipc/contract';
import { menuAccelerator } from './accelerators';

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
  isMac: boolean;
}

function command(label: string, id: MenuCommand, accelerator: string | undefined, actions: MenuActions): MenuItemConstructorOptions {
  return {
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.send(id),
  };
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const c = (label: string, id: MenuCommand) => command(label, id, menuAccelerator(id, state.isMac), actions);
  const recent: MenuItemConstructorOptions[] = state.recentFiles.length === 0
    ? [{ label: 'No recent projects', enabled: false }]
    : [
      ...state.recentFiles.map((filePath): MenuItemConstructorOptions => ({
        label: `${path.basename(filePath)} — ${path.dirname(filePath)}`,
        click: () => actions.openRecent(filePath),
      })),
      { type: 'separator' },
      { label: 'Clear Recent', click: () => actions.clearRecent() },
    ];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      c('New Project…', 'new-project'),
      { label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWindow() },
      c('Open…', 'open-project'),
      { label: 'Open Recent', submenu: recent },
      { label: 'Open Sample Project', click: () => actions.openSampleWindow() },
      { type: 'separator' },
      c('Save', 'save'),
      c('Save As…', 'save-as'),
      c('Export…', 'export'),
      c('Load Glossary…', 'load-glossary'),
      { type: 'separator' },
      // Closing goes through the window's close event, which asks the renderer when there are unsaved changes.
      { label: 'Close', role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(state.isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { label: 'Quit', role: 'quit' } as MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      c('Undo', 'undo'),
      c('Redo', 'redo'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      c('Find…', 'find'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      c('Swap Columns', 'toggle-columns'),
      c('Dark Theme', 'toggle-theme'),
      c('Show Diff', 'toggle-diff'),
      c('Filter…', 'filter'),
      c('Quality Checks Panel', 'toggle-qa-panel'),
      { type: 'separator' },
      ...(state.isPackaged ? [] : [{ role: 'reload' } as MenuItemConstructorOptions, { role: 'toggleDevTools' } as MenuItemConstructorOptions, { type: 'separator' } as MenuItemConstructorOptions]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const pair: MenuItemConstructorOptions = {
    label: '&Pair',
    submenu: [
      c('Merge with Next', 'merge-with-next'),
      c('Split at Cursor', 'split-pair'),
      { type: 'separator' },
      c('Move First English Sentence Up', 'move-en-first-up'),
      c('Move Last English Sentence Down', 'move-en-last-down'),
      c('Move First Arabic Sentence Up', 'move-ar-first-up'),
      c('Move Last Arabic Sentence Down', 'move-ar-last-down'),
      { type: 'separator' },
      c('Insert Empty Pair', 'insert-empty'),
      c('Delete Empty Pair', 'delete-empty'),
      c('No Counterpart', 'detach-sentence'),
      c('Re-align Between Approved', 'realign'),
      c('Re-align Unreviewed Pairs', 'realign-unreviewed'),
      { type: 'separator' },
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

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      c('Keyboard Shortcuts', 'shortcuts'),
      c('About Muqabala', 'about'),
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = state.isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, pair, windowMenu, help];
}

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)));
}
