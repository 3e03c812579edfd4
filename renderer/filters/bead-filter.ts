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

export function sameCriteria(a: FilterCriteria, b: FilterCriteria): boolean {
  return a.status === b.status && a.confidenceBelow === b.confidenceBelow && a.query === b.query;
}

/** Whether one bead passes the filter (searchHits as for filterBeads). */
export function matchesFilter(bead: Bead, criteria: FilterCriteria, searchHits: ReadonlySet<string> | null): boolean {
  if (criteria.status !== 'all' && bead.status !== criteria.status) return false;
  if (criteria.confidenceBelow < 1 && !(bead.confidence < criteria.confidenceBelow)) return false;
  if (criteria.query.trim() !== '' && !searchHits?.has(bead.id)) return false;
  return true;
}

/**
 * searchHits: ids of the beads that match criteria.query (null while the search
 * has not answered). keepShown: a bead shown even when it no longer matches
 * (the pair the user just changed: an edit must not make it vanish from view).
 */
export function filterBeads(beads: readonly Bead[], criteria: FilterCriteria, searchHits: ReadonlySet<string> | null, keepShown: string | null = null): number[] {
  const visible: number[] = [];
  beads.forEach((bead, index) => {
    if (bead.id === keepShown || matchesFilter(bead, criteria, searchHits)) visible.push(index);
  });
  return visible;
}
