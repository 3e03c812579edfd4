// The options of every project window, as data the unit tests can pin: the
// page runs sandboxed, with context isolation and no Node, and sees only what
// the preload exposes (window.muqabala).

import type { BrowserWindowConstructorOptions } from 'electron';

export const APP_NAME = 'Muqabala';

export function projectWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
