// What the document list shows of each document of a many-document project:
// its run of pairs in the bead list, how many are reviewed, and whether the
// aligner thought its two texts were translations at all. Pure: no DOM.
import type { Bead, DocumentView } from '../../main/ipc/contract';

export interface DocumentProgress {
  id: string;
  /** The document's pairs are beads[start, end): a document's pairs form one run. */
  start: number;
  end: number;
  reviewed: number;
  view: DocumentView;
}

/** Each document's range and review count, in one pass over the beads. */
export function documentProgress(beads: readonly Bead[], documents: readonly DocumentView[]): DocumentProgress[] {
  const byId = new Map<string, DocumentProgress>();
  const list = documents.map((view) => {
    const entry: DocumentProgress = { id: view.id, start: 0, end: 0, reviewed: 0, view };
    byId.set(view.id, entry);
    return entry;
  });
  let current: DocumentProgress | undefined;
  for (let index = 0; index < beads.length; index++) {
    const bead = beads[index];
    if (current?.id !== bead.document) {
      current = bead.document === undefined ? undefined : byId.get(bead.document);
      if (current) current.start = index;
    }
    if (!current) continue;
    current.end = index + 1;
    if (bead.status !== 'unreviewed') current.reviewed++;
  }
  // A document whose pairs were all removed keeps an empty range where it stands.
  let previousEnd = 0;
  for (const entry of list) {
    if (entry.end === 0) entry.start = entry.end = previousEnd;
    previousEnd = entry.end;
  }
  return list;
}

/** The document `step` places after (or before) `current` in the list, or null past either end. */
export function neighbourDocument(documents: readonly DocumentView[], current: string | null, step: 1 | -1): string | null {
  const index = current === null ? (step === 1 ? -1 : documents.length) : documents.findIndex((document) => document.id === current);
  return documents[index + step]?.id ?? null;
}
