// IBM Model 1 (Brown et al. 1993): t(target word | source word) by EM over
// word co-occurrences in aligned sentence pairs, with an empty source word in
// every pair. One implementation for the lexicon learnt from a pair
// (pair-lexicon.ts) and the confidence's lexical lead (lexical-lead.ts).

export const MODEL1_ITERATIONS = 5;
/** Floor of a word's probability in explain() (a target word no source word of the sentence has ever met). */
const FLOOR = 1e-4;

/**
 * IBM Model 1, t(target word | source word) with an empty source word, by EM
 * over some of a document's pairs. Sparse: only co-occurring (source, target)
 * cells exist; they are numbered once for the whole document, and each
 * training (one per fold) runs over typed arrays.
 */
export class Model1 {
  private readonly cellOf = new CellTable();
  private readonly cellRow: number[] = [];
  private readonly cellTarget: number[] = [];
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

  /** Estimates t from the pairs listed (indices into the constructor's pairs; all of them by default). */
  train(teaching: readonly number[] = this.blocks.map((_, p) => p)): void {
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
    this.cellTarget.push(target);
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

  /** t(e | a) after training (0 for words never met together); the empty source word is `sourceWords`. */
  probability(a: number, e: number): number {
    const c = this.cellOf.get(a, e);
    return c < 0 ? 0 : this.t[c];
  }

  /** Each (source word, target word, t) met in the pairs, the empty word's cells left out. */
  *entries(): Generator<[number, number, number]> {
    for (let c = 0; c < this.cellRow.length; c++) {
      if (this.cellRow[c] !== this.sourceWords) yield [this.cellRow[c], this.cellTarget[c], this.t[c] ?? 0];
    }
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
