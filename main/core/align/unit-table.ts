// A table of the words met so far, looked up by a word's position in a text
// rather than by the word as a string: the aligner reads millions of words,
// most of them seen before, and cutting each out of its sentence (and hashing
// the new string for a Map) cost more than everything else it does with them.

/** Open addressing over typed arrays; the caller hashes the units as it scans them (see hashUnit). */
export class UnitTable<T> {
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 11);
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  /** The value of text[start, end), whose hash is `hash`; made by `make` from the word the first time. */
  get(text: string, start: number, end: number, hash: number, make: (word: string) => T): T {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return this.insert(slot, text.slice(start, end), hash, make);
      if (this.hashes[entry] === hash && sameUnits(this.words[entry], text, start, end)) return this.values[entry];
    }
  }

  private insert(slot: number, word: string, hash: number, make: (word: string) => T): T {
    const entry = this.words.length;
    const value = make(word);
    this.words.push(word);
    this.values.push(value);
    if (entry === this.hashes.length) {
      const grown = new Int32Array(2 * entry);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[entry] = hash;
    this.slots[slot] = entry + 1;
    // At most half full, so that probes stay short.
    if (2 * this.words.length > this.slots.length) this.rehash();
    return value;
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.words.length; entry++) {
      let slot = this.hashes[entry] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

/** The running hash of a word's units: hash = hashUnit(hash, unit) for each, from 0. */
export function hashUnit(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

/** True when text[start, end) is word. */
function sameUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
