import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastAtOrBefore } from '../../../../main/core/text/sorted';

test('lastAtOrBefore finds the paragraph holding an offset: its start, inside it, before the first, after the last', () => {
  const starts = [0, 10, 25, 40];
  assert.equal(lastAtOrBefore(starts, 10), 1);
  assert.equal(lastAtOrBefore(starts, 24), 1);
  assert.equal(lastAtOrBefore(starts, 25), 2);
  assert.equal(lastAtOrBefore(starts, -1), 0);
  assert.equal(lastAtOrBefore(starts, 1000), 3);
  assert.equal(lastAtOrBefore([7], 3), 0);
});
