// The Arabic words of a side, found once per sentence and interned: an import
// finds them while the English side is still being prepared on another thread
// (core/prepare-side.ts), so that after the two sides meet only the words'
// names are looked up against the English vocabulary (features.ts
// collectArabicKeys). Before, the scan of every Arabic unit came after the
// join, while the main thread had sat waiting for the English side.

import { hashUnit, UnitTable } from './unit-table';

export interface ArabicWords {
  /** The distinct words (matching form), in order of first occurrence. */
  words: string[];
  /** Sentence k's words in text order, as indices into `words`: occurrences[starts[k]] .. occurrences[starts[k + 1] - 1]. */
  occurrences: Int32Array;
  /** One more entry than there are sentences; starts[0] is 0. */
  starts: Int32Array;
}

/** A unit of an Arabic word: U+0621-U+064A and U+0660-U+06FF. */
function isArabicWordUnit(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0660 && code <= 0x06ff);
}

export class ArabicWordsBuilder {
  // Words recur: one seen before is found from its units and hash, without being cut out of the text.
  private readonly table = new UnitTable<number>();
  private readonly words: string[] = [];
  private occurrences = new Int32Array(1 << 12);
  private used = 0;
  private sentences = 0;
  private readonly starts: Int32Array;
  private readonly intern = (word: string): number => this.words.push(word) - 1;

  constructor(count: number) {
    this.starts = new Int32Array(count + 1);
  }

  /** The next sentence, in matching form. */
  add(normalised: string): void {
    for (let i = 0; i < normalised.length; i++) {
      if (!isArabicWordUnit(normalised.charCodeAt(i))) continue;
      const start = i;
      let hash = 0;
      for (; i < normalised.length; i++) {
        const code = normalised.charCodeAt(i);
        if (!isArabicWordUnit(code)) break;
        hash = hashUnit(hash, code);
      }
      if (this.used === this.occurrences.length) {
        const grown = new Int32Array(2 * this.used);
        grown.set(this.occurrences);
        this.occurrences = grown;
      }
      this.occurrences[this.used++] = this.table.get(normalised, start, i, hash, this.intern);
    }
    this.starts[++this.sentences] = this.used;
  }

  finish(): ArabicWords {
    if (this.sentences !== this.starts.length - 1) throw new Error(`Arabic words: ${this.sentences} of ${this.starts.length - 1} sentences added`);
    return { words: this.words, occurrences: this.occurrences.slice(0, this.used), starts: this.starts };
  }
}
