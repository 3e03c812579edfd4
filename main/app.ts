// The Electron entry: a thin layer over the decisions in main/shell (which
// files a launch asks for, what each window loads first, where a file goes,
// when closing and quitting may go ahead, the menu) and the work in
// main/services. One window per project; the single-instance lock hands a
// second launch's files to this one; macOS's open-file does the same.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import type { MenuCommand } from './ipc/contract';
import { registerIpcHandlers } from './ipc/handlers';
import { installMenu } from './electron/menu';
import { createProjectWindow, type ProjectWindow, type WindowContext } from './electron/project-window';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { RecentFiles } from './electron/recent-files';
import { applySecurityPolicy } from './electron/security';
import { describeError } from './services/errors';
import { RecoveryStore } from './services/recovery';
import { APP_VERSION } from './services/version';
import { closeAnswered, NOT_QUITTING, quitRequested, quitWhenAllClosed, type QuitState } from './shell/close-flow';
import { launchFiles, userArguments, type PathKind } from './shell/launch-files';
import { LastFolder } from './shell/dialog-folder';
import {
  commandWithoutWindow, routeFile, secondLaunchWithoutFiles, startWindows, type WindowPlan,
} from './shell/start-plan';

const APP_ROOT = path.resolve(__dirname, '..', '..');
const windows = new Map<number, ProjectWindow>();
/** Files asked for (open-file, a second instance) before the app was ready. */
const pendingFiles: string[] = [];
let ready = false;
let quit: QuitState = NOT_QUITTING;
let recentFiles: RecentFiles;
let windowContext: WindowContext;

function kindOf(filePath: string): PathKind {
  try {
    return fs.statSync(filePath).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** The project files of a command line; arguments naming something we cannot open are reported once. */
function filesFromCommandLine(argv: readonly string[], cwd: string): string[] {
  const { files, problems } = launchFiles(userArguments(argv, app.isPackaged), { platform: process.platform, cwd, kindOf });
  if (problems.length > 0) {
    const report = (): void => { void dialog.showMessageBox({ type: 'warning', message: 'Some files could not be opened', detail: problems.join('\n') }); };
    // Dialogs exist only once the app is ready.
    if (app.isReady()) report();
    else void app.whenReady().then(report);
  }
  return files;
}

function focusedProjectWindow(): ProjectWindow | null {
  const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
  return focused ? windows.get(focused.webContents.id) ?? null : null;
}

function openWindow(plan: WindowPlan): ProjectWindow {
  const projectWindow = createProjectWindow(windowContext, plan);
  const id = projectWindow.window.webContents.id;
  windows.set(id, projectWindow);
  projectWindow.window.on('closed', () => {
    windows.delete(id);
    rebuildMenu();
  });
  rebuildMenu();
  return projectWindow;
}

async function openFile(filePath: string): Promise<void> {
  const summaries = [...windows.entries()].map(([id, candidate]) => ({
    id,
    path: candidate.session.path,
    pristine: !candidate.session.dirty && candidate.session.path === null,
  }));
  const route = routeFile(filePath, summaries, focusedProjectWindow()?.window.webContents.id ?? null, process.platform);
  if (route.kind === 'focus') {
    windows.get(route.id)?.window.focus();
    return;
  }
  const projectWindow = openWindow({ load: { kind: 'file', path: filePath }, fallback: 'none' });
  const error = await projectWindow.initialLoad;
  // The replaced window was untouched: nothing to ask before it goes.
  if (!error && route.replace !== null) windows.get(route.replace)?.window.destroy();
}

async function openStartWindows(files: readonly string[]): Promise<void> {
  const recoveryAvailable = files.length === 0 && (await windowContext.recovery.check()).available;
  for (const plan of startWindows(files, recoveryAvailable)) openWindow(plan);
}

/** A menu command for the focused window; with none open (macOS), New and Open open one first. */
function sendCommand(command: MenuCommand): void {
  const target = focusedProjectWindow();
  if (target) {
    target.send(command);
    return;
  }
  if (commandWithoutWindow(command) === 'ignore') return;
  const projectWindow = openWindow({ load: { kind: 'none' }, fallback: 'none' });
  void projectWindow.api.rendererStarted.then(() => projectWindow.send(command));
}

function rebuildMenu(): void {
  if (!recentFiles) return;
  installMenu(
    { recentFiles: recentFiles.list(), isPackaged: app.isPackaged, hasWindow: windows.size > 0 },
    {
      send: sendCommand,
      openRecent: (filePath) => { void openFile(filePath); },
      clearRecent: () => recentFiles.clear(),
      openSampleWindow: () => { openWindow({ load: { kind: 'sample' }, fallback: 'none' }); },
      newWindow: () => { openWindow({ load: { kind: 'none' }, fallback: 'none' }); },
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
    // Across runs, the last folder used is that of the newest recent project.
    lastFolder: new LastFolder(path, recentFiles.list()[0] ?? null),
    onProjectFile: (filePath) => recentFiles.add(filePath),
    onCloseAnswered: (proceed) => {
      const answered = closeAnswered(quit, proceed);
      quit = answered.quit;
      // Electron stopped the Quit when this window held back its close: go on with it.
      if (answered.resumeQuit) app.quit();
    },
  };
  rebuildMenu();
  ready = true;
  const files = [...new Set([...pendingFiles, ...filesFromCommandLine(process.argv, process.cwd())])];
  pendingFiles.length = 0;
  await openStartWindows(files);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = filesFromCommandLine(argv, workingDirectory);
    if (!ready) {
      // Opened with the start windows, like macOS's early open-file.
      pendingFiles.push(...files);
      return;
    }
    for (const file of files) void openFile(file);
    if (files.length > 0) return;
    if (secondLaunchWithoutFiles(windows.size) === 'open-start-window') {
      void openStartWindows([]);
      return;
    }
    const existing = focusedProjectWindow();
    if (existing?.window.isMinimized()) existing.window.restore();
    existing?.window.focus();
  });
  // macOS: a project double-clicked in the Finder, possibly before we are ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (ready) void openFile(filePath);
    else pendingFiles.push(filePath);
  });
  app.on('before-quit', () => { quit = quitRequested(); });
  app.on('window-all-closed', () => {
    if (quitWhenAllClosed(process.platform, quit)) app.quit();
  });
  app.on('activate', () => {
    if (ready && BrowserWindow.getAllWindows().length === 0) void openStartWindows([]);
  });
  app.whenReady().then(start).catch((error) => {
    dialog.showErrorBox('Muqabala could not start', describeError(error));
    app.quit();
  });
}
