import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EditHistory } from '../../../../main/core/project/history';
import { planEdit } from '../../../../main/core/project/operations';
import { computeStatistics, wordEditDistance, words } from '../../../../main/core/project/statistics';
import { projectFromPairs } from '../../../helpers/project-builder';

test('word edit distance counts word insertions, deletions and substitutions', () => {
  assert.equal(wordEditDistance(words('the cat sat on the mat'), words('the cat sat on the mat')), 0);
  assert.equal(wordEditDistance(words('the cat sat on the mat'), words('the dog sat on the mat')), 1);
  assert.equal(wordEditDistance(words('the cat sat'), words('the cat quietly sat')), 1);
  assert.equal(wordEditDistance(words('the cat sat'), words('cat sat')), 1);
  assert.equal(wordEditDistance(words('a b c'), words('c b a')), 2);
  assert.equal(wordEditDistance([], words('two words')), 2);
  assert.equal(wordEditDistance(words('two words'), []), 2);
});

test('statistics count pairs by type and status, edits, words changed against en_original, confidence and match score', () => {
  const project = projectFromPairs([
    { ar: ['أ.'], en: ['The cat sat on the mat.'], status: 'approved', confidence: 0.95 },
    { ar: ['ب.', 'ت.'], en: ['One two three four.'], status: 'rejected', confidence: 0.42 },
    { ar: ['ث.'], en: ['Five six.'], confidence: 0.05 },
    { ar: ['ج.'], en: [], confidence: 1 },
  ]);
  const history = new EditHistory();
  history.apply(project, planEdit(project, { kind: 'edit-text', beadId: project.beads[0].id, side: 'en', texts: ['The dog sat on a mat.'] }));
  history.apply(project, planEdit(project, { kind: 'edit-text', beadId: project.beads[2].id, side: 'en', texts: ['Five six seven.', 'Eight.'] }));
  const stats = computeStatistics(project.beads, project.alignment);
  assert.equal(stats.pairs, 4);
  assert.deepEqual(stats.byType, [{ type: '1-0', count: 1 }, { type: '1-1', count: 1 }, { type: '1-2', count: 1 }, { type: '2-1', count: 1 }]);
  // Edited pairs become unreviewed.
  assert.deepEqual(stats.byStatus, { unreviewed: 3, approved: 0, rejected: 1 });
  assert.equal(stats.editedPairs, 2);
  // 6 + 4 + 2 words imported; cat->dog, the->a (2); six.->six, + seven., + Eight. (3: punctuation stays with its word).
  assert.deepEqual(stats.words, { original: 12, current: 14, changed: 5, editRate: 5 / 12 });
  assert.equal(stats.confidenceHistogram.length, 10);
  assert.equal(stats.confidenceHistogram.reduce((a, b) => a + b, 0), 4);
  assert.equal(stats.confidenceHistogram[4], 1, '0.42 falls in [0.4, 0.5)');
  assert.equal(stats.confidenceHistogram[9], 2, '0.95 and 1.0 fall in the last bin');
  assert.equal(stats.matchScore, 0.8);
});

test('an empty project has zero everything, not NaN', () => {
  const project = projectFromPairs([]);
  const stats = computeStatistics(project.beads, project.alignment);
  assert.equal(stats.words.editRate, 0);
  assert.equal(stats.meanConfidence, 0);
  assert.deepEqual(stats.byStatus, { unreviewed: 0, approved: 0, rejected: 0 });
});
