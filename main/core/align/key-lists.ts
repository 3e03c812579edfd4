// A side's per-sentence key sets (vocabulary ids of numbers, names, dictionary
// words), stored end to end in one array: a book makes four of these per side
// instead of tens of thousands of little arrays, which are slow to make and
// weigh on the garbage collector.

export interface KeyLists {
  /** Sentence k's keys, ascending and distinct, are values[starts[k]] .. values[starts[k + 1] - 1]. */
  values: Int32Array;
  /** One more entry than there are sentences; starts[0] is 0. */
  starts: Int32Array;
}

/** Longer key lists are sorted by the engine; sentences rarely have this many keys. */
const INSERTION_SORT_MAX = 24;

/** Key lists of `count` sentences without a key. */
export function emptyKeyLists(count: number): KeyLists {
  return { values: new Int32Array(0), starts: new Int32Array(count + 1) };
}

/** How many keys sentence k has. */
export function keyCount(lists: KeyLists, k: number): number {
  return lists.starts[k + 1] - lists.starts[k];
}

/** The lists of the first `count` sentences (a view). */
export function leadingKeyLists(lists: KeyLists, count: number): KeyLists {
  return { values: lists.values, starts: lists.starts.subarray(0, count + 1) };
}

/** How many keys sentence i of `a` and sentence j of `b` have in common. */
export function countSharedKeys(a: KeyLists, i: number, b: KeyLists, j: number): number {
  const aFrom = a.starts[i];
  const aTo = a.starts[i + 1];
  const bFrom = b.starts[j];
  const bTo = b.starts[j + 1];
  if (aFrom === aTo || bFrom === bTo) return 0;
  // A few keys against many: look each up; otherwise walk both in step.
  if ((aTo - aFrom) * 4 < bTo - bFrom) return countFoundIn(a.values, aFrom, aTo, b.values, bFrom, bTo);
  if ((bTo - bFrom) * 4 < aTo - aFrom) return countFoundIn(b.values, bFrom, bTo, a.values, aFrom, aTo);
  const x = a.values;
  const y = b.values;
  let shared = 0;
  let p = aFrom;
  let q = bFrom;
  while (p < aTo && q < bTo) {
    if (x[p] === y[q]) { shared++; p++; q++; }
    else if (x[p] < y[q]) p++;
    else q++;
  }
  return shared;
}

function countFoundIn(small: Int32Array, from: number, to: number, large: Int32Array, lo0: number, hi0: number): number {
  let shared = 0;
  for (let k = from; k < to; k++) {
    const value = small[k];
    let lo = lo0;
    let hi = hi0 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = large[mid];
      if (v === value) { shared++; break; }
      if (v < value) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return shared;
}

/** Builds a side's KeyLists sentence by sentence. */
export class KeyListsBuilder {
  private values = new Int32Array(4096);
  private used = 0;
  private sentences = 0;
  private readonly starts: Int32Array;

  constructor(count: number) {
    this.starts = new Int32Array(count + 1);
  }

  /** The next sentence's keys, in any order and with repeats (sorted and made distinct here; `keys` is not changed). */
  add(keys: ArrayLike<number>): void {
    const from = this.used;
    if (from + keys.length > this.values.length) {
      const grown = new Int32Array(Math.max(2 * this.values.length, from + keys.length));
      grown.set(this.values.subarray(0, from));
      this.values = grown;
    }
    const values = this.values;
    for (let k = 0; k < keys.length; k++) values[from + k] = keys[k];
    const to = from + keys.length;
    if (keys.length > INSERTION_SORT_MAX) values.subarray(from, to).sort();
    else {
      for (let k = from + 1; k < to; k++) {
        const value = values[k];
        let at = k - 1;
        while (at >= from && values[at] > value) {
          values[at + 1] = values[at];
          at--;
        }
        values[at + 1] = value;
      }
    }
    let kept = from;
    for (let k = from; k < to; k++) if (k === from || values[k] !== values[k - 1]) values[kept++] = values[k];
    this.used = kept;
    this.starts[++this.sentences] = kept;
  }

  finish(): KeyLists {
    if (this.sentences !== this.starts.length - 1) throw new Error(`key lists: ${this.sentences} of ${this.starts.length - 1} sentences added`);
    return { values: this.values.slice(0, this.used), starts: this.starts };
  }
}

/** The lists of the sentences at `indices`, in that order (a side reordered or cut to a window). */
export function selectKeyLists(lists: KeyLists, indices: ArrayLike<number>): KeyLists {
  const starts = new Int32Array(indices.length + 1);
  for (let k = 0; k < indices.length; k++) starts[k + 1] = starts[k] + keyCount(lists, indices[k]);
  const values = new Int32Array(starts[indices.length]);
  for (let k = 0; k < indices.length; k++) {
    const from = lists.starts[indices[k]];
    values.set(lists.values.subarray(from, lists.starts[indices[k] + 1]), starts[k]);
  }
  return { values, starts };
}

/**
 * A side's key lists turned inside out: for each key, the sentences that have
 * it, ascending (sentences[starts[key]] .. sentences[starts[key + 1] - 1]).
 * The scorer counts the keys a sentence shares with a window of the other
 * side's sentences by looking its keys up here, instead of merging its list
 * with each sentence's in turn.
 */
export interface KeyPostings {
  starts: Int32Array;
  sentences: Int32Array;
}

export function keyPostings(lists: KeyLists): KeyPostings {
  const count = lists.starts.length - 1;
  const used = lists.starts[count];
  let keys = 0;
  for (let k = 0; k < used; k++) if (lists.values[k] >= keys) keys = lists.values[k] + 1;
  const starts = new Int32Array(keys + 1);
  for (let k = 0; k < used; k++) starts[lists.values[k] + 1]++;
  for (let key = 0; key < keys; key++) starts[key + 1] += starts[key];
  const next = starts.slice(0, keys);
  const sentences = new Int32Array(used);
  for (let s = 0; s < count; s++) {
    for (let k = lists.starts[s]; k < lists.starts[s + 1]; k++) sentences[next[lists.values[k]]++] = s;
  }
  return { starts, sentences };
}

/**
 * For each sentence s of the other side in from..to-1, adds to counts[s - from]
 * how many keys it shares with sentence i of `lists` (countSharedKeys for each
 * s, in one pass over i's keys).
 */
export function countSharedInWindow(lists: KeyLists, i: number, postings: KeyPostings, from: number, to: number, counts: Int32Array): void {
  const keys = postings.starts.length - 1;
  const { sentences } = postings;
  for (let k = lists.starts[i]; k < lists.starts[i + 1]; k++) {
    const key = lists.values[k];
    if (key >= keys) continue;
    let lo = postings.starts[key];
    let hi = postings.starts[key + 1];
    // The first posting at or after `from`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let p = lo; p < postings.starts[key + 1] && sentences[p] < to; p++) counts[sentences[p] - from]++;
  }
}
