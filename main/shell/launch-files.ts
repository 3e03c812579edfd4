// Which project files a launch asks for: the command line of the first or a
// second instance (Windows and Linux file associations, a terminal) and
// macOS's open-file event. Linux desktop files may pass file:// URIs (%U);
// Chromium and Electron add switches of their own (--no-sandbox,
// --original-process-start-time=..., macOS's -psn_...). Pure: the file system
// is asked through `kindOf`, so every branch runs in the unit tests.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_FILE_EXTENSION } from '../ipc/contract';

export type PathKind = 'file' | 'folder' | 'missing';

export interface LaunchContext {
  platform: NodeJS.Platform;
  /** The folder the command line was typed in (a second instance passes its own). */
  cwd: string;
  kindOf(absolutePath: string): PathKind;
}

export interface LaunchFiles {
  /** Absolute paths of project files to open, each once, in the order given. */
  files: string[];
  /** One sentence per argument that named a file we cannot open, for the user. */
  problems: string[];
}

/**
 * The arguments that are the user's: Electron's argv starts with the
 * executable, and when run unpackaged (`electron .`) the app's folder is the
 * first argument that is not a switch (switches may come before it).
 */
export function userArguments(argv: readonly string[], isPackaged: boolean): string[] {
  const rest = argv.slice(1);
  if (isPackaged) return rest;
  const appFolder = rest.findIndex((argument) => !argument.startsWith('-'));
  return appFolder < 0 ? rest : [...rest.slice(0, appFolder), ...rest.slice(appFolder + 1)];
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** A plain path or a file:// URI as an absolute path; null for another kind of URI. */
function toPath(argument: string, context: LaunchContext): string | null {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(argument)) {
    if (!argument.toLowerCase().startsWith('file://')) return null;
    try {
      return fileURLToPath(argument, { windows: context.platform === 'win32' });
    } catch {
      return null;
    }
  }
  return pathApi(context.platform).resolve(context.cwd, argument);
}

export function launchFiles(args: readonly string[], context: LaunchContext): LaunchFiles {
  const files: string[] = [];
  const problems: string[] = [];
  for (const argument of args) {
    // Switches (ours, Chromium's, Electron's, macOS's -psn_) are never files.
    if (argument === '' || argument.startsWith('-')) continue;
    const filePath = toPath(argument, context);
    if (filePath === null) {
      problems.push(`"${argument}" is not a file.`);
      continue;
    }
    const kind = context.kindOf(filePath);
    if (kind === 'folder') problems.push(`"${filePath}" is a folder, not a Muqabala project.`);
    else if (kind === 'missing') problems.push(`"${filePath}" does not exist.`);
    else if (!filePath.toLowerCase().endsWith(PROJECT_FILE_EXTENSION)) {
      problems.push(`"${filePath}" is not a Muqabala project (${PROJECT_FILE_EXTENSION}); create a project from two text files with File › New Project.`);
    } else if (!files.includes(filePath)) files.push(filePath);
  }
  return { files, problems };
}
