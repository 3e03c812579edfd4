// Arabic-aware search over a project's beads: diacritics and tatweel ignored,
// letter variants and both digit ranges folded (normaliseForMatching), on both sides.

import { normaliseForMatching } from '../text/normalise';
import type { Bead } from './types';

/** Ids of the beads, in order, whose Arabic or English (current text) contains the query. */
export function searchBeads(beads: readonly Bead[], query: string): string[] {
  const needle = normaliseForMatching(query.trim());
  if (needle === '') return [];
  const matches = (text: string) => normaliseForMatching(text).includes(needle);
  return beads
    .filter((bead) => bead.ar.some((sentence) => matches(sentence.text)) || bead.en.some((sentence) => matches(sentence.text)))
    .map((bead) => bead.id);
}
