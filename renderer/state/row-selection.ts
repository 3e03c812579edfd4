// Several rows selected at once, for bulk review: the current row (the store's
// selectedBeadId, which the editor shows) plus others chosen with Shift/Ctrl+click
// or Shift+J/K. Plain navigation collapses it to the current row. Ids only: a
// patch that replaces a bead drops it from the selection.

export class RowSelection {
  private ids = new Set<string>();
  /** Where Shift-selection ranges start. */
  private anchor: string | null = null;

  /** Only this row (or none) is selected. */
  collapse(current: string | null): void {
    this.ids = new Set(current ? [current] : []);
    this.anchor = current;
  }

  /** Ctrl+click: add or remove one row; it becomes the anchor. Returns the row that should be current. */
  toggle(id: string, current: string | null): string | null {
    if (this.ids.size === 0 && current) this.ids.add(current);
    if (this.ids.has(id) && this.ids.size > 1) {
      this.ids.delete(id);
      this.anchor = id;
      return id === current ? [...this.ids].at(-1) ?? null : current;
    }
    this.ids.add(id);
    this.anchor = id;
    return id;
  }

  /** Shift+click or Shift+J/K: the range from the anchor to here (ids in list order, as the caller computed). */
  setRange(rangeIds: readonly string[]): void {
    this.ids = new Set(rangeIds);
  }

  anchorId(current: string | null): string | null {
    return this.anchor ?? current;
  }

  /** Drops rows that no longer exist (replaced by an edit, or hidden by a filter). */
  keepOnly(exists: (id: string) => boolean): void {
    for (const id of this.ids) if (!exists(id)) this.ids.delete(id);
    if (this.anchor && !exists(this.anchor)) this.anchor = null;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }

  all(): ReadonlySet<string> {
    return this.ids;
  }
}
