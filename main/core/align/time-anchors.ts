// Subtitle cue times as anchors. When every sentence of both sides carries the
// time of the cue it came from (two .srt/.vtt files), what is said at the same
// moment belongs together, whatever the lengths and words say:
// - a bead pays for each of its sentences by the share of that sentence's
//   time lying outside the other side's time span in the bead;
// - a bead that falls apart into two beads at different times (the first
//   sentences of both sides before the rest of both) pays more than the two
//   worst length fits of its parts (scorer.ts caps each at 12);
// - leaving a sentence without counterpart pays by the share of its time the
//   other side's cues cover (a cue spoken over silence on the other side may
//   well be dropped; one spoken over another cue should not).
// Both terms are never negative, so the search's evidence bound (which prunes
// many-sentence beads in scorer.ts) stays a lower bound of a bead's cost.

/** Cue times of one side's sentences in milliseconds, one entry per sentence. */
export interface TimeSpans {
  start: Float64Array;
  end: Float64Array;
}

/** Two tracks are rarely cut to the same frame: this much slack on each side of a span counts as overlap. */
const TOLERANCE_MS = 300;
/** Cost for a sentence of a bead lying wholly outside the other side's span: more than a bad length fit saves, so times win over lengths. */
const OUTSIDE_SPAN_COST = 10;
/** Cost for leaving a sentence wholly covered by the other side's cues without counterpart (on top of the usual deletion cost). */
const COVERED_DELETION_COST = 10;
/** Cost for a bead that falls apart in time: above twice the length term's cap, so two time-separate pairs are never glued for their lengths. */
const FALLS_APART_COST = 30;

/** The times of the inputs when every one has a time, else undefined (times from only part of a text would mislead). */
export function timeSpansOf(inputs: readonly { time?: readonly [number, number] }[]): TimeSpans | undefined {
  if (inputs.length === 0 || inputs.some((input) => input.time === undefined)) return undefined;
  return {
    start: Float64Array.from(inputs, (input) => (input.time as readonly [number, number])[0]),
    end: Float64Array.from(inputs, (input) => (input.time as readonly [number, number])[1]),
  };
}

/** The spans of the sentences at `indices` (a window of a side, or a side reordered). */
export function selectTimeSpans(spans: TimeSpans | undefined, indices: ArrayLike<number>): TimeSpans | undefined {
  if (!spans) return undefined;
  return {
    start: Float64Array.from({ length: indices.length }, (_, k) => spans.start[indices[k]]),
    end: Float64Array.from({ length: indices.length }, (_, k) => spans.end[indices[k]]),
  };
}

export class TimeAnchors {
  /** Per sentence: the extra cost of leaving it without counterpart. */
  readonly arDeletion: Float64Array;
  readonly enDeletion: Float64Array;

  constructor(readonly ar: TimeSpans, readonly en: TimeSpans) {
    this.arDeletion = coveredShares(ar, en).map((share) => COVERED_DELETION_COST * share);
    this.enDeletion = coveredShares(en, ar).map((share) => COVERED_DELETION_COST * share);
  }

  /** Cost of a bead of Arabic sentences i0..i-1 with English sentences j0..j-1 (both sides non-empty). */
  beadCost(i0: number, i: number, j0: number, j: number): number {
    const arFrom = spanStart(this.ar, i0, i);
    const arTo = spanEnd(this.ar, i0, i);
    const enFrom = spanStart(this.en, j0, j);
    const enTo = spanEnd(this.en, j0, j);
    let outside = 0;
    for (let r = i0; r < i; r++) outside += 1 - shareInside(this.ar.start[r], this.ar.end[r], enFrom, enTo);
    for (let s = j0; s < j; s++) outside += 1 - shareInside(this.en.start[s], this.en.end[s], arFrom, arTo);
    const apart = i - i0 > 1 && j - j0 > 1 && this.fallsApart(i0, i, j0, j) ? FALLS_APART_COST : 0;
    return OUTSIDE_SPAN_COST * outside + apart;
  }

  /** Some split into a first part (Arabic and English) and a second part (both sides) has the first over before the second starts. */
  private fallsApart(i0: number, i: number, j0: number, j: number): boolean {
    for (let a = i0 + 1; a < i; a++) {
      for (let b = j0 + 1; b < j; b++) {
        const firstEnd = Math.max(spanEnd(this.ar, i0, a), spanEnd(this.en, j0, b));
        const secondStart = Math.min(spanStart(this.ar, a, i), spanStart(this.en, b, j));
        if (firstEnd - TOLERANCE_MS <= secondStart) return true;
      }
    }
    return false;
  }
}

function spanStart(spans: TimeSpans, from: number, to: number): number {
  let start = Infinity;
  for (let k = from; k < to; k++) if (spans.start[k] < start) start = spans.start[k];
  return start;
}

function spanEnd(spans: TimeSpans, from: number, to: number): number {
  let end = -Infinity;
  for (let k = from; k < to; k++) if (spans.end[k] > end) end = spans.end[k];
  return end;
}

/** Share of [start, end) inside [from - tolerance, to + tolerance); a cue of no duration counts as a point. */
function shareInside(start: number, end: number, from: number, to: number): number {
  const low = from - TOLERANCE_MS;
  const high = to + TOLERANCE_MS;
  if (end <= start) return start >= low && start <= high ? 1 : 0;
  return Math.max(0, Math.min(end, high) - Math.max(start, low)) / (end - start);
}

/**
 * For each span of `side`, the share of its time covered by the spans of
 * `other` (their union, without tolerance: only real overlap counts). Only the
 * spans of `other` starting at most its longest duration before a span can
 * reach it, so each look starts there (binary search over the sorted starts).
 */
function coveredShares(side: TimeSpans, other: TimeSpans): Float64Array {
  const order = Array.from(other.start.keys()).sort((x, y) => other.start[x] - other.start[y]);
  const sortedStarts = Float64Array.from(order, (x) => other.start[x]);
  let longest = 0;
  for (let x = 0; x < other.start.length; x++) longest = Math.max(longest, other.end[x] - other.start[x]);
  const shares = new Float64Array(side.start.length);
  for (let k = 0; k < side.start.length; k++) {
    const start = side.start[k];
    const end = side.end[k];
    if (end <= start) continue;
    // The pieces of `other` overlapping [start, end), clipped to it, in order of start.
    const pieces: Array<[number, number]> = [];
    for (let p = firstAtOrAfter(sortedStarts, start - longest); p < order.length && sortedStarts[p] < end; p++) {
      const from = Math.max(start, other.start[order[p]]);
      const to = Math.min(end, other.end[order[p]]);
      if (to > from) pieces.push([from, to]);
    }
    shares[k] = unionLength(pieces) / (end - start);
  }
  return shares;
}

/** Index of the first value >= target in ascending values. */
function firstAtOrAfter(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] < target) low = middle + 1; else high = middle;
  }
  return low;
}

/** Total length of the union of intervals given in ascending order of start. */
function unionLength(pieces: Array<[number, number]>): number {
  let total = 0;
  let coveredTo = -Infinity;
  for (const [from, to] of pieces) {
    const begin = Math.max(from, coveredTo);
    if (to > begin) total += to - begin;
    coveredTo = Math.max(coveredTo, to);
  }
  return total;
}
