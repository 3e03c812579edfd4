// Remembers where the reviewer is (the selected pair and the pair at the top
// of the list) in the main process, which keeps it beside the project file,
// and puts the view back there when a project is opened again. The place is
// sent along with what the renderer asks of the main process anyway (before an
// edit, a save, opening another project, closing, a page reload), never on a timer: a request
// of its own could arrive after the window or the server has gone.
import type { MuqabalaApi, ViewState } from '../../main/ipc/contract';
import type { ProjectStore } from './project-store';

export interface ViewStateHost {
  /** Bead id of the row at the top of the list, or null. */
  topBeadId(): string | null;
  /** Put the row of this bead at the top of the list. */
  scrollBeadToTop(beadId: string): void;
  /** Bring the selected row into view without moving it if it is already visible. */
  revealSelection(): void;
  /** The document the list shows (null: all of them). */
  shownDocument(): string | null;
  /** Show this document's pairs, if the project has it. */
  showDocument(documentId: string): void;
}

export class ViewStateKeeper {
  private restoring = false;
  private lastSent = '';
  /** The places sent and not yet answered, in order. */
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly api: MuqabalaApi, private readonly store: ProjectStore, private readonly host: ViewStateHost) {}

  /** A project was opened: go back to where the reviewer was, if that is known and still exists. */
  restore(state: ViewState | null | undefined): void {
    this.lastSent = state ? JSON.stringify(state) : '';
    if (!state) return;
    this.restoring = true;
    try {
      if (state.documentId) this.host.showDocument(state.documentId);
      if (state.selectedBeadId && this.store.indexOf(state.selectedBeadId) >= 0) this.store.select(state.selectedBeadId);
      if (state.topBeadId && this.store.indexOf(state.topBeadId) >= 0) this.host.scrollBeadToTop(state.topBeadId);
      this.host.revealSelection();
    } finally {
      this.restoring = false;
    }
  }

  /**
   * Tells the main process where the reviewer is, if that changed since the
   * last time. Resolves once this and every earlier place sent have been
   * answered: one at a time, so an older place can never be written after a newer one.
   */
  flush(): Promise<void> {
    if (this.restoring || !this.store.view) return this.sending;
    const documentId = this.host.shownDocument();
    const state: ViewState = { selectedBeadId: this.store.selectedBeadId, topBeadId: this.host.topBeadId(), ...(documentId === null ? {} : { documentId }) };
    const key = JSON.stringify(state);
    if (key === this.lastSent) return this.sending;
    this.lastSent = key;
    // Only a convenience: a failure to remember the place must not interrupt the review.
    this.sending = this.sending.then(() => this.api.setViewState(state)).catch(() => undefined);
    return this.sending;
  }
}
