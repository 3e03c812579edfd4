// The document list of a many-document project (a book's chapters, a client's
// batch): a sidebar with "All documents" and each document, its review progress
// (reviewed / pairs) and a warning when its two texts do not look like
// translations. Choosing one shows only its pairs; the list is hidden for a
// one-document project.
import type { Bead, DocumentView } from '../../main/ipc/contract';
import { documentProgress, type DocumentProgress } from './document-progress';
import { isFolded, loadFoldChoice, saveFoldChoice, type FoldChoice } from './list-fold';

interface Entry {
  button: HTMLButtonElement;
  count: HTMLElement;
  bar: HTMLProgressElement;
}

export class DocumentList {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private entries = new Map<string | null, Entry>();
  private documents: readonly DocumentView[] = [];
  private progress: DocumentProgress[] = [];
  private current: string | null = null;
  private foldChoice: FoldChoice = loadFoldChoice();
  private crowded = false;
  private readonly foldButton: HTMLButtonElement;
  /** Folded, the rail still names the document shown. */
  private readonly railName: HTMLElement;

  constructor(private readonly choose: (documentId: string | null) => void) {
    this.element = document.createElement('nav');
    this.element.className = 'document-list';
    this.element.setAttribute('aria-label', 'Documents');
    const header = document.createElement('div');
    header.className = 'document-list-header';
    const heading = document.createElement('h2');
    heading.textContent = 'Documents';
    this.foldButton = document.createElement('button');
    this.foldButton.type = 'button';
    this.foldButton.className = 'document-fold';
    // As the toolbar's buttons: a click leaves the focus (and so Space, A, J…) with the pairs.
    this.foldButton.addEventListener('mousedown', (event) => event.preventDefault());
    this.foldButton.addEventListener('click', () => {
      this.foldChoice = this.folded ? 'open' : 'folded';
      saveFoldChoice(this.foldChoice);
      this.applyFold();
    });
    header.append(heading, this.foldButton);
    this.railName = document.createElement('span');
    this.railName.className = 'document-rail-name';
    this.list = document.createElement('ol');
    this.list.id = 'document-list-entries';
    this.foldButton.setAttribute('aria-controls', this.list.id);
    this.element.append(header, this.railName, this.list);
    this.element.hidden = true;
    this.applyFold();
  }

  get folded(): boolean {
    return isFolded(this.foldChoice, this.crowded);
  }

  /** The room is short (a narrow window with the quality checks open): a list the reviewer has not unfolded folds. */
  setCrowded(crowded: boolean): void {
    if (crowded === this.crowded) return;
    this.crowded = crowded;
    this.applyFold();
  }

  private applyFold(): void {
    const folded = this.folded;
    this.element.classList.toggle('folded', folded);
    this.foldButton.textContent = folded ? '»' : '«';
    this.foldButton.setAttribute('aria-label', folded ? 'Show the document list' : 'Hide the document list');
    this.foldButton.title = folded ? 'Show the document list' : 'Fold the document list to give the pairs the room';
    this.foldButton.setAttribute('aria-expanded', String(!folded));
    this.railName.textContent = this.current ?? 'All documents';
  }

  /** A new project: one row per document (none, and the list hidden, for a one-document project). */
  setDocuments(documents: readonly DocumentView[] | undefined): void {
    this.documents = documents ?? [];
    this.element.hidden = this.documents.length === 0;
    this.entries.clear();
    const rows = [this.row(null, 'All documents', null), ...this.documents.map((view) => this.row(view.id, view.id, view))];
    this.list.replaceChildren(...rows);
  }

  /** Counts again after an edit (one pass over the beads); returns each document's range. */
  update(beads: readonly Bead[]): DocumentProgress[] {
    if (this.documents.length === 0) return (this.progress = []);
    this.progress = documentProgress(beads, this.documents);
    let reviewed = 0;
    for (const entry of this.progress) {
      reviewed += entry.reviewed;
      this.show(this.entries.get(entry.id), entry.reviewed, entry.end - entry.start);
    }
    this.show(this.entries.get(null), reviewed, beads.length);
    return this.progress;
  }

  /** The range of pairs of a document (from the last update). */
  rangeOf(documentId: string): DocumentProgress | undefined {
    return this.progress.find((entry) => entry.id === documentId);
  }

  setCurrent(documentId: string | null): void {
    this.current = documentId;
    this.railName.textContent = documentId ?? 'All documents';
    for (const [id, entry] of this.entries) {
      if (id === documentId) entry.button.setAttribute('aria-current', 'true');
      else entry.button.removeAttribute('aria-current');
    }
    this.entries.get(documentId)?.button.scrollIntoView({ block: 'nearest' });
  }

  get currentDocument(): string | null {
    return this.current;
  }

  /** The document shown alone and its pairs (undefined when every document is shown). */
  shownScope(): { name: string; pairs: number } | undefined {
    const range = this.current === null ? undefined : this.rangeOf(this.current);
    return range && { name: range.id, pairs: range.end - range.start };
  }

  /** The documents' ids in order (none for a one-document project). */
  get ids(): string[] {
    return this.documents.map((view) => view.id);
  }

  /**
   * The visible bead indices (sorted) that lie in the current document: the
   * grid, search, filters and checks then act on that document alone.
   */
  restrict(visible: number[]): number[] {
    const range = this.current === null ? undefined : this.rangeOf(this.current);
    if (!range) return visible;
    const first = lowerBound(visible, range.start);
    return visible.slice(first, lowerBound(visible, range.end, first));
  }

  /** Whether a bead index lies in what is shown: the current document, or any when all are shown. */
  includes(index: number): boolean {
    const range = this.current === null ? undefined : this.rangeOf(this.current);
    return !range || (index >= range.start && index < range.end);
  }

  /** The document a bead index lies in (null for a one-document project). */
  documentAt(index: number): string | null {
    return this.progress.find((entry) => index >= entry.start && index < entry.end)?.id ?? null;
  }

  private show(entry: Entry | undefined, reviewed: number, total: number): void {
    if (!entry) return;
    entry.count.textContent = `${reviewed} / ${total}`;
    entry.bar.max = Math.max(total, 1);
    entry.bar.value = reviewed;
    entry.button.dataset.done = String(total > 0 && reviewed === total);
  }

  private row(id: string | null, label: string, view: DocumentView | null): HTMLLIElement {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'document-entry';
    if (id !== null) button.dataset.document = id;
    const name = document.createElement('span');
    name.className = 'document-name';
    name.textContent = label;
    const count = document.createElement('span');
    count.className = 'document-count';
    const bar = document.createElement('progress');
    bar.className = 'document-progress';
    bar.setAttribute('aria-hidden', 'true');
    button.append(name, count, bar);
    if (view) {
      button.title = `${view.sources.ar} + ${view.sources.en}`;
      if (!view.looksLikeTranslation) {
        // The same judgement as the editor's banner: the match score is below the threshold.
        const warning = document.createElement('span');
        warning.className = 'document-warning';
        warning.textContent = '⚠';
        warning.title = `Match score ${view.matchScore.toFixed(2)}: these two texts do not look like translations of each other`;
        warning.setAttribute('aria-label', `warning: match score ${view.matchScore.toFixed(2)}, probably not translations`);
        name.after(warning);
        button.classList.add('not-translation');
      }
    }
    button.addEventListener('click', () => this.choose(id));
    this.entries.set(id, { button, count, bar });
    item.append(button);
    return item;
  }
}

/** First position of a sorted list whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number, low = 0): number {
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
