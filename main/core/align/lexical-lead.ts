// Evidence between ordinary words, for the confidence only (never to re-align):
// does a sentence next to a bead explain the bead's other side better than the
// bead's own sentences do? A lexicon is learnt from the document's own beads by
// IBM Model 1 (words as in pair-lexicon.ts), in both directions, and each bead
// is judged with a lexicon learnt without it (cross-fitted), so a word met only
// in this bead tells nothing, and a bead never vouches for itself. A run shifted by one
// sentence shows here where it has no name or number: the English of a wrong
// 1-1 pair is explained better by the Arabic sentence beside it.

import { Model1 } from './model1';
import { arabicStems, englishWords, WordIds } from './pair-lexicon';

/** Sentences this close outside a bead (on the other side's axis) are its neighbours. */
const NEIGHBOURHOOD = 2;
/** Lexicons learnt per document: each leaves out one fold of its beads (see lexicalLeads). */
const FOLDS = 5;
/** Above this many two-sided beads two folds do: half a long document teaches plenty, and each fold costs an EM. */
const FEW_FOLDS_FROM = 200;
/**
 * Documents of more beads than this get no lexical lead (all 0, which the
 * fitted model reads as "no neighbour explains better"): the cost grows with
 * the beads times their words and neighbours, and a 10,000-sentence pair must
 * not pay it.
 */
export const MAX_LEXICON_BEADS = 500;

export interface LexiconBead {
  ar: readonly number[];
  en: readonly number[];
}

/**
 * Per bead: how much better (mean log-probability per word, Model 1) a
 * neighbouring sentence explains the bead's other side than the bead's own
 * sentences do, English given Arabic plus Arabic given English, each at least
 * 0. 0 for a bead with an empty side, and for every bead of a document of more
 * than MAX_LEXICON_BEADS beads.
 */
export function lexicalLeads(arTexts: readonly string[], enTexts: readonly string[], beads: readonly LexiconBead[]): Float64Array {
  const out = new Float64Array(beads.length);
  if (beads.length > MAX_LEXICON_BEADS) return out;
  const ids = new WordIds();
  const arWords = arTexts.map((text) => ids.arIds(arabicStems(text)));
  const enWords = enTexts.map((text) => ids.enIds(englishWords(text)));
  const sides = beads.map((bead) => ({ ar: bead.ar.flatMap((r) => arWords[r]), en: bead.en.flatMap((s) => enWords[s]) }));
  // Each bead is judged by lexicons learnt without it: beads with both sides
  // are dealt round FOLDS folds (neighbours fall in other folds), and each
  // fold's beads by a lexicon from the other folds; up to FOLDS beads, that is
  // leaving each one out.
  const judged = beads.map((_, k) => k).filter((k) => beads[k].ar.length > 0 && beads[k].en.length > 0);
  const folds = Math.min(judged.length > FEW_FOLDS_FROM ? 2 : FOLDS, judged.length);
  // Only sentences of two-sided beads teach; a neighbour's words outside them meet no cell.
  const forward = new Model1(judged.map((k) => ({ source: sides[k].ar, target: sides[k].en })), ids.ar.size, ids.en.size);
  const backward = new Model1(judged.map((k) => ({ source: sides[k].en, target: sides[k].ar })), ids.en.size, ids.ar.size);
  for (let fold = 0; fold < folds; fold++) {
    const teaching = judged.map((_, rank) => rank).filter((rank) => rank % folds !== fold);
    forward.train(teaching);
    backward.train(teaching);
    for (let rank = fold; rank < judged.length; rank += folds) {
      const k = judged[rank];
      const english = forward.lead(sides[k].ar, sides[k].en, neighbours(beads[k].ar, arWords));
      const arabic = backward.lead(sides[k].en, sides[k].ar, neighbours(beads[k].en, enWords));
      out[k] = Math.max(0, english) + Math.max(0, arabic);
    }
  }
  return out;
}

function neighbours(indices: readonly number[], words: ReadonlyArray<readonly number[]>): Array<readonly number[]> {
  const first = indices[0];
  const last = indices[indices.length - 1];
  const out: Array<readonly number[]> = [];
  for (let k = Math.max(0, first - NEIGHBOURHOOD); k <= Math.min(words.length - 1, last + NEIGHBOURHOOD); k++) {
    if (k < first || k > last) out.push(words[k]);
  }
  return out;
}
