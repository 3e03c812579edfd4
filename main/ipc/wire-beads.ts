// Beads as they cross the IPC boundary (contract.ts's WireBead): a sentence's
// `original` is left out when it equals its `text`, as it does for every
// sentence not yet edited. On a 10,000-pair project that is over a third of the
// JSON the renderer is sent at open (encoded, carried and parsed on the way to
// the first paint). The main process packs with toWireBeads, the renderer
// restores with fromWireBeads before anything reads the beads. No Node or DOM here:
// both ends import this file.

import type { Bead, Sentence } from '../core/project/types';
import type { WireBead, WireSentence } from './contract';

/**
 * Every field of a Sentence, so that adding one fails to compile here until
 * toWireSentence carries it too (a field it forgot would silently never reach the renderer).
 */
const SENTENCE_FIELDS: Record<keyof Sentence, true> = { id: true, text: true, original: true, source: true, importedAs: true };
void SENTENCE_FIELDS;

function toWireSentence(sentence: Sentence): WireSentence {
  if (sentence.original !== sentence.text) return sentence;
  // Written out field by field: objects of one shape are what V8 stringifies fastest
  // (a rest-spread copy took twice as long to encode on the 10,200-pair project).
  const wire: WireSentence = { id: sentence.id, text: sentence.text, source: sentence.source };
  if (sentence.importedAs !== undefined) wire.importedAs = sentence.importedAs;
  return wire;
}

/** New objects for the wire; the project's own beads are left as they are. */
export function toWireBeads(beads: readonly Bead[]): WireBead[] {
  return beads.map((bead) => ({ ...bead, ar: bead.ar.map(toWireSentence), en: bead.en.map(toWireSentence) }));
}

/** Puts `original` back where the wire left it out (in place: the received objects are the renderer's own). */
export function fromWireBeads(beads: readonly WireBead[]): Bead[] {
  for (const bead of beads) {
    for (const sentence of bead.ar) sentence.original ??= sentence.text;
    for (const sentence of bead.en) sentence.original ??= sentence.text;
  }
  return beads as Bead[];
}
