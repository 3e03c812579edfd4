// The cost of a bead (lower is better, roughly −log probability): shape prior
// + Gale-Church length term − lexical evidence + small structural penalties.
// Everything per sentence or per sentence pair is computed before the search;
// scoring a bead is then a handful of array reads.

import { countShared, type SideFeatures } from './features';
import { BEAD_SHAPES, lengthDeviation, MAX_SHAPE_SIDE, type ModelParameters } from './model';

// Lexical evidence, as log-likelihood-ratio-like bonuses. Multi-digit numbers
// are the strongest cheap anchor (97% of true pairs with one share it, 6.7% of
// other pairs: log(97/6.7) ≈ 2.7); name skeletons are weak (64% against 12%).
const STRONG_NUMBER_BONUS = 2.5;
const WEAK_NUMBER_BONUS = 0.4;
const NAME_BONUS = 0.8;
const MAX_NAMES_COUNTED = 3;
const QUOTE_BONUS = 0.3;
const BRACKET_BONUS = 0.2;
/** Bonus for a pair whose English content words are all found among the Arabic words' dictionary translations. */
const DICTIONARY_BONUS = 3;
/** Cost per multi-digit number found on one side of a bead and not on the other. */
const UNMATCHED_NUMBER_COST = 1.0;
const MAX_UNMATCHED_NUMBERS_COUNTED = 3;

/** The length term saturates: beyond this, a bad length fit is "bad", not infinitely bad. */
const MAX_LENGTH_COST = 12;
/** Cost of leaving a sentence without counterpart (constant, like Vecalign's, plus a little per character). */
const DELETION_COST = 5;
const DELETION_COST_PER_CHAR = 0.005;
/** How much of the deletion cost page furniture is spared (likelihood 1 → cost 5 − 4.5). */
const FURNITURE_DELETION_DISCOUNT = 4.5;
/** Gluing page furniture onto real sentences in a bead costs this × its likelihood. */
const FURNITURE_IN_BEAD_COST = 4;
/** Per paragraph boundary crossed inside one side of a bead. */
const PARAGRAPH_CROSSING_COST = 0.5;

export interface Band {
  /** For each DP row i (0..N, Arabic sentences consumed), the English columns lo[i]..hi[i] searched. */
  lo: Int32Array;
  hi: Int32Array;
}

export class BeadScorer {
  readonly n: number;
  readonly m: number;
  private readonly arPrefix: Float64Array;
  private readonly enPrefix: Float64Array;
  private readonly arDeletion: Float64Array;
  private readonly enDeletion: Float64Array;
  // Pair evidence for Arabic sentence r and English sentence s in a window of s per r.
  private windowStart = new Int32Array(0);
  private windowEnd = new Int32Array(0);
  private windowOffset = new Int32Array(0);
  private pairBonus = new Float64Array(0);
  private pairNumbers = new Uint8Array(0);

  constructor(
    readonly ar: SideFeatures,
    readonly en: SideFeatures,
    readonly model: ModelParameters,
  ) {
    this.n = ar.count;
    this.m = en.count;
    this.arPrefix = prefixSums(ar.length);
    this.enPrefix = prefixSums(en.length);
    this.arDeletion = deletionCosts(ar);
    this.enDeletion = deletionCosts(en);
  }

  /** Precompute pair evidence for every sentence pair a bead inside the band can contain. */
  prepare(band: Band): void {
    const { n, m } = this;
    this.windowStart = new Int32Array(n);
    this.windowEnd = new Int32Array(n);
    this.windowOffset = new Int32Array(n + 1);
    for (let r = 0; r < n; r++) {
      const start = Math.max(0, band.lo[r + 1] - MAX_SHAPE_SIDE);
      const end = Math.min(m, band.hi[Math.min(n, r + MAX_SHAPE_SIDE)]);
      this.windowStart[r] = start;
      this.windowEnd[r] = Math.max(start, end);
      this.windowOffset[r + 1] = this.windowOffset[r] + (this.windowEnd[r] - start);
    }
    const size = this.windowOffset[n];
    this.pairBonus = new Float64Array(size);
    this.pairNumbers = new Uint8Array(size);
    for (let r = 0; r < n; r++) {
      const base = this.windowOffset[r] - this.windowStart[r];
      for (let s = this.windowStart[r]; s < this.windowEnd[r]; s++) {
        const shared = countShared(this.en.strongNumbers[s], this.ar.strongNumbers[r]);
        this.pairNumbers[base + s] = Math.min(255, shared);
        this.pairBonus[base + s] = this.computePairBonus(r, s, shared);
      }
    }
  }

  private computePairBonus(r: number, s: number, sharedStrong: number): number {
    const { ar, en } = this;
    let bonus = STRONG_NUMBER_BONUS * sharedStrong;
    bonus += WEAK_NUMBER_BONUS * countShared(en.weakNumbers[s], ar.weakNumbers[r]);
    bonus += NAME_BONUS * Math.min(MAX_NAMES_COUNTED, countShared(en.names[s], ar.names[r]));
    if (ar.quote[r] && en.quote[s]) bonus += QUOTE_BONUS;
    if (ar.bracket[r] && en.bracket[s]) bonus += BRACKET_BONUS;
    const words = en.dictionaryKeys[s].length;
    if (words > 0 && ar.dictionaryKeys[r].length > 0) {
      bonus += (DICTIONARY_BONUS * countShared(en.dictionaryKeys[s], ar.dictionaryKeys[r])) / Math.max(4, words);
    }
    return bonus;
  }

  /** Lexical bonus of Arabic sentence r with English sentence s (computed on the spot outside the prepared band). */
  pairEvidence(r: number, s: number): number {
    if (s >= this.windowStart[r] && s < this.windowEnd[r]) return this.pairBonus[this.windowOffset[r] - this.windowStart[r] + s];
    return this.computePairBonus(r, s, countShared(this.en.strongNumbers[s], this.ar.strongNumbers[r]));
  }

  private pairNumberMatches(r: number, s: number): number {
    if (s >= this.windowStart[r] && s < this.windowEnd[r]) return this.pairNumbers[this.windowOffset[r] - this.windowStart[r] + s];
    return countShared(this.en.strongNumbers[s], this.ar.strongNumbers[r]);
  }

  deletionCost(side: 'ar' | 'en', index: number): number {
    return side === 'ar' ? this.arDeletion[index] : this.enDeletion[index];
  }

  /** Cost of the bead of shape BEAD_SHAPES[shape] that ends at DP cell (i, j). */
  cost(i: number, j: number, shape: number): number {
    const a = BEAD_SHAPES[shape][0];
    const b = BEAD_SHAPES[shape][1];
    if (b === 0) return this.arDeletion[i - 1];
    if (a === 0) return this.enDeletion[j - 1];
    const i0 = i - a;
    const j0 = j - b;
    const arLength = this.arPrefix[i] - this.arPrefix[i0];
    const enLength = this.enPrefix[j] - this.enPrefix[j0];
    const delta = lengthDeviation(arLength, enLength, this.model);
    let cost = this.model.shapeCost[shape] + Math.min(MAX_LENGTH_COST, (delta * delta) / 2);
    if (a === 1 && b === 1) {
      cost -= this.pairEvidence(i0, j0);
      const unmatched = this.ar.strongNumbers[i0].length + this.en.strongNumbers[j0].length - 2 * this.pairNumberMatches(i0, j0);
      cost += UNMATCHED_NUMBER_COST * Math.min(MAX_UNMATCHED_NUMBERS_COUNTED, unmatched);
      return cost;
    }
    return cost - this.lexicalEvidence(i0, i, j0, j) + this.structuralCost(i0, i, j0, j);
  }

  /**
   * Evidence of a many-sentence bead: each sentence counts with its best
   * partner on the other side (averaged over the two directions), so merging
   * two good pairs into one bead earns no more than keeping them apart.
   * Numbers left without partner inside the bead cost.
   */
  private lexicalEvidence(i0: number, i: number, j0: number, j: number): number {
    let arBest = 0;
    let enBest = 0;
    let unmatched = 0;
    for (let r = i0; r < i; r++) {
      let best = 0;
      let matched = 0;
      for (let s = j0; s < j; s++) {
        const e = this.pairEvidence(r, s);
        if (e > best) best = e;
        matched += this.pairNumberMatches(r, s);
      }
      arBest += best;
      unmatched += Math.max(0, this.ar.strongNumbers[r].length - matched);
    }
    for (let s = j0; s < j; s++) {
      let best = 0;
      let matched = 0;
      for (let r = i0; r < i; r++) {
        const e = this.pairEvidence(r, s);
        if (e > best) best = e;
        matched += this.pairNumberMatches(r, s);
      }
      enBest += best;
      unmatched += Math.max(0, this.en.strongNumbers[s].length - matched);
    }
    return (arBest + enBest) / 2 - UNMATCHED_NUMBER_COST * Math.min(MAX_UNMATCHED_NUMBERS_COUNTED, unmatched);
  }

  private structuralCost(i0: number, i: number, j0: number, j: number): number {
    let cost = 0;
    for (let r = i0 + 1; r < i; r++) if (this.ar.paragraph[r] !== this.ar.paragraph[r - 1]) cost += PARAGRAPH_CROSSING_COST;
    for (let s = j0 + 1; s < j; s++) if (this.en.paragraph[s] !== this.en.paragraph[s - 1]) cost += PARAGRAPH_CROSSING_COST;
    if (i - i0 > 1) for (let r = i0; r < i; r++) cost += FURNITURE_IN_BEAD_COST * this.ar.boilerplate[r];
    if (j - j0 > 1) for (let s = j0; s < j; s++) cost += FURNITURE_IN_BEAD_COST * this.en.boilerplate[s];
    return cost;
  }
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = sums[k] + values[k];
  return sums;
}

function deletionCosts(side: SideFeatures): Float64Array {
  const costs = new Float64Array(side.count);
  for (let k = 0; k < side.count; k++) {
    costs[k] = DELETION_COST + DELETION_COST_PER_CHAR * side.length[k] - FURNITURE_DELETION_DISCOUNT * side.boilerplate[k];
  }
  return costs;
}
