import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InOrder } from '../../../../main/core/corpus/in-order';

test('results finishing in any order are handed on in start order, each as soon as it can be', () => {
  const inOrder = new InOrder<string>();
  assert.deepEqual(inOrder.put(2, 'c'), []);
  assert.deepEqual(inOrder.put(1, 'b'), []);
  assert.equal(inOrder.held, 2);
  assert.deepEqual(inOrder.put(0, 'a'), ['a', 'b', 'c']);
  assert.deepEqual(inOrder.put(3, 'd'), ['d']);
  assert.equal(inOrder.held, 0);
  assert.equal(inOrder.handedOn, 4);
});

test('a result given twice is refused rather than written twice', () => {
  const inOrder = new InOrder<number>();
  inOrder.put(0, 0);
  assert.throws(() => inOrder.put(0, 0), /already given/);
  inOrder.put(2, 2);
  assert.throws(() => inOrder.put(2, 2), /already given/);
});

test('a shuffled thousand come out sorted', () => {
  const order = Array.from({ length: 1000 }, (_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = (k * 7919) % (k + 1);
    [order[k], order[j]] = [order[j], order[k]];
  }
  const inOrder = new InOrder<number>();
  const out = order.flatMap((sequence) => inOrder.put(sequence, sequence));
  assert.deepEqual(out, Array.from({ length: 1000 }, (_, k) => k));
});
