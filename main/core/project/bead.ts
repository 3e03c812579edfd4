// Values derived from a bead. Every layer (exports, CLI summary, renderer) reads
// beads through these, so "what is the English of a pair" has one answer.

import type { Bead, Lang, Sentence } from './types';

/** The bead type as aligners write it, Arabic count first: '2-1' is two Arabic sentences with one English. */
export function beadType(bead: Bead): string {
  return `${bead.ar.length}-${bead.en.length}`;
}

/** One side's current text: its sentences joined by one space ('' when the side is empty). */
export function sideText(bead: Bead, side: Lang): string {
  return joinSentences(bead[side].map((sentence) => sentence.text));
}

/** One side's text as first imported: the non-empty originals joined by one space. */
export function sideOriginal(bead: Bead, side: Lang): string {
  return joinSentences(bead[side].map((sentence) => sentence.original).filter((original) => original !== ''));
}

/** The bead's English as first imported (the `en_original` of the exports); text edits never change it. */
export function enOriginal(bead: Bead): string {
  return sideOriginal(bead, 'en');
}

/** A side counts as present when some sentence of it has visible text (a sentence emptied by an edit does not count). */
export function hasSide(bead: Bead, side: Lang): boolean {
  return bead[side].some((sentence) => sentence.text.trim() !== '');
}

/** Exports that pair source with target (TMX, XLIFF, TSV/CSV, Moses) carry only beads for which this holds. */
export function hasBothSides(bead: Bead): boolean {
  return hasSide(bead, 'ar') && hasSide(bead, 'en');
}

/** A bead with no sentence on either side (what insert-empty makes and delete-empty removes). */
export function isEmptyBead(bead: Bead): boolean {
  return bead.ar.length === 0 && bead.en.length === 0;
}

/** The texts of one side, one string per sentence (what a scorer or the aligner takes). */
export function sideTexts(bead: Bead, side: Lang): string[] {
  return bead[side].map((sentence: Sentence) => sentence.text);
}

function joinSentences(texts: string[]): string {
  return texts.join(' ');
}
