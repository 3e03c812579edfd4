// Hands out sentence and bead ids from the project's one counter (nextId), so
// an id is never reused within a project, not even after undo.

export class IdAllocator {
  constructor(private nextNumber: number) {}

  sentence(): string {
    return `s${this.nextNumber++}`;
  }

  bead(): string {
    return `b${this.nextNumber++}`;
  }

  /** The project's nextId once these ids are taken. */
  get next(): number {
    return this.nextNumber;
  }
}
