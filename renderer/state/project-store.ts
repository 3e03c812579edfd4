// The renderer's copy of the open project: the bead list kept in step with the
// main process by applying its patches (bead splices), plus the selection.
// The main process stays authoritative; this is a view model.
import type { Bead, HistoryState, ProjectPatch, ProjectView } from '../../main/ipc/contract';
import { fromWireBeads } from '../../main/ipc/wire-beads';

export type SaveState = 'saved' | 'unsaved' | 'saving';

/** Which sentence the user last pointed at (click in the grid or editor cursor). */
export interface SentenceFocus {
  beadId: string;
  side: 'ar' | 'en';
  index: number;
  /** The word pointed at in that sentence (from 0, words split at white space), when the user clicked one. */
  word?: number;
}

export type StoreEvent =
  | { kind: 'project' }          // a whole new project (open, create, restore)
  | { kind: 'beads' }            // beads changed (patch)
  | { kind: 'selection' }
  | { kind: 'meta' };            // dirty, save state, history, name

type Listener = (event: StoreEvent) => void;

const EMPTY_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export class ProjectStore {
  view: ProjectView | null = null;
  beads: Bead[] = [];
  history: HistoryState = EMPTY_HISTORY;
  saveState: SaveState = 'saved';
  selectedBeadId: string | null = null;
  sentenceFocus: SentenceFocus | null = null;
  private indexById = new Map<string, number>();
  private indexStale = true;
  /** Pairs approved or rejected, kept up to date by applyPatch (the status bar asks on every change). */
  private reviewed = 0;
  private listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  setProject(view: ProjectView | null): void {
    this.view = view;
    this.beads = view ? fromWireBeads(view.beads).slice() : [];
    this.reviewed = countReviewed(this.beads);
    this.history = view ? view.history : EMPTY_HISTORY;
    this.saveState = view && view.dirty ? 'unsaved' : 'saved';
    this.indexStale = true;
    this.selectedBeadId = this.beads[0]?.id ?? null;
    this.sentenceFocus = null;
    this.emit({ kind: 'project' });
  }

  /**
   * Apply the splices of a patch in order, then keep a sensible selection.
   * The work is the size of the splices, not of the project: a review key on
   * a 10,000-pair project touches one bead.
   */
  applyPatch(patch: ProjectPatch): void {
    let firstTouched = -1;
    for (const splice of patch.splices) {
      const added = fromWireBeads(splice.beads);
      const removed = this.beads.splice(splice.index, splice.deleteCount, ...added);
      this.reviewed += countReviewed(added) - countReviewed(removed);
      // The same pairs in the same places (a status, a note, a text): the index by id still holds.
      if (removed.length !== added.length || removed.some((bead, i) => bead.id !== added[i].id)) this.indexStale = true;
      if (firstTouched < 0 || splice.index < firstTouched) firstTouched = splice.index;
    }
    this.history = patch.history;
    this.saveState = patch.dirty ? 'unsaved' : 'saved';
    if (this.view) this.view.dirty = patch.dirty;
    if (this.selectedBeadId === null || this.indexOf(this.selectedBeadId) < 0) {
      // The selected bead was replaced (merge, split, move): select what now stands where it was.
      const index = Math.min(Math.max(firstTouched, 0), this.beads.length - 1);
      this.selectedBeadId = this.beads[index]?.id ?? null;
    }
    if (this.sentenceFocus && this.indexOf(this.sentenceFocus.beadId) < 0) this.sentenceFocus = null;
    this.emit({ kind: 'beads' });
  }

  indexOf(beadId: string): number {
    if (this.indexStale) {
      this.indexById.clear();
      this.beads.forEach((bead, index) => this.indexById.set(bead.id, index));
      this.indexStale = false;
    }
    return this.indexById.get(beadId) ?? -1;
  }

  get selectedBead(): Bead | null {
    if (this.selectedBeadId === null) return null;
    const index = this.indexOf(this.selectedBeadId);
    return index < 0 ? null : this.beads[index];
  }

  get selectedIndex(): number {
    return this.selectedBeadId === null ? -1 : this.indexOf(this.selectedBeadId);
  }

  select(beadId: string | null, focus: SentenceFocus | null = null): void {
    if (beadId === this.selectedBeadId && focus === this.sentenceFocus) return;
    this.selectedBeadId = beadId;
    this.sentenceFocus = focus;
    this.emit({ kind: 'selection' });
  }

  setSentenceFocus(focus: SentenceFocus | null): void {
    this.sentenceFocus = focus;
  }

  setSaveState(state: SaveState): void {
    this.saveState = state;
    this.emit({ kind: 'meta' });
  }

  setSaved(path: string): void {
    if (this.view) {
      this.view.path = path;
      this.view.dirty = false;
      this.view.name = this.view.name || path;
    }
    this.saveState = 'saved';
    this.emit({ kind: 'meta' });
  }

  get reviewedCount(): number {
    return this.reviewed;
  }
}

function countReviewed(beads: readonly Bead[]): number {
  let count = 0;
  for (const bead of beads) if (bead.status !== 'unreviewed') count++;
  return count;
}

/** 'n-m' with n Arabic and m English sentences, as aligners write bead types. */
export function beadType(bead: Bead): string {
  return `${bead.ar.length}-${bead.en.length}`;
}

/**
 * The bead's English as first imported, for "Show changes": the sentences'
 * originals joined by one space, except that a part of a sentence split inside
 * stands for the whole sentence it was cut from (once for neighbouring parts),
 * so the split shows as a change. `split` says whether there was one.
 */
export function englishAsImported(bead: Bead): { text: string; split: boolean } {
  const texts: string[] = [];
  let split = false;
  let previous: string | undefined;
  for (const sentence of bead.en) {
    if (sentence.importedAs !== undefined) {
      split = true;
      if (sentence.importedAs !== previous) texts.push(sentence.importedAs);
    } else if (sentence.original !== '') {
      texts.push(sentence.original);
    }
    previous = sentence.importedAs;
  }
  return { text: texts.join(' '), split };
}

export function englishCurrent(bead: Bead): string {
  return bead.en.map((sentence) => sentence.text).join(' ');
}
