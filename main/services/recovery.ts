// Autosave of unsaved work, so a crash, a power cut or a kill -9 loses at most a
// few seconds. Each open session writes its own recovery file
// (<dataDir>/recovery/<sessionId>.json, atomically) a few seconds after its first
// unsaved change, and removes it once the work is saved, discarded or closed
// cleanly. At the next start, a recovery file whose writer is gone (not a session
// of this process, and its process no longer alive) is offered for restoring.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { projectChunks } from '../core/project/file';
import type { Project } from '../core/project/types';
import type { RecoveryInfo } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';

export const RECOVERY_FORMAT = 'muqabala-recovery';
export const RECOVERY_VERSION = 1;
/** Default delay between the first unsaved change and its autosave. */
export const DEFAULT_AUTOSAVE_MS = 5000;

export interface RecoveryRecord {
  format: typeof RECOVERY_FORMAT;
  version: number;
  sessionId: string;
  /** The process that wrote it: while it lives, the file is its, not an orphan. */
  pid: number;
  savedAt: string;
  /** Where the project was last saved (null: never saved). */
  path: string | null;
  name: string;
  project: Project;
}

/** A recovery file left by a session that ended without saving. */
export interface OrphanRecovery {
  file: string;
  record: RecoveryRecord;
}

export class RecoveryStore {
  readonly directory: string;
  /** Sessions of this process: their files are live autosaves, never offered. */
  private readonly liveSessions = new Set<string>();

  constructor(dataDir: string) {
    this.directory = path.join(dataDir, 'recovery');
  }

  fileFor(sessionId: string): string {
    return path.join(this.directory, `${sessionId}.json`);
  }

  claim(sessionId: string): void {
    this.liveSessions.add(sessionId);
  }

  release(sessionId: string): void {
    this.liveSessions.delete(sessionId);
  }

  async write(sessionId: string, project: Project, projectPath: string | null): Promise<void> {
    const head: Omit<RecoveryRecord, 'project'> = {
      format: RECOVERY_FORMAT,
      version: RECOVERY_VERSION,
      sessionId,
      pid: process.pid,
      savedAt: new Date().toISOString(),
      path: projectPath,
      name: project.name,
    };
    await fs.mkdir(this.directory, { recursive: true });
    await writeFileAtomic(this.fileFor(sessionId), recordChunks(head, project));
  }

  async remove(sessionId: string): Promise<void> {
    await fs.rm(this.fileFor(sessionId), { force: true });
  }

  /** The newest recovery file no live session owns, or null. Unreadable files are skipped, not deleted. */
  async findOrphan(): Promise<OrphanRecovery | null> {
    let names: string[];
    try {
      names = await fs.readdir(this.directory);
    } catch {
      return null;
    }
    let newest: OrphanRecovery | null = null;
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(this.directory, name);
      const record = await readRecord(file);
      if (!record || this.liveSessions.has(record.sessionId) || isOtherLiveProcess(record.pid)) continue;
      if (!newest || record.savedAt > newest.record.savedAt) newest = { file, record };
    }
    return newest;
  }

  async check(): Promise<RecoveryInfo> {
    const orphan = await this.findOrphan();
    if (!orphan) return { available: false };
    return { available: true, projectName: orphan.record.name, savedAt: orphan.record.savedAt, path: orphan.record.path };
  }

  async discard(orphan: OrphanRecovery): Promise<void> {
    await fs.rm(orphan.file, { force: true });
  }
}

/**
 * The record as JSON, its project written exactly as the project file is
 * (projectChunks): restoring validates it as a project file, and the project
 * in memory is not one (a many-document project's version is set on writing).
 */
function* recordChunks(head: Omit<RecoveryRecord, 'project'>, project: Project): Generator<string> {
  yield `${JSON.stringify(head).slice(0, -1)},"project":`;
  yield* projectChunks(project);
  yield '}\n';
}

async function readRecord(file: string): Promise<RecoveryRecord | null> {
  try {
    const record = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<RecoveryRecord>;
    const valid = record.format === RECOVERY_FORMAT && record.version === RECOVERY_VERSION
      && typeof record.sessionId === 'string' && typeof record.savedAt === 'string'
      && typeof record.project === 'object' && record.project !== null && Array.isArray(record.project.beads);
    return valid ? (record as RecoveryRecord) : null;
  } catch {
    return null;
  }
}

function isOtherLiveProcess(pid: unknown): boolean {
  if (typeof pid !== 'number' || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What the autosaver watches: anything with a project, a path and a dirty flag. */
export interface AutosaveSource {
  readonly sessionId: string;
  readonly dirty: boolean;
  currentProject(): Project | null;
  readonly path: string | null;
}

/**
 * Writes the session's recovery file autosaveMs after the first unsaved change
 * (not after the last one: someone typing without pause still gets autosaved),
 * and removes it when the session is clean again.
 */
export class Autosaver {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: RecoveryStore,
    private readonly source: AutosaveSource,
    private readonly delayMs: number = DEFAULT_AUTOSAVE_MS,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    store.claim(source.sessionId);
  }

  /** Call after every change of the session (edit, undo, save, open, close). */
  changed(): void {
    if (this.source.dirty && this.source.currentProject()) {
      if (!this.timer) this.timer = setTimeout(() => { this.timer = null; void this.flush(); }, this.delayMs);
    } else {
      this.cancelTimer();
      this.enqueue(() => this.store.remove(this.source.sessionId));
    }
  }

  /** Writes the recovery file now if there is unsaved work (also used on shutdown). */
  flush(): Promise<void> {
    this.cancelTimer();
    const project = this.source.currentProject();
    if (!this.source.dirty || !project) return this.writing;
    return this.enqueue(() => this.store.write(this.source.sessionId, project, this.source.path));
  }

  /** The session ends cleanly (saved, or the user chose to discard): no recovery file remains. */
  async closeCleanly(): Promise<void> {
    this.cancelTimer();
    await this.enqueue(() => this.store.remove(this.source.sessionId));
    this.store.release(this.source.sessionId);
  }

  /** Stop without touching the file (the process is going down with unsaved work: keep it). */
  stop(): void {
    this.cancelTimer();
  }

  /** Resolves when pending writes are done (tests, shutdown). */
  idle(): Promise<void> {
    return this.writing;
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  // Writes and removals run one after the other so a late write never resurrects a removed file.
  private enqueue(job: () => Promise<void>): Promise<void> {
    this.writing = this.writing.then(job).catch((error) => this.onError(error));
    return this.writing;
  }
}
