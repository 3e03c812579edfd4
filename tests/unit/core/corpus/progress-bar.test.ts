import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progressBar } from '../../../../main/core/corpus/progress-bar';

test('the bar fills with the share done and names the current document, shortened from the left', () => {
  assert.equal(progressBar(0, 4, 'a', 8), '[--------] 0/4 a');
  assert.equal(progressBar(1, 4, 'book/ch1', 8), '[##------] 1/4 book/ch1');
  assert.equal(progressBar(4, 4, 'x', 8), '[########] 4/4 x');
  const long = progressBar(2, 4, `${'folder/'.repeat(10)}ch2`, 8);
  assert.ok(long.endsWith('/ch2') && long.includes('…'), long);
  assert.ok(long.length < 60);
});
