// One window per project: the BrowserWindow, its ProjectSession and the session
// API its renderer talks to. The decisions are in main/shell: what the window
// loads first (start-plan.ts: main loads it, the renderer waits through
// startup()), and whether it may close (close-flow.ts: the renderer commits
// the text being typed and asks about unsaved changes first, unless it has
// crashed or hangs).

import * as path from 'node:path';
import { BrowserWindow } from 'electron';
import { CLOSE_REQUEST_CHANNEL, MENU_COMMAND_CHANNEL, PROGRESS_CHANNEL, type MenuCommand } from '../ipc/contract';
import { createSessionApi, type SessionApiInstance } from '../services/api';
import type { LastFolder } from '../shell/dialog-folder';
import { describeError } from '../services/errors';
import type { RecoveryStore } from '../services/recovery';
import { ProjectSession } from '../services/session';
import { rendererUrl } from '../shell/app-origin';
import { answerClose, attemptClose, OPEN_WINDOW, rendererGone, rendererHung, rendererStartedUp, type WindowCloseState } from '../shell/close-flow';
import type { WindowPlan } from '../shell/start-plan';
import { APP_NAME, projectWindowOptions } from '../shell/window-options';
import { createNativeDialogs } from './dialogs';
import { openExternalLink } from './security';

export interface WindowContext {
  recovery: RecoveryStore;
  autosaveMs?: number;
  appVersion: string;
  sampleDir: string;
  preloadPath: string;
  defaultDirectory: string;
  /** The folder of the last file chosen in any window's dialog. */
  lastFolder: LastFolder;
  onProjectFile(filePath: string): void;
  /** The renderer answered a close request (proceed: the window closes; otherwise a Quit is called off). */
  onCloseAnswered(proceed: boolean): void;
}

export interface ProjectWindow {
  window: BrowserWindow;
  session: ProjectSession;
  api: SessionApiInstance;
  /** The initial load (the plan's); resolves with the error shown to the user, or null. */
  initialLoad: Promise<string | null>;
  send(command: MenuCommand): void;
}

export function createProjectWindow(context: WindowContext, plan: WindowPlan): ProjectWindow {
  const window = new BrowserWindow(projectWindowOptions(context.preloadPath));
  const session = new ProjectSession();
  let closeState: WindowCloseState = OPEN_WINDOW;

  const send = (command: MenuCommand): void => {
    if (!window.isDestroyed()) window.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  const closeNow = (): void => {
    if (!window.isDestroyed()) window.close();
  };

  const api = createSessionApi({
    session,
    recovery: context.recovery,
    autosaveMs: context.autosaveMs,
    dialogs: createNativeDialogs(window),
    emitProgress: (event) => {
      if (window.isDestroyed()) return;
      window.webContents.send(PROGRESS_CHANNEL, event);
      window.setProgressBar(event.fraction >= 1 ? -1 : event.fraction);
    },
    appVersion: context.appVersion,
    shell: 'electron',
    sampleDir: context.sampleDir,
    defaultDirectory: context.defaultDirectory,
    lastFolder: context.lastFolder,
    openExternal: openExternalLink,
    closeWindow: () => {
      closeState = answerClose(closeState, true).state;
      closeNow();
      context.onCloseAnswered(true);
    },
    closeCancelled: () => {
      closeState = answerClose(closeState, false).state;
      context.onCloseAnswered(false);
    },
    onProjectFile: context.onProjectFile,
    onBackgroundError: (error) => console.error(`Muqabala: autosave failed: ${describeError(error)}`),
  });
  void api.rendererStarted.then(() => { closeState = rendererStartedUp(closeState); });

  // The title says which project and whether it has unsaved changes (macOS: the dot in the close button).
  session.onChange(() => {
    if (window.isDestroyed()) return;
    const project = session.currentProject();
    const name = project ? (session.path ? path.basename(session.path) : project.name) : '';
    window.setTitle(project ? `${session.dirty ? '• ' : ''}${name} — ${APP_NAME}` : APP_NAME);
    if (session.path) window.setRepresentedFilename(session.path);
    window.setDocumentEdited(session.dirty);
  });

  window.on('close', (event) => {
    const attempt = attemptClose(closeState);
    closeState = attempt.state;
    if (attempt.action === 'close') return;
    event.preventDefault();
    if (attempt.action === 'ask-renderer') window.webContents.send(CLOSE_REQUEST_CHANNEL);
  });
  window.webContents.on('render-process-gone', () => {
    const gone = rendererGone(closeState);
    closeState = gone.state;
    if (gone.action === 'close') closeNow();
  });
  window.on('unresponsive', () => {
    const hung = rendererHung(closeState, true);
    closeState = hung.state;
    if (hung.action === 'close') closeNow();
  });
  window.on('responsive', () => { closeState = rendererHung(closeState, false).state; });
  window.on('closed', () => {
    // Unsaved work, committed up to a crash or a hang, stays in the recovery file.
    void api.shutdown();
  });
  window.once('ready-to-show', () => window.show());
  // Main owns the initial load; the renderer's startup() waits for it.
  const initialLoad = api.beginInitialLoad(plan.load, plan.fallback);
  void window.loadURL(rendererUrl());
  return { window, session, api, initialLoad, send };
}
