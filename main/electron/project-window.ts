// One window per project: the BrowserWindow, its ProjectSession and the session
// API its renderer talks to. Closing with unsaved changes is held back and the
// renderer asked ('close-window'); it answers with confirmClose.

import * as path from 'node:path';
import { BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL, PROGRESS_CHANNEL, type MenuCommand } from '../ipc/contract';
import { createSessionApi, type SessionApiInstance } from '../services/api';
import { describeError } from '../services/errors';
import type { RecoveryStore } from '../services/recovery';
import { ProjectSession } from '../services/session';
import { createNativeDialogs } from './dialogs';
import { rendererUrl } from './protocol';
import { openExternalLink } from './security';

export interface WindowContext {
  recovery: RecoveryStore;
  autosaveMs?: number;
  appVersion: string;
  sampleDir: string;
  preloadPath: string;
  defaultDirectory: string;
  onProjectFile(filePath: string): void;
}

export interface ProjectWindow {
  window: BrowserWindow;
  session: ProjectSession;
  api: SessionApiInstance;
  send(command: MenuCommand): void;
}

const APP_NAME = 'Muqabala';

export function createProjectWindow(context: WindowContext): ProjectWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: context.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  const session = new ProjectSession();
  let closeConfirmed = false;

  const send = (command: MenuCommand): void => {
    if (!window.isDestroyed()) window.webContents.send(MENU_COMMAND_CHANNEL, command);
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
    openExternal: openExternalLink,
    closeWindow: () => {
      closeConfirmed = true;
      if (!window.isDestroyed()) window.close();
    },
    onProjectFile: context.onProjectFile,
    onBackgroundError: (error) => console.error(`Muqabala: autosave failed: ${describeError(error)}`),
  });

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
    if (closeConfirmed || !session.dirty) return;
    event.preventDefault();
    send('close-window');
  });
  window.on('closed', () => {
    void api.shutdown();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl());
  return { window, session, api, send };
}
