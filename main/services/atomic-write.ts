// The one place that writes files atomically: a reader (or a crash) sees the
// old file or the new one, never half of one. Everything that saves or exports
// goes through writeFileAtomic (one file) or writeFilesAtomic (a set that must
// be written whole, such as Moses' two files). A read-only file is never replaced.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<path>.bak` (one generation: an older .bak is replaced). */
  keepBackup?: boolean;
}

/** A file the user has made read-only is never replaced, though a rename in its folder could. */
export class ReadOnlyFileError extends Error {
  override name = 'ReadOnlyFileError';

  constructor(readonly path: string) {
    super(`"${path}" is read-only, so it was left as it was: make it writable or choose another name`);
  }
}

/** What a file is written from: its text, its bytes, or its text in pieces (a large project, never held whole). */
export type FileData = string | Uint8Array | Iterable<string>;

/** One file written to its temporary neighbour, not yet renamed over its target. */
interface StagedFile {
  path: string;
  temporary: string;
  /** The target existed (its mode was copied). */
  existed: boolean;
}

/**
 * Writes data to a temporary file in the same folder (so the rename cannot
 * cross file systems), flushes it to disk, then renames it over path. The new
 * file keeps the permissions of the one it replaces. On any error the
 * temporary file is removed and path is left as it was.
 */
export async function writeFileAtomic(path: string, data: FileData, options: AtomicWriteOptions = {}): Promise<void> {
  await namingTarget(path, async () => {
    const staged = await stage(path, data);
    try {
      if (options.keepBackup && staged.existed) await keepBackup(path);
      await renameWithRetry(staged.temporary, path);
    } catch (error) {
      await unlink(staged.temporary).catch(() => undefined);
      throw error;
    }
  });
  await syncFolder(dirname(path));
}

/**
 * Writes several files (Moses' `.ar` and `.en`) all or nothing: every file is
 * first written to its temporary neighbour; only then are they renamed over
 * their targets, and when one rename fails the files already replaced get
 * their previous content back (or are removed if they are new).
 */
export async function writeFilesAtomic(files: ReadonlyArray<{ path: string; data: FileData }>): Promise<void> {
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(await namingTarget(file.path, () => stage(file.path, file.data)));
  } catch (error) {
    await Promise.all(staged.map((file) => unlink(file.temporary).catch(() => undefined)));
    throw error;
  }
  const replaced: Array<{ path: string; previous: string | null }> = [];
  let current: StagedFile | null = null;
  try {
    for (const file of staged) {
      current = file;
      const previous = file.existed ? await holdPrevious(file.path) : null;
      replaced.push({ path: file.path, previous });
      await namingTarget(file.path, () => renameWithRetry(file.temporary, file.path));
    }
  } catch (error) {
    const last = replaced[replaced.length - 1];
    // The file whose rename failed still has its content: only its held copy goes.
    if (last && last.path === current?.path) {
      replaced.pop();
      if (last.previous) await unlink(last.previous).catch(() => undefined);
    }
    for (const file of replaced.reverse()) {
      if (file.previous) await rename(file.previous, file.path).catch(() => undefined);
      else await unlink(file.path).catch(() => undefined);
    }
    await Promise.all(staged.map((file) => unlink(file.temporary).catch(() => undefined)));
    throw error;
  }
  await Promise.all(replaced.map((file) => (file.previous ? unlink(file.previous).catch(() => undefined) : undefined)));
  for (const folder of new Set(staged.map((file) => dirname(file.path)))) await syncFolder(folder);
}

/** Runs a step for one target; a failure names the target the caller asked for, not a temporary file. */
async function namingTarget<T>(path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof Error && 'path' in error) (error as NodeJS.ErrnoException).path = path;
    throw error;
  }
}

function temporaryName(path: string, kind: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.${kind}`);
}

/** Refuses a read-only target, then writes data to a synced temporary file beside it with the target's mode. */
async function stage(path: string, data: FileData): Promise<StagedFile> {
  const previousMode = await existingMode(path);
  if (previousMode !== undefined && !(await isWritable(path, previousMode))) throw new ReadOnlyFileError(path);
  const temporary = temporaryName(path, 'tmp');
  const handle = await open(temporary, 'wx', previousMode ?? 0o666);
  try {
    try {
      // open() applies the umask; set the replaced file's mode exactly.
      if (previousMode !== undefined) await handle.chmod(previousMode);
      if (typeof data === 'string' || data instanceof Uint8Array) {
        await handle.writeFile(data);
      } else {
        // Each piece goes on where the last ended; only one piece is held as bytes at a time.
        for (const piece of data) await handle.writeFile(piece);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return { path, temporary, existed: previousMode !== undefined };
}

/**
 * Read-only means no write bit at all (what chmod a-w, Windows' read-only
 * attribute and Finder's lock give; it also holds for root, who could write
 * anyway), or a file this user may not write.
 */
async function isWritable(path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false;
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A hard link (or copy) of the file about to be replaced, to put back if a later file of the set fails. */
async function holdPrevious(path: string): Promise<string> {
  const held = temporaryName(path, 'prev');
  try {
    await link(path, held);
  } catch {
    await copyFile(path, held, constants.COPYFILE_EXCL);
  }
  return held;
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? undefined : stats.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The current file becomes `<path>.bak` while `path` itself stays in place
 * until the rename: a hard link costs nothing, and where links are not
 * supported (FAT, some network drives) a copy does the same.
 */
async function keepBackup(path: string): Promise<void> {
  const backup = `${path}.bak`;
  const staging = `${backup}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await link(path, staging);
  } catch {
    await copyFile(path, staging, constants.COPYFILE_EXCL);
  }
  try {
    await renameWithRetry(staging, backup);
  } catch (error) {
    await unlink(staging).catch(() => undefined);
    throw error;
  }
}

/** On Windows a rename over a file that a virus scanner or indexer holds open fails for a moment: try again briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const transient = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !transient.has(code) || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Makes the rename itself durable (POSIX); folders cannot be opened for syncing on Windows, where rename is already durable enough. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse to sync a folder; the data itself is already on disk.
  }
}
