// Which beads the grid shows: by review status, by confidence and by a search
// over both sides. Returns indices into the project's bead list, in order.
// The search itself runs in the main process (api.searchBeads, Arabic-aware
// with the engine's normaliser); its hits arrive here as a set of bead ids.
import type { Bead, ReviewStatus } from '../../main/ipc/contract';

export interface FilterCriteria {
  status: ReviewStatus | 'all';
  /** Show only beads whose confidence is below this (1 = no limit). */
  confidenceBelow: number;
  query: string;
}

export const NO_FILTER: FilterCriteria = { status: 'all', confidenceBelow: 1, query: '' };

export function isFiltering(criteria: FilterCriteria): boolean {
  return criteria.status !== 'all' || criteria.confidenceBelow < 1 || criteria.query.trim() !== '';
}

/** searchHits: ids of the beads that match criteria.query (null while the search has not answered). */
export function filterBeads(beads: readonly Bead[], criteria: FilterCriteria, searchHits: ReadonlySet<string> | null): number[] {
  const searching = criteria.query.trim() !== '';
  const visible: number[] = [];
  beads.forEach((bead, index) => {
    if (criteria.status !== 'all' && bead.status !== criteria.status) return;
    if (criteria.confidenceBelow < 1 && !(bead.confidence < criteria.confidenceBelow)) return;
    if (searching && !searchHits?.has(bead.id)) return;
    visible.push(index);
  });
  return visible;
}
