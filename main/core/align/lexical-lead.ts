// Evidence between ordinary words, for the confidence only (never to re-align):
// does a sentence next to a bead explain the bead's other side better than the
// bead's own sentences do? A lexicon is learnt from the document's own beads by
// IBM Model 1 (words as in pair-lexicon.ts), in both directions, and each bead
// is judged with a lexicon learnt without it (cross-fitted), so a word met only
// in this bead tells nothing, and a bead never vouches for itself. A run shifted by one
// sentence shows here where it has no name or number: the English of a wrong
// 1-1 pair is explained better by the Arabic sentence beside it.

import { arabicStems, englishWords, MODEL1_ITERATIONS, WordIds } from './pair-lexicon';

/** Sentences this close outside a bead (on the other side's axis) are its neighbours. */
const NEIGHBOURHOOD = 2;
/** Lexicons learnt per document: each leaves out one fold of its beads (see lexicalLeads). */
const FOLDS = 5;
/** Above this many two-sided beads two folds do: half a long document teaches plenty, and each fold costs an EM. */
const FEW_FOLDS_FROM = 200;
/** Floor of a word's probability (an English word no Arabic word of the sentence has ever met). */
const FLOOR = 1e-4;
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

/**
 * IBM Model 1, t(target word | source word) with an empty source word, by EM
 * over some of a document's pairs. Sparse: only co-occurring (source, target)
 * cells exist; they are numbered once for the whole document, and each
 * training (one per fold) runs over typed arrays.
 */
class Model1 {
  private readonly cellOf = new CellTable();
  private readonly cellRow: number[] = [];
  /** Per pair, per target word, a block of (1 + source words) cell references. */
  private readonly blocks: Array<{ refs: Int32Array; size: number }>;
  private t = new Float64Array(0);

  constructor(
    pairs: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>,
    private readonly sourceWords: number,
    private readonly targetWords: number,
  ) {
    this.blocks = pairs.map(({ source, target }) => {
      const refs = new Int32Array(target.length * (source.length + 1));
      let at = 0;
      for (const e of target) {
        refs[at++] = this.cell(sourceWords, e);
        for (const a of source) refs[at++] = this.cell(a, e);
      }
      return { refs, size: source.length + 1 };
    });
  }

  /** Estimates t from the pairs listed (indices into the constructor's pairs). */
  train(teaching: readonly number[]): void {
    const cells = this.cellRow.length;
    const rows = this.sourceWords + 1;
    // Uniform start: each source word spreads over the target words it meets in these pairs.
    const met = new Uint8Array(cells);
    for (const p of teaching) for (const c of this.blocks[p].refs) met[c] = 1;
    const rowSize = new Float64Array(rows);
    for (let c = 0; c < cells; c++) rowSize[this.cellRow[c]] += met[c];
    let t = new Float64Array(cells);
    for (let c = 0; c < cells; c++) t[c] = met[c] / Math.max(1, rowSize[this.cellRow[c]]);
    const counts = new Float64Array(cells);
    const rowTotals = new Float64Array(rows);
    for (let iteration = 0; iteration < MODEL1_ITERATIONS; iteration++) {
      counts.fill(0);
      for (const p of teaching) {
        const { refs, size } = this.blocks[p];
        for (let start = 0; start < refs.length; start += size) {
          let total = 0;
          for (let x = start; x < start + size; x++) total += t[refs[x]];
          if (!(total > 0)) continue;
          for (let x = start; x < start + size; x++) counts[refs[x]] += t[refs[x]] / total;
        }
      }
      rowTotals.fill(0);
      for (let c = 0; c < cells; c++) rowTotals[this.cellRow[c]] += counts[c];
      const next = new Float64Array(cells);
      for (let c = 0; c < cells; c++) {
        const total = rowTotals[this.cellRow[c]];
        next[c] = total > 0 ? counts[c] / total : 0;
      }
      t = next;
    }
    this.t = t;
  }

  private cell(source: number, target: number): number {
    const c = this.cellOf.get(source, target);
    if (c >= 0) return c;
    this.cellOf.set(source, target, this.cellRow.length);
    this.cellRow.push(source);
    return this.cellRow.length - 1;
  }

  /** Mean log-probability of the target words given the source words (with the empty word). */
  explain(source: readonly number[], target: readonly number[]): number {
    if (target.length === 0) return 0;
    let sum = 0;
    for (const e of target) {
      let p = this.probability(this.sourceWords, e);
      for (const a of source) p += this.probability(a, e);
      sum += Math.log(Math.max(FLOOR, p / (source.length + 1)));
    }
    return sum / target.length;
  }

  private probability(a: number, e: number): number {
    const c = this.cellOf.get(a, e);
    return c < 0 ? 0 : this.t[c];
  }

  /** The best of `others` at explaining `target`, minus `source` (-Infinity without others). */
  lead(source: readonly number[], target: readonly number[], others: ReadonlyArray<readonly number[]>): number {
    const mine = this.explain(source, target);
    let best = -Infinity;
    for (const other of others) best = Math.max(best, this.explain(other, target) - mine);
    return best;
  }
}

/**
 * (source, target) word pairs to cell numbers: open addressing over typed
 * arrays, several times faster than a Map for the millions of look-ups a
 * long document makes.
 */
class CellTable {
  private sources = new Int32Array(1024).fill(-1);
  private targets = new Int32Array(1024);
  private values = new Int32Array(1024);
  private size = 0;

  get(source: number, target: number): number {
    const mask = this.sources.length - 1;
    for (let slot = hash(source, target) & mask; ; slot = (slot + 1) & mask) {
      if (this.sources[slot] === -1) return -1;
      if (this.sources[slot] === source && this.targets[slot] === target) return this.values[slot];
    }
  }

  set(source: number, target: number, value: number): void {
    if (2 * (this.size + 1) > this.sources.length) this.grow();
    const mask = this.sources.length - 1;
    let slot = hash(source, target) & mask;
    while (this.sources[slot] !== -1 && !(this.sources[slot] === source && this.targets[slot] === target)) slot = (slot + 1) & mask;
    if (this.sources[slot] === -1) this.size++;
    this.sources[slot] = source;
    this.targets[slot] = target;
    this.values[slot] = value;
  }

  private grow(): void {
    const { sources, targets, values } = this;
    this.sources = new Int32Array(sources.length * 2).fill(-1);
    this.targets = new Int32Array(sources.length * 2);
    this.values = new Int32Array(sources.length * 2);
    this.size = 0;
    for (let slot = 0; slot < sources.length; slot++) if (sources[slot] !== -1) this.set(sources[slot], targets[slot], values[slot]);
  }
}

function hash(source: number, target: number): number {
  return Math.imul(source, 0x9e3779b1) ^ Math.imul(target + 0x7f4a7c15, 0x85ebca6b);
}
