// Undo and redo for one open project. Every operation is a list of bead splices
// with its inverse, so the history only replays splices; it never needs to know
// what kind of edit it is undoing. There is no limit on either stack.

import type { Operation } from './operations';
import { applySplices } from './splices';
import type { BeadSplice, Project } from './types';

interface Entry {
  operation: Operation;
  /** Unique per applied operation, so a save point can name the state it was taken in. */
  serial: number;
}

export interface HistorySnapshot {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export class EditHistory {
  private readonly undoStack: Entry[] = [];
  private readonly redoStack: Entry[] = [];
  private nextSerial = 1;
  /** Serial of the operation on top of the undo stack when last saved (0: the state the project was opened in). */
  private savedAt = 0;

  /**
   * Applies the operation to the project (mutating project.beads and nextId)
   * and records it; returns the splices applied, for a UI to patch its copy.
   * An operation that changes nothing is neither applied nor recorded.
   */
  apply(project: Project, operation: Operation): BeadSplice[] {
    if (operation.forward.length === 0) return [];
    applySplices(project.beads, operation.forward);
    project.nextId = operation.nextIdAfter;
    this.undoStack.push({ operation, serial: this.nextSerial++ });
    this.redoStack.length = 0;
    return operation.forward;
  }

  /** Undoes the last operation; returns the splices applied ([] when there is nothing to undo). */
  undo(project: Project): BeadSplice[] {
    const entry = this.undoStack.pop();
    if (!entry) return [];
    applySplices(project.beads, entry.operation.inverse);
    project.nextId = entry.operation.nextIdBefore;
    this.redoStack.push(entry);
    return entry.operation.inverse;
  }

  /** Redoes the last undone operation; returns the splices applied ([] when there is nothing to redo). */
  redo(project: Project): BeadSplice[] {
    const entry = this.redoStack.pop();
    if (!entry) return [];
    applySplices(project.beads, entry.operation.forward);
    project.nextId = entry.operation.nextIdAfter;
    this.undoStack.push(entry);
    return entry.operation.forward;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get undoLabel(): string | null {
    return this.undoStack.at(-1)?.operation.label ?? null;
  }

  get redoLabel(): string | null {
    return this.redoStack.at(-1)?.operation.label ?? null;
  }

  /** Call after saving: the current state is the saved one. */
  markSaved(): void {
    this.savedAt = this.currentSerial();
  }

  /**
   * Call when the project on disk no longer matches any state in the history
   * (e.g. restored from a recovery file that was never saved): dirty until saved.
   */
  markUnsaved(): void {
    this.savedAt = -1;
  }

  /** The project differs from the saved file: undoing back to the save point makes it clean again. */
  get dirty(): boolean {
    return this.currentSerial() !== this.savedAt;
  }

  /** The state the contract's HistoryState carries. */
  snapshot(): HistorySnapshot {
    return { canUndo: this.canUndo, canRedo: this.canRedo, undoLabel: this.undoLabel, redoLabel: this.redoLabel };
  }

  private currentSerial(): number {
    return this.undoStack.at(-1)?.serial ?? 0;
  }
}
