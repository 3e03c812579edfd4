// Saving and opening project files. Saving is atomic and keeps the previous
// version as <path>.bak; opening never changes the file, whatever is wrong with it.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ProjectFileError, parseProject, projectChunks } from '../core/project/file';
import type { Project } from '../core/project/types';
import { writeFileAtomic } from './atomic-write';
import { describeError } from './errors';

/** Larger than any real project (10,000 pairs with both texts is a few MB); beyond it the file is surely not one. */
export const MAX_PROJECT_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Writes the project to path atomically, keeping the file it replaces as
 * <path>.bak, and sets project.modified to the time of saving.
 */
export async function saveProjectFile(path: string, project: Project, now: Date = new Date()): Promise<void> {
  const saved: Project = { ...project, modified: now.toISOString() };
  try {
    await writeFileAtomic(path, projectChunks(saved), { keepBackup: true });
  } catch (error) {
    throw new ProjectFileError(`the project was not saved: ${describeError(error)}`);
  }
  project.modified = saved.modified;
}

/** Reads and validates a project file; anything wrong gives a ProjectFileError naming the file. */
export async function loadProjectFile(path: string): Promise<Project> {
  const fileName = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'the file does not exist'
      : code === 'EISDIR' ? 'it is a folder'
        : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
          : (error as Error).message;
    throw new ProjectFileError(`cannot open "${fileName}": ${problem}`);
  }
  if (bytes.length > MAX_PROJECT_FILE_BYTES) {
    throw new ProjectFileError(`"${fileName}" is not a Muqabala project: it is larger than ${MAX_PROJECT_FILE_BYTES / 1024 / 1024} MB`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProjectFileError(`"${fileName}" is not a Muqabala project: it is not UTF-8 text`);
  }
  return parseProject(text, fileName);
}
