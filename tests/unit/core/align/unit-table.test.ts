import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashUnit, UnitTable } from '../../../../main/core/align/unit-table';

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = hashUnit(hash, text.charCodeAt(i));
  return hash;
}

describe('UnitTable', () => {
  it('finds a word met before by its place in another text, and makes its value once', () => {
    const table = new UnitTable<string>();
    let made = 0;
    const make = (word: string) => `${word}#${made++}`;
    const first = 'قال الرئيس';
    const second = 'وقال الرئيس امس';
    assert.equal(table.get(first, 4, 10, hashOf(first, 4, 10), make), 'الرئيس#0');
    assert.equal(table.get(second, 5, 11, hashOf(second, 5, 11), make), 'الرئيس#0');
    assert.equal(table.get(second, 0, 4, hashOf(second, 0, 4), make), 'وقال#1');
    assert.equal(made, 2);
  });

  it('keeps words apart when their hashes collide, across growth', () => {
    const table = new UnitTable<string>();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k}`);
    // Every word with the same hash: only the units tell them apart.
    for (const word of words) assert.equal(table.get(word, 0, word.length, 7, (w) => w.toUpperCase()), word.toUpperCase());
    for (const word of words) {
      const text = ` ${word} `;
      assert.equal(table.get(text, 1, 1 + word.length, 7, () => 'made again'), word.toUpperCase());
    }
  });
});
