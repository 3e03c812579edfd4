// The native menu bar. Every item that acts on the project sends a MenuCommand
// to the focused window's renderer, which runs it exactly as its own keyboard
// map would. The accelerators shown are the renderer's keys
// (renderer/commands/command-table.ts) and are not registered with the OS
// (registerAccelerator: false): the renderer handles each key once, in the
// grid and in the editors alike, and the menu only shows it. Clipboard,
// window and zoom items are native roles.

import { Menu, type MenuItemConstructorOptions } from 'electron';
import * as path from 'node:path';
import type { MenuCommand } from '../ipc/contract';

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
  const c = (label: string, id: MenuCommand, accelerator?: string) => command(label, id, accelerator, actions);
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
      c('New Project…', 'new-project', 'CmdOrCtrl+N'),
      { label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWindow() },
      c('Open…', 'open-project', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recent },
      { label: 'Open Sample Project', click: () => actions.openSampleWindow() },
      { type: 'separator' },
      c('Save', 'save', 'CmdOrCtrl+S'),
      c('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
      c('Export…', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      // Closing goes through the window's close event, which asks the renderer when there are unsaved changes.
      { label: 'Close', role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(state.isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { label: 'Quit', role: 'quit' } as MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      c('Undo', 'undo', 'CmdOrCtrl+Z'),
      c('Redo', 'redo', state.isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      c('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      c('Swap Columns', 'toggle-columns', 'CmdOrCtrl+Shift+X'),
      c('Dark Theme', 'toggle-theme', 'CmdOrCtrl+Shift+T'),
      c('Show Diff', 'toggle-diff', 'CmdOrCtrl+D'),
      c('Filter…', 'filter', 'CmdOrCtrl+Shift+F'),
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
      c('Merge with Next', 'merge-with-next', 'CmdOrCtrl+M'),
      c('Split at Cursor', 'split-pair', 'CmdOrCtrl+B'),
      { type: 'separator' },
      c('Move First English Sentence Up', 'move-en-first-up', 'CmdOrCtrl+Up'),
      c('Move Last English Sentence Down', 'move-en-last-down', 'CmdOrCtrl+Down'),
      c('Move First Arabic Sentence Up', 'move-ar-first-up', 'CmdOrCtrl+Shift+Up'),
      c('Move Last Arabic Sentence Down', 'move-ar-last-down', 'CmdOrCtrl+Shift+Down'),
      { type: 'separator' },
      c('Insert Empty Pair', 'insert-empty', 'CmdOrCtrl+Enter'),
      c('Delete Empty Pair', 'delete-empty', 'CmdOrCtrl+Delete'),
      c('No Counterpart', 'detach-sentence', 'CmdOrCtrl+Shift+D'),
      c('Re-align Between Approved', 'realign', 'CmdOrCtrl+Shift+A'),
      { type: 'separator' },
      c('Approve', 'approve', 'A'),
      c('Reject', 'reject', 'R'),
      c('Reset', 'reset-status', 'U'),
      c('Approve and Next', 'approve-and-next', 'Space'),
      c('Next Unreviewed', 'next-unreviewed', 'N'),
      c('Next Doubtful', 'next-doubtful', 'D'),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      c('Keyboard Shortcuts', 'shortcuts', 'F1'),
      c('About Muqabala', 'about'),
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = state.isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, pair, windowMenu, help];
}

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)));
}
