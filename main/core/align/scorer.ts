// The cost of a bead (lower is better, roughly −log probability): shape prior
// + Gale-Church length term − lexical evidence + small structural penalties.
// Everything per sentence or per sentence pair is computed before the search;
// scoring a bead is then a handful of array reads.

import type { SideFeatures } from './features';
import { countSharedInWindow, countSharedKeys, keyCount, keyPostings, type KeyPostings } from './key-lists';
import { MAX_SHAPE_SIDE, SHAPE_AR, SHAPE_EN, type ModelParameters } from './model';
import { TimeAnchors } from './time-anchors';

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
const DELETION_COST = 4;
const DELETION_COST_PER_CHAR = 0.005;
/** Share of the deletion cost page furniture is spared, times its likelihood (likelihood 1 → 10% of the cost). */
const FURNITURE_DELETION_DISCOUNT = 0.9;
/** Gluing page furniture onto real sentences in a bead costs this × its likelihood. */
const FURNITURE_IN_BEAD_COST = 2;
/** A 1-1 bead pays FURNITURE_GAP_COST × the difference in furniture likelihood of its two sides beyond this. */
const FURNITURE_GAP_TOLERATED = 0.3;
const FURNITURE_GAP_COST = 6;
/** A 1-1 bead of two furniture-like lines without an anchor pays this × the smaller likelihood. */
const FURNITURE_PAIR_COST = 3;
/** Pair evidence from at least one name or number: an anchor. */
export const ANCHOR_EVIDENCE = 0.8;
/** Per paragraph boundary crossed inside one side of a bead. */
const PARAGRAPH_CROSSING_COST = 0.5;

/** A lazy refresh of the prefix sums (see extend) goes this far beyond the entry asked for, so that it runs once per stretch of rows. */
const PREFIX_REFRESH_AHEAD = 256;

/** Keeps floating-point rounding in the evidence bound from ever skipping a bead that would win. */
const PRUNING_SLACK = 1e-9;

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
  // Prefix sums that make a bead's structural checks O(1): paragraph starts,
  // furniture likelihood and multi-digit number counts per side.
  private readonly arParagraphStarts: Float64Array;
  private readonly enParagraphStarts: Float64Array;
  private readonly arFurniture: Float64Array;
  private readonly enFurniture: Float64Array;
  private readonly arNumberCount: Int32Array;
  private readonly enNumberCount: Int32Array;
  private readonly ratio: number;
  private readonly variance: number;
  /** Subtitle cue times on both sides, else null. */
  private readonly times: TimeAnchors | null;
  // Pair evidence for Arabic sentence r and English sentence s in a window of s per r.
  private windowStart = new Int32Array(0);
  private windowEnd = new Int32Array(0);
  private windowOffset = new Int32Array(0);
  private pairBonus = new Float64Array(0);
  private pairNumbers = new Uint8Array(0);
  /** Entries of pairBonus/pairNumbers in use (extend() appends rows after them). */
  private pairsUsed = 0;
  // A sentence's best pair evidence in the window, and prefix sums of it over each
  // side: they bound a bead's evidence from above, so the search can skip beads that cannot win.
  private arBest = new Float64Array(0);
  private enBest = new Float64Array(0);
  private arBestPrefix: Float64Array = new Float64Array(1);
  private enBestPrefix: Float64Array = new Float64Array(1);
  // After extend(), the prefix sums are brought up to date lazily, as far as the
  // search reads them (it reads forward from the grown rows): entries up to these are right.
  private arPrefixValid = 0;
  private enPrefixValid = 0;
  // Per-English-sentence scratch space for lexicalEvidence (a bead has at most MAX_SHAPE_SIDE of them).
  /** The English side's keys inside out (made at the first prepare), and per-row counts of shared keys by English sentence. */
  private postings: { strong: KeyPostings; weak: KeyPostings; names: KeyPostings; dictionary: KeyPostings } | null = null;
  private rowCounts = { strong: new Int32Array(0), weak: new Int32Array(0), names: new Int32Array(0), dictionary: new Int32Array(0) };
  private readonly enBestScratch = new Float64Array(MAX_SHAPE_SIDE);
  private readonly enMatchedScratch = new Float64Array(MAX_SHAPE_SIDE);

  constructor(
    readonly ar: SideFeatures,
    readonly en: SideFeatures,
    readonly model: ModelParameters,
    /** False: lengths and structure only (a Gale-Church pass whose path is not drawn towards anchors). */
    readonly lexical = true,
    /**
     * The most sentences a side of the beads it will score has (a search with
     * fewer shapes, e.g. COARSE_SHAPES: 2): pair evidence is prepared that far
     * around the band, and bounded over it.
     */
    private readonly maxSide = MAX_SHAPE_SIDE,
  ) {
    this.n = ar.count;
    this.m = en.count;
    this.arPrefix = prefixSums(ar.length);
    this.enPrefix = prefixSums(en.length);
    this.times = ar.time && en.time ? new TimeAnchors(ar.time, en.time) : null;
    this.arDeletion = deletionCosts(ar, this.times?.arDeletion);
    this.enDeletion = deletionCosts(en, this.times?.enDeletion);
    this.arParagraphStarts = prefixSums(Float64Array.from(ar.paragraph, (p, k) => (k > 0 && p !== ar.paragraph[k - 1] ? 1 : 0)));
    this.enParagraphStarts = prefixSums(Float64Array.from(en.paragraph, (p, k) => (k > 0 && p !== en.paragraph[k - 1] ? 1 : 0)));
    this.arFurniture = prefixSums(ar.boilerplate);
    this.enFurniture = prefixSums(en.boilerplate);
    // Where each sentence's numbers start is the count of numbers before it.
    this.arNumberCount = ar.strongNumbers.starts;
    this.enNumberCount = en.strongNumbers.starts;
    this.ratio = model.ratio;
    this.variance = model.variance;
  }

  /** A scorer of the same sentences under another model, sharing this one's prepared pair evidence (which no model changes). */
  withModel(model: ModelParameters): BeadScorer {
    const other = new BeadScorer(this.ar, this.en, model, this.lexical, this.maxSide);
    other.windowStart = this.windowStart;
    other.windowEnd = this.windowEnd;
    other.windowOffset = this.windowOffset;
    other.pairBonus = this.pairBonus;
    other.pairNumbers = this.pairNumbers;
    other.pairsUsed = this.pairsUsed;
    other.arBest = this.arBest;
    other.enBest = this.enBest;
    other.arBestPrefix = this.arBestPrefix;
    other.enBestPrefix = this.enBestPrefix;
    other.arPrefixValid = this.arPrefixValid;
    other.enPrefixValid = this.enPrefixValid;
    return other;
  }

  /**
   * Precompute pair evidence for every sentence pair a bead inside the band can
   * contain. Pairs already computed for an earlier band are copied, not
   * recomputed. A scorer of lengths only has no evidence to prepare.
   */
  prepare(band: Band): void {
    if (!this.lexical) return;
    const { n, m } = this;
    const windowStart = new Int32Array(n);
    const windowEnd = new Int32Array(n);
    const windowOffset = new Int32Array(n + 1);
    for (let r = 0; r < n; r++) {
      const [start, end] = this.windowOf(band, r);
      windowStart[r] = start;
      windowEnd[r] = end;
      windowOffset[r + 1] = windowOffset[r] + (end - start);
    }
    const size = windowOffset[n];
    const pairBonus = new Float64Array(size);
    const pairNumbers = new Uint8Array(size);
    const hasOld = this.windowStart.length === n;
    for (let r = 0; r < n; r++) {
      const base = windowOffset[r] - windowStart[r];
      // The part of the row the previous band had is copied (a range of s, since both are windows).
      let copyFrom = windowEnd[r];
      let copyTo = windowEnd[r];
      if (hasOld) {
        copyFrom = Math.max(windowStart[r], this.windowStart[r]);
        copyTo = Math.max(copyFrom, Math.min(windowEnd[r], this.windowEnd[r]));
        const oldBase = this.windowOffset[r] - this.windowStart[r];
        pairBonus.set(this.pairBonus.subarray(oldBase + copyFrom, oldBase + copyTo), base + copyFrom);
        pairNumbers.set(this.pairNumbers.subarray(oldBase + copyFrom, oldBase + copyTo), base + copyFrom);
      }
      this.computeRow(r, windowStart[r], copyFrom, base, pairBonus, pairNumbers);
      this.computeRow(r, copyTo, windowEnd[r], base, pairBonus, pairNumbers);
    }
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.windowOffset = windowOffset;
    this.pairBonus = pairBonus;
    this.pairNumbers = pairNumbers;
    this.pairsUsed = size;
    this.arBest = new Float64Array(n);
    this.enBest = new Float64Array(m);
    for (let r = 0; r < n; r++) this.noteBest(r);
    this.arBestPrefix = prefixSums(this.arBest);
    this.enBestPrefix = prefixSums(this.enBest);
    this.arPrefixValid = n;
    this.enPrefixValid = m;
  }

  /**
   * After the band grew in rows fromRow..toRow, add the pair evidence of the
   * cells it gained (the rows' earlier evidence is kept): a local widening
   * costs the rows it touches, not a new prepare() of the whole text. The
   * grown rows are written after the rows in use; their old place is left unused.
   */
  extend(band: Band, fromRow: number, toRow: number): void {
    if (!this.lexical) return;
    const { n } = this;
    const first = Math.max(0, fromRow - this.maxSide);
    const last = Math.min(n - 1, toRow);
    let firstChanged = -1;
    for (let r = first; r <= last; r++) {
      const [start, end] = this.windowOf(band, r);
      const oldStart = this.windowStart[r];
      const oldEnd = this.windowEnd[r];
      if (start === oldStart && end === oldEnd) continue;
      if (firstChanged < 0) firstChanged = r;
      this.reserve(end - start);
      const base = this.pairsUsed - start;
      // The band only grows, but a window that did not contain the old one is simply computed in full.
      const copyFrom = Math.max(start, oldStart);
      const copyTo = Math.max(copyFrom, Math.min(end, oldEnd));
      const oldBase = this.windowOffset[r] - oldStart;
      this.pairBonus.copyWithin(base + copyFrom, oldBase + copyFrom, oldBase + copyTo);
      this.pairNumbers.copyWithin(base + copyFrom, oldBase + copyFrom, oldBase + copyTo);
      this.computeRow(r, start, copyFrom, base, this.pairBonus, this.pairNumbers);
      this.computeRow(r, copyTo, end, base, this.pairBonus, this.pairNumbers);
      this.windowStart[r] = start;
      this.windowEnd[r] = end;
      this.windowOffset[r] = this.pairsUsed;
      this.pairsUsed += end - start;
      // Best evidence only ever rises here: still an upper bound for every bead.
      this.noteBest(r);
    }
    if (firstChanged < 0) return;
    this.arPrefixValid = Math.min(this.arPrefixValid, firstChanged);
    this.enPrefixValid = Math.min(this.enPrefixValid, this.windowStart[firstChanged]);
  }

  /** Bring the prefix sums up to date to at least entry i of the Arabic side and j of the English (see extend). */
  private refreshBestPrefixes(i: number, j: number): void {
    if (i > this.arPrefixValid) this.arPrefixValid = refreshPrefixSums(this.arBestPrefix, this.arBest, this.arPrefixValid, i + PREFIX_REFRESH_AHEAD);
    if (j > this.enPrefixValid) this.enPrefixValid = refreshPrefixSums(this.enBestPrefix, this.enBest, this.enPrefixValid, j + PREFIX_REFRESH_AHEAD);
  }

  /** English sentences whose pair evidence with Arabic sentence r a bead inside the band can need. */
  private windowOf(band: Band, r: number): [number, number] {
    const start = Math.max(0, band.lo[r + 1] - this.maxSide);
    const end = Math.min(this.m, band.hi[Math.min(this.n, r + this.maxSide)]);
    return [start, Math.max(start, end)];
  }

  /** Room for `extra` more pair entries (the arrays double when full). */
  private reserve(extra: number): void {
    const needed = this.pairsUsed + extra;
    if (needed <= this.pairBonus.length) return;
    const size = Math.max(needed, 2 * this.pairBonus.length);
    const pairBonus = new Float64Array(size);
    const pairNumbers = new Uint8Array(size);
    pairBonus.set(this.pairBonus.subarray(0, this.pairsUsed));
    pairNumbers.set(this.pairNumbers.subarray(0, this.pairsUsed));
    this.pairBonus = pairBonus;
    this.pairNumbers = pairNumbers;
  }

  /** Raise arBest[r] and enBest[s] to row r's pair evidence in its window. */
  private noteBest(r: number): void {
    const { arBest, enBest, pairBonus } = this;
    const base = this.windowOffset[r] - this.windowStart[r];
    for (let s = this.windowStart[r]; s < this.windowEnd[r]; s++) {
      const bonus = pairBonus[base + s];
      if (bonus > arBest[r]) arBest[r] = bonus;
      if (bonus > enBest[s]) enBest[s] = bonus;
    }
  }

  /**
   * Pair evidence of Arabic sentence r with English sentences from..to-1, into
   * the row at `base`. The keys r shares with each of them are counted by
   * looking r's keys up among the English side's (keyPostings): the same
   * counts as countSharedKeys per pair, for a fraction of the work.
   */
  private computeRow(r: number, from: number, to: number, base: number, pairBonus: Float64Array, pairNumbers: Uint8Array): void {
    const width = to - from;
    if (width <= 0) return;
    const { ar, en } = this;
    const postings = (this.postings ??= {
      strong: keyPostings(en.strongNumbers),
      weak: keyPostings(en.weakNumbers),
      names: keyPostings(en.names),
      dictionary: keyPostings(en.dictionaryKeys),
    });
    if (this.rowCounts.strong.length < width) {
      const size = Math.max(width, 2 * this.rowCounts.strong.length);
      this.rowCounts = { strong: new Int32Array(size), weak: new Int32Array(size), names: new Int32Array(size), dictionary: new Int32Array(size) };
    }
    const { strong, weak, names, dictionary } = this.rowCounts;
    strong.fill(0, 0, width);
    weak.fill(0, 0, width);
    names.fill(0, 0, width);
    dictionary.fill(0, 0, width);
    countSharedInWindow(ar.strongNumbers, r, postings.strong, from, to, strong);
    countSharedInWindow(ar.weakNumbers, r, postings.weak, from, to, weak);
    countSharedInWindow(ar.names, r, postings.names, from, to, names);
    countSharedInWindow(ar.dictionaryKeys, r, postings.dictionary, from, to, dictionary);
    for (let s = from; s < to; s++) {
      const x = s - from;
      pairNumbers[base + s] = Math.min(255, strong[x]);
      pairBonus[base + s] = this.bonusFromCounts(r, s, strong[x], weak[x], names[x], dictionary[x]);
    }
  }

  private computePairBonus(r: number, s: number, sharedStrong: number): number {
    const { ar, en } = this;
    return this.bonusFromCounts(
      r, s, sharedStrong,
      countSharedKeys(en.weakNumbers, s, ar.weakNumbers, r),
      countSharedKeys(en.names, s, ar.names, r),
      countSharedKeys(en.dictionaryKeys, s, ar.dictionaryKeys, r),
    );
  }

  /** The lexical bonus of Arabic sentence r with English sentence s, from the keys they share. */
  private bonusFromCounts(r: number, s: number, strong: number, weak: number, names: number, dictionary: number): number {
    const { ar, en } = this;
    let bonus = STRONG_NUMBER_BONUS * strong;
    bonus += WEAK_NUMBER_BONUS * weak;
    bonus += NAME_BONUS * Math.min(MAX_NAMES_COUNTED, names);
    if (ar.quote[r] && en.quote[s]) bonus += QUOTE_BONUS;
    if (ar.bracket[r] && en.bracket[s]) bonus += BRACKET_BONUS;
    const words = keyCount(en.dictionaryKeys, s);
    if (words > 0 && keyCount(ar.dictionaryKeys, r) > 0) {
      bonus += (DICTIONARY_BONUS * dictionary) / Math.max(4, words);
    }
    return bonus;
  }

  /** Lexical bonus of Arabic sentence r with English sentence s (computed on the spot outside the prepared band). */
  pairEvidence(r: number, s: number): number {
    if (s >= this.windowStart[r] && s < this.windowEnd[r]) return this.pairBonus[this.windowOffset[r] - this.windowStart[r] + s];
    return this.computePairBonus(r, s, countSharedKeys(this.en.strongNumbers, s, this.ar.strongNumbers, r));
  }

  private pairNumberMatches(r: number, s: number): number {
    if (s >= this.windowStart[r] && s < this.windowEnd[r]) return this.pairNumbers[this.windowOffset[r] - this.windowStart[r] + s];
    return countSharedKeys(this.en.strongNumbers, s, this.ar.strongNumbers, r);
  }

  deletionCost(side: 'ar' | 'en', index: number): number {
    return side === 'ar' ? this.arDeletion[index] : this.enDeletion[index];
  }

  /**
   * Cost of the bead of shape BEAD_SHAPES[shape] that ends at DP cell (i, j).
   * With a limit (the search's best so far), a many-sentence bead whose cost
   * is sure to reach it is not scored in full: the result is then a lower
   * bound of its cost, itself at least the limit. Only for beads inside the
   * band of the last prepare(), whose pair evidence the bound covers.
   */
  cost(i: number, j: number, shape: number, limit = Infinity): number {
    const a = SHAPE_AR[shape];
    const b = SHAPE_EN[shape];
    if (b === 0) return this.arDeletion[i - 1];
    if (a === 0) return this.enDeletion[j - 1];
    const i0 = i - a;
    const j0 = j - b;
    // Most many-sentence beads are hopeless: their shape cost less the most
    // evidence they could have already reaches the limit, before any length is measured.
    let evidenceBound = 0;
    if (limit !== Infinity && (a > 1 || b > 1)) {
      if (this.lexical && (i > this.arPrefixValid || j > this.enPrefixValid)) this.refreshBestPrefixes(i, j);
      evidenceBound = this.lexical
        ? (this.arBestPrefix[i] - this.arBestPrefix[i0] + this.enBestPrefix[j] - this.enBestPrefix[j0]) / 2
        : 0;
      const floor = this.model.shapeCost[shape] - evidenceBound;
      if (floor >= limit + PRUNING_SLACK) return floor;
    }
    const arLength = this.arPrefix[i] - this.arPrefix[i0];
    const enLength = this.enPrefix[j] - this.enPrefix[j0];
    // Gale-Church δ (see lengthDeviation in model.ts), inlined: this is the innermost loop.
    const mean = Math.max(1, (arLength + enLength / this.ratio) / 2);
    const deviation = enLength - this.ratio * arLength;
    const lengthCost = (deviation * deviation) / (2 * this.variance * mean);
    let cost = this.model.shapeCost[shape] + (lengthCost < MAX_LENGTH_COST ? lengthCost : MAX_LENGTH_COST);
    if (this.times) cost += this.times.beadCost(i0, i, j0, j);
    const numbers = this.arNumberCount[i] - this.arNumberCount[i0] + this.enNumberCount[j] - this.enNumberCount[j0];
    if (a === 1 && b === 1) {
      const evidence = this.lexical ? this.pairEvidence(i0, j0) : 0;
      cost -= evidence;
      // A caption or breadcrumb paired with a real sentence (or the reverse) is suspect; two headings are not.
      const arFurniture = this.ar.boilerplate[i0];
      const enFurniture = this.en.boilerplate[j0];
      const furnitureGap = Math.abs(arFurniture - enFurniture) - FURNITURE_GAP_TOLERATED;
      if (furnitureGap > 0) cost += FURNITURE_GAP_COST * furnitureGap;
      // Two short stray lines pair up cheaply by length alone: without an anchor, that is not enough.
      if (evidence < ANCHOR_EVIDENCE) cost += FURNITURE_PAIR_COST * Math.min(arFurniture, enFurniture);
      if (numbers > 0 && this.lexical) {
        const unmatched = numbers - 2 * this.pairNumberMatches(i0, j0);
        cost += UNMATCHED_NUMBER_COST * Math.min(MAX_UNMATCHED_NUMBERS_COUNTED, unmatched);
      }
      return cost;
    }
    // Everything below adds to the cost except the evidence, which is at most the bound.
    if (limit !== Infinity && cost - evidenceBound >= limit + PRUNING_SLACK) return cost - evidenceBound;
    if (this.lexical) cost -= this.lexicalEvidence(i0, i, j0, j, numbers > 0);
    // Paragraph boundaries crossed inside each side, and furniture glued into a many-sentence side.
    cost += PARAGRAPH_CROSSING_COST * (this.arParagraphStarts[i] - this.arParagraphStarts[i0 + 1]);
    cost += PARAGRAPH_CROSSING_COST * (this.enParagraphStarts[j] - this.enParagraphStarts[j0 + 1]);
    if (a > 1) cost += FURNITURE_IN_BEAD_COST * (this.arFurniture[i] - this.arFurniture[i0]);
    if (b > 1) cost += FURNITURE_IN_BEAD_COST * (this.enFurniture[j] - this.enFurniture[j0]);
    return cost;
  }

  /**
   * Evidence of a many-sentence bead: each sentence counts with its best
   * partner on the other side (averaged over the two directions), so merging
   * two good pairs into one bead earns no more than keeping them apart.
   * Numbers left without partner inside the bead cost.
   */
  private lexicalEvidence(i0: number, i: number, j0: number, j: number, hasNumbers: boolean): number {
    if (i - i0 === 1) return this.oneToManyEvidence(i0, j0, j, hasNumbers);
    // Best partner of each English sentence, accumulated row by row.
    const { windowStart, windowEnd, windowOffset, pairBonus, pairNumbers } = this;
    const enBestOf = this.enBestScratch;
    const enMatchedOf = this.enMatchedScratch;
    for (let s = j0; s < j; s++) { enBestOf[s - j0] = 0; enMatchedOf[s - j0] = 0; }
    let arBest = 0;
    let unmatched = 0;
    for (let r = i0; r < i; r++) {
      const inWindow = j0 >= windowStart[r] && j <= windowEnd[r];
      const base = windowOffset[r] - windowStart[r];
      let best = 0;
      let matched = 0;
      for (let s = j0; s < j; s++) {
        const e = inWindow ? pairBonus[base + s] : this.pairEvidence(r, s);
        if (e > best) best = e;
        if (e > enBestOf[s - j0]) enBestOf[s - j0] = e;
        if (hasNumbers) {
          const shared = inWindow ? pairNumbers[base + s] : this.pairNumberMatches(r, s);
          matched += shared;
          enMatchedOf[s - j0] += shared;
        }
      }
      arBest += best;
      if (hasNumbers) unmatched += Math.max(0, keyCount(this.ar.strongNumbers, r) - matched);
    }
    let enBest = 0;
    for (let s = j0; s < j; s++) {
      enBest += enBestOf[s - j0];
      if (hasNumbers) unmatched += Math.max(0, keyCount(this.en.strongNumbers, s) - enMatchedOf[s - j0]);
    }
    return (arBest + enBest) / 2 - UNMATCHED_NUMBER_COST * Math.min(MAX_UNMATCHED_NUMBERS_COUNTED, unmatched);
  }

  /** lexicalEvidence for one Arabic sentence r with English sentences j0..j-1 (the common 1-n beads), without scratch arrays. */
  private oneToManyEvidence(r: number, j0: number, j: number, hasNumbers: boolean): number {
    const inWindow = j0 >= this.windowStart[r] && j <= this.windowEnd[r];
    const base = this.windowOffset[r] - this.windowStart[r];
    let best = 0;
    let total = 0;
    let matched = 0;
    let unmatched = 0;
    for (let s = j0; s < j; s++) {
      const e = inWindow ? this.pairBonus[base + s] : this.pairEvidence(r, s);
      total += e;
      if (e > best) best = e;
      if (hasNumbers) {
        const shared = inWindow ? this.pairNumbers[base + s] : this.pairNumberMatches(r, s);
        matched += shared;
        unmatched += Math.max(0, keyCount(this.en.strongNumbers, s) - shared);
      }
    }
    if (hasNumbers) unmatched += Math.max(0, keyCount(this.ar.strongNumbers, r) - matched);
    // The Arabic sentence counts with its best partner, each English sentence with the Arabic one.
    return (best + total) / 2 - UNMATCHED_NUMBER_COST * Math.min(MAX_UNMATCHED_NUMBERS_COUNTED, unmatched);
  }

}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  refreshPrefixSums(sums, values, 0, values.length);
  return sums;
}

/** Recompute sums[from + 1 .. to] of prefixSums(values) (sums[from] being right); returns how far sums is now right. */
function refreshPrefixSums(sums: Float64Array, values: Float64Array, from: number, to: number): number {
  const end = Math.min(values.length, to);
  for (let k = from; k < end; k++) sums[k + 1] = sums[k] + values[k];
  return end;
}

/** Per sentence, the cost of leaving it without counterpart; `extra` adds the cue-time term when there is one. */
function deletionCosts(side: SideFeatures, extra?: Float64Array): Float64Array {
  const costs = new Float64Array(side.count);
  for (let k = 0; k < side.count; k++) {
    costs[k] = DELETION_COST * (1 - FURNITURE_DELETION_DISCOUNT * side.boilerplate[k]) + DELETION_COST_PER_CHAR * side.length[k];
    if (extra) costs[k] += extra[k];
  }
  return costs;
}
