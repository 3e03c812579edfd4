// Who loads what at start, and where a project file asked for later goes.
// One owner for the initial load: the main process decides what each window
// shows first and loads it; the renderer waits for that (the contract's
// startup()) and never loads a project on its own at start, so the sample can
// neither race an alignment already running nor replace a file opened from
// the command line, open-file or a second instance.

import type { MenuCommand } from '../ipc/contract';

/** What a new window's session loads before its renderer is told to start. */
export type InitialLoad = { kind: 'file'; path: string } | { kind: 'sample' } | { kind: 'none' };

export interface WindowPlan {
  load: InitialLoad;
  /** What the renderer shows when nothing was loaded or the user declines restoring unsaved work. */
  fallback: 'sample' | 'none';
}

/**
 * The windows to open at start: one per project file asked for; with none,
 * one window with the sample, except when unsaved work of an earlier session
 * waits to be restored: then the renderer asks first and shows the sample
 * only if the user declines.
 */
export function startWindows(files: readonly string[], recoveryAvailable: boolean): WindowPlan[] {
  if (files.length > 0) return files.map((path) => ({ load: { kind: 'file', path }, fallback: 'none' }));
  return [recoveryAvailable ? { load: { kind: 'none' }, fallback: 'sample' } : { load: { kind: 'sample' }, fallback: 'sample' }];
}

export interface WindowSummary {
  id: number;
  /** The project file shown, or null (the sample, a new unsaved project, nothing yet). */
  path: string | null;
  /** Nobody has worked in it: no file, no unsaved change (the untouched sample, or still loading). */
  pristine: boolean;
}

export type FileRoute =
  | { kind: 'focus'; id: number }
  /** Open in a new window; replace: a pristine window to close once the file is open. */
  | { kind: 'open'; replace: number | null };

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  // Windows and macOS file systems ignore case by default.
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

/**
 * Where a project file goes: the window that already shows it, else a new
 * window; the focused window is closed after it only if nobody has worked in
 * it. A new window rather than the pristine one itself, because the pristine
 * window may still be aligning the sample, which would land after the file.
 */
export function routeFile(filePath: string, windows: readonly WindowSummary[], focusedId: number | null, platform: NodeJS.Platform): FileRoute {
  const showing = windows.find((window) => window.path !== null && samePath(window.path, filePath, platform));
  if (showing) return { kind: 'focus', id: showing.id };
  const focused = windows.find((window) => window.id === focusedId) ?? null;
  return { kind: 'open', replace: focused?.pristine ? focused.id : null };
}

/**
 * A menu command given with no window open (macOS keeps the app running):
 * New Project and Open open a window first and then run there; commands on a
 * project have nothing to act on (the menu shows them disabled).
 */
export function commandWithoutWindow(command: MenuCommand): 'open-window-then-send' | 'ignore' {
  return command === 'new-project' || command === 'open-project' ? 'open-window-then-send' : 'ignore';
}

/** A second launch with no file: bring a window forward, or open the start window if there is none. */
export function secondLaunchWithoutFiles(windowCount: number): 'focus-window' | 'open-start-window' {
  return windowCount > 0 ? 'focus-window' : 'open-start-window';
}
