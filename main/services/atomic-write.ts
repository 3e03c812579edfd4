// The one place that writes files atomically: a reader (or a crash) sees the
// old file or the new one, never half of one. Everything that saves or exports
// goes through writeFileAtomic.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<path>.bak` (one generation: an older .bak is replaced). */
  keepBackup?: boolean;
}

/**
 * Writes data to a temporary file in the same folder (so the rename cannot
 * cross file systems), flushes it to disk, then renames it over path. The new
 * file keeps the permissions of the one it replaces. On any error the
 * temporary file is removed and path is left as it was.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeThenRename(path, temporary, data, options);
  } catch (error) {
    // Name the file the caller asked for, not the temporary one, in the message users see.
    if (error instanceof Error && 'path' in error) (error as NodeJS.ErrnoException).path = path;
    throw error;
  }
  await syncFolder(folder);
}

async function writeThenRename(path: string, temporary: string, data: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const previousMode = await existingMode(path);
  const handle = await open(temporary, 'wx', previousMode ?? 0o666);
  try {
    try {
      // open() applies the umask; set the replaced file's mode exactly.
      if (previousMode !== undefined) await handle.chmod(previousMode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.keepBackup && previousMode !== undefined) await keepBackup(path);
    await renameWithRetry(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
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
