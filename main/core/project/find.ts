// Where a query occurs in the beads' text, Arabic-aware (the matching form of
// normaliseForMatching, as searchBeads), with the ranges given in the text as
// stored, so the editor can highlight them and Replace can cut them out.

import { normaliseForMatching, normaliseWithMap } from '../text/normalise';
import type { Bead, Lang } from './types';

/** One occurrence: [start, end) in the stored text of one sentence. */
export interface FindMatch {
  beadId: string;
  side: Lang;
  sentence: number;
  start: number;
  end: number;
}

/** The query's matching form ('' finds nothing). */
export function findNeedle(query: string): string {
  return normaliseForMatching(query.trim());
}

/**
 * Non-overlapping occurrences of needle (already in matching form) in text, as
 * ranges of the stored text. Marks the matching form drops (diacritics,
 * tatweel) that follow the last matched letter belong to the match.
 */
export function matchRanges(text: string, needle: string): Array<[number, number]> {
  if (needle === '') return [];
  const { text: folded, origin } = normaliseWithMap(text);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) return ranges;
    const last = at + needle.length - 1;
    const end = last + 1 < origin.length ? Math.max(origin[last + 1], origin[last] + 1) : text.length;
    ranges.push([origin[at], end]);
    from = at + needle.length;
  }
}

/** Every occurrence of the query in the beads, in document order (per bead: Arabic, then English). */
export function findMatches(beads: readonly Bead[], query: string, sides: readonly Lang[] = ['ar', 'en']): FindMatch[] {
  const needle = findNeedle(query);
  if (needle === '') return [];
  const matches: FindMatch[] = [];
  for (const bead of beads) {
    for (const side of sides) {
      bead[side].forEach((sentence, index) => {
        for (const [start, end] of matchRanges(sentence.text, needle)) matches.push({ beadId: bead.id, side, sentence: index, start, end });
      });
    }
  }
  return matches;
}

/** The text with every range replaced by `replacement` (ranges sorted, not overlapping). */
export function replaceRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>, replacement: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + replacement;
    at = end;
  }
  return out + text.slice(at);
}
