// The Electron entry: app lifecycle, one window per project, the single-instance
// lock (a second launch hands its files to this one), project files from the
// command line and from macOS's open-file, the app:// protocol, the security
// policy, the IPC handlers and the menu. The work itself is in main/services.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { PROJECT_FILE_EXTENSION, type MenuCommand } from './ipc/contract';
import { registerIpcHandlers } from './ipc/handlers';
import { installMenu } from './electron/menu';
import { createProjectWindow, type ProjectWindow, type WindowContext } from './electron/project-window';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { RecentFiles } from './electron/recent-files';
import { applySecurityPolicy } from './electron/security';
import { describeError } from './services/errors';
import { RecoveryStore } from './services/recovery';
import { APP_VERSION } from './services/version';

const APP_ROOT = path.resolve(__dirname, '..', '..');
const windows = new Map<number, ProjectWindow>();
/** Files asked for (argv, open-file) before the app was ready. */
const pendingFiles: string[] = [];
let ready = false;
let recentFiles: RecentFiles;
let windowContext: WindowContext;

/** Project files named on a command line (other arguments are Electron's or Chromium's). */
function projectFilesIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PROJECT_FILE_EXTENSION))
    .map((arg) => path.resolve(cwd, arg))
    .filter((file) => fs.existsSync(file));
}

function focusedProjectWindow(): ProjectWindow | null {
  const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
  return focused ? windows.get(focused.webContents.id) ?? null : null;
}

function openWindow(): ProjectWindow {
  const projectWindow = createProjectWindow(windowContext);
  const id = projectWindow.window.webContents.id;
  windows.set(id, projectWindow);
  projectWindow.window.on('closed', () => windows.delete(id));
  return projectWindow;
}

/** A window nobody has worked in yet (nothing open, or the untouched sample): a file may replace it. */
function isPristine(projectWindow: ProjectWindow): boolean {
  return !projectWindow.session.dirty && projectWindow.session.path === null;
}

async function openFileInNewWindow(filePath: string): Promise<void> {
  const already = [...windows.values()].find((candidate) => candidate.session.path === filePath);
  if (already) {
    already.window.focus();
    return;
  }
  const replaced = focusedProjectWindow();
  const projectWindow = openWindow();
  try {
    await projectWindow.api.openProject(filePath);
    if (replaced && isPristine(replaced) && replaced !== projectWindow) replaced.window.close();
  } catch (error) {
    // The window stays empty (the renderer offers New/Open); the user sees why.
    void dialog.showMessageBox(projectWindow.window, {
      type: 'error',
      message: 'The project could not be opened',
      detail: describeError(error),
    });
  }
}

/** With no file to open: restore-able work is offered by the renderer; otherwise the sample is shown. */
async function openStartWindow(): Promise<void> {
  const projectWindow = openWindow();
  if (!(await windowContext.recovery.check()).available) {
    await projectWindow.api.openSample().catch((error) => console.error(`Muqabala: sample: ${describeError(error)}`));
  }
}

function rebuildMenu(): void {
  installMenu(
    { recentFiles: recentFiles.list(), isPackaged: app.isPackaged, isMac: process.platform === 'darwin' },
    {
      send: (command: MenuCommand) => focusedProjectWindow()?.send(command),
      openRecent: (filePath) => { void openFileInNewWindow(filePath); },
      clearRecent: () => recentFiles.clear(),
      openSampleWindow: () => { void openWindow().api.openSample(); },
      newWindow: () => { openWindow(); },
    },
  );
}

function apiForSender(sender: WebContents) {
  return windows.get(sender.id)?.api ?? null;
}

async function start(): Promise<void> {
  applySecurityPolicy();
  serveRenderer(path.join(APP_ROOT, 'dist', 'renderer'));
  registerIpcHandlers(apiForSender);
  const userData = app.getPath('userData');
  recentFiles = new RecentFiles(path.join(userData, 'recent-files.json'), rebuildMenu);
  windowContext = {
    recovery: new RecoveryStore(userData),
    appVersion: APP_VERSION,
    sampleDir: path.join(APP_ROOT, 'assets', 'sample'),
    preloadPath: path.join(APP_ROOT, 'dist', 'preload', 'preload.js'),
    defaultDirectory: app.getPath('documents'),
    onProjectFile: (filePath) => recentFiles.add(filePath),
  };
  rebuildMenu();
  ready = true;
  const files = [...pendingFiles, ...projectFilesIn(process.argv.slice(1), process.cwd())];
  pendingFiles.length = 0;
  if (files.length === 0) await openStartWindow();
  for (const file of new Set(files)) await openFileInNewWindow(file);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = projectFilesIn(argv.slice(1), workingDirectory);
    if (files.length === 0) {
      const existing = focusedProjectWindow();
      if (existing) {
        if (existing.window.isMinimized()) existing.window.restore();
        existing.window.focus();
      } else {
        void openStartWindow();
      }
    }
    for (const file of files) void openFileInNewWindow(file);
  });
  // macOS: a project double-clicked in the Finder, possibly before we are ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (ready) void openFileInNewWindow(filePath);
    else pendingFiles.push(filePath);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (ready && BrowserWindow.getAllWindows().length === 0) void openStartWindow();
  });
  app.whenReady().then(start).catch((error) => {
    dialog.showErrorBox('Muqabala could not start', describeError(error));
    app.quit();
  });
}
