import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countSharedInWindow, countSharedKeys, emptyKeyLists, keyCount, KeyListsBuilder, keyPostings, leadingKeyLists, type KeyLists } from '../../../../main/core/align/key-lists';

/** Key lists of the given sentences, through the builder. */
function build(sentences: number[][]) {
  const builder = new KeyListsBuilder(sentences.length);
  for (const keys of sentences) builder.add(keys);
  return builder.finish();
}

/** The shared count, worked out plainly. */
function plainShared(a: number[], b: number[]): number {
  return new Set(a.filter((x) => b.includes(x))).size;
}

describe('key lists', () => {
  it('keep each sentence’s keys sorted and distinct, whatever order they came in', () => {
    const lists = build([[5, 3, 5, 1], [], [9], Array.from({ length: 40 }, (_, k) => (k * 7) % 30)]);
    const keysOf = (k: number) => Array.from(lists.values.subarray(lists.starts[k], lists.starts[k + 1]));
    assert.deepEqual(keysOf(0), [1, 3, 5]);
    assert.deepEqual(keysOf(1), []);
    assert.deepEqual(keysOf(2), [9]);
    assert.deepEqual(keysOf(3), Array.from({ length: 30 }, (_, k) => k));
    assert.deepEqual([0, 1, 2, 3].map((k) => keyCount(lists, k)), [3, 0, 1, 30]);
    assert.equal(keyCount(leadingKeyLists(lists, 2), 1), 0);
  });

  it('count shared keys like a set intersection, for lists of any sizes', () => {
    // Small against large uses lookups, similar sizes a walk in step: both must agree with the plain count.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 60;
    const sentences = Array.from({ length: 40 }, (_, k) => Array.from({ length: (k * 3) % 37 }, random));
    const lists = build(sentences);
    for (let i = 0; i < sentences.length; i++) {
      for (let j = 0; j < sentences.length; j++) {
        assert.equal(countSharedKeys(lists, i, lists, j), plainShared(sentences[i], sentences[j]), `${i} ${j}`);
      }
    }
    assert.equal(countSharedKeys(emptyKeyLists(3), 1, lists, 5), 0);
  });

  it('refuses to finish before every sentence is added', () => {
    const builder = new KeyListsBuilder(2);
    builder.add([1]);
    assert.throws(() => builder.finish(), /1 of 2 sentences/);
  });
});

describe('key postings', () => {
  /** Random key lists: sentences with 0-12 keys out of `keys` (some keys common, some rare). */
  function randomLists(sentences: number, keys: number, seed: number): KeyLists {
    let state = seed;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const builder = new KeyListsBuilder(sentences);
    for (let s = 0; s < sentences; s++) {
      builder.add(Array.from({ length: Math.floor(next() * 13) }, () => Math.floor(next() ** 2 * keys)));
    }
    return builder.finish();
  }

  it('counts for a window of sentences the keys each shares with one sentence, as countSharedKeys does pair by pair', () => {
    const en = randomLists(300, 60, 7);
    // The Arabic side also has keys the English never has (60-79): they count for nothing.
    const ar = randomLists(200, 80, 11);
    const postings = keyPostings(en);
    for (let r = 0; r < 200; r++) {
      for (const [from, to] of [[0, 300], [0, 1], [299, 300], [r, Math.min(300, r + 17)], [150, 150]]) {
        const counts = new Int32Array(Math.max(1, to - from));
        countSharedInWindow(ar, r, postings, from, to, counts);
        const expected = Array.from({ length: to - from }, (_, x) => countSharedKeys(en, from + x, ar, r));
        assert.deepEqual([...counts.subarray(0, to - from)], expected, `row ${r}, window ${from}-${to}`);
      }
    }
  });

  it('lists each key\'s sentences in order, and a side without keys has none', () => {
    const builder = new KeyListsBuilder(3);
    builder.add([4, 1]);
    builder.add([]);
    builder.add([1]);
    const postings = keyPostings(builder.finish());
    assert.deepEqual([...postings.sentences.subarray(postings.starts[1], postings.starts[2])], [0, 2]);
    assert.deepEqual([...postings.sentences.subarray(postings.starts[4], postings.starts[5])], [0]);
    assert.equal(keyPostings(emptyKeyLists(5)).sentences.length, 0);
  });
});
