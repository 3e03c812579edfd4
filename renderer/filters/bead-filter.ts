// Which beads the grid shows: by review status, by confidence and by a search
// over both sides. Returns indices into the project's bead list, in order.
import type { Bead, ReviewStatus } from '../../main/ipc/contract';
import { createTextMatcher } from './text-matcher';

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

export function filterBeads(beads: readonly Bead[], criteria: FilterCriteria): number[] {
  const matches = createTextMatcher(criteria.query);
  const searching = criteria.query.trim() !== '';
  const visible: number[] = [];
  beads.forEach((bead, index) => {
    if (criteria.status !== 'all' && bead.status !== criteria.status) return;
    if (criteria.confidenceBelow < 1 && !(bead.confidence < criteria.confidenceBelow)) return;
    if (searching && !bead.ar.some((s) => matches(s.text)) && !bead.en.some((s) => matches(s.text))) return;
    visible.push(index);
  });
  return visible;
}
