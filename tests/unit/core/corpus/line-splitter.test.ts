import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineSplitter } from '../../../../main/core/corpus/line-splitter';

function split(chunks: string[]): string[] {
  const splitter = new LineSplitter();
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

test('lines cut across chunks come out whole, with \\n and \\r\\n ends removed', () => {
  assert.deepEqual(split(['{"id":1', '}\n{"id"', ':2}\r', '\n{"id":3}\n']), ['{"id":1}', '{"id":2}', '{"id":3}']);
});

test('a last line without a line end is not lost; blank lines are kept for the caller to count', () => {
  assert.deepEqual(split(['a\n\nb']), ['a', '', 'b']);
  assert.deepEqual(split(['a\n']), ['a']);
  assert.deepEqual(split([]), []);
});

test('every way of cutting a text into two chunks gives the same lines', () => {
  const text = 'first line\r\nsecond\n\nfourth, no end';
  for (let cut = 0; cut <= text.length; cut++) {
    assert.deepEqual(split([text.slice(0, cut), text.slice(cut)]), ['first line', 'second', '', 'fourth, no end'], `cut at ${cut}`);
  }
});
