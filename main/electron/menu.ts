// Installs the native menu built by main/shell/menu-template.ts (a pure
// function of platform, state and recent files, tested on every platform's
// branch); this file only hands it to Electron.

import { Menu } from 'electron';
import { buildMenuTemplate, type MenuActions, type MenuState } from '../shell/menu-template';

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, state, actions)));
}
