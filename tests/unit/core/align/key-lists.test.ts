import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countSharedKeys, emptyKeyLists, keyCount, KeyListsBuilder, leadingKeyLists } from '../../../../main/core/align/key-lists';

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
