import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMatches, matchRanges, findNeedle } from '../../../../main/core/project/find';
import { EditHistory } from '../../../../main/core/project/history';
import { planEdit, ProjectEditError } from '../../../../main/core/project/operations';
import { applySplices } from '../../../../main/core/project/splices';
import { projectFromPairs } from '../../../helpers/project-builder';

const ranges = (text: string, query: string) => matchRanges(text, findNeedle(query)).map(([start, end]) => text.slice(start, end));

test('matches are found as search finds them and reported as ranges of the stored text', () => {
  assert.deepEqual(ranges('The President met the president.', 'PRESIDENT'), ['President', 'president']);
  // Diacritics inside and right after the match belong to it; tatweel too.
  assert.deepEqual(ranges('قالَ الرئيسُ إنّ', 'الرئيس'), ['الرئيسُ']);
  assert.deepEqual(ranges('وصل جنــدي', 'جندي'), ['جنــدي']);
  assert.deepEqual(ranges('وصل ٥٠٠ جندي', '500'), ['٥٠٠']);
  assert.deepEqual(ranges('aaaa', 'aa'), ['aa', 'aa'], 'occurrences do not overlap');
  assert.deepEqual(ranges('anything', '  '), []);
});

test('findMatches lists every occurrence in document order with bead, side and sentence', () => {
  const project = projectFromPairs([
    { ar: ['صحيفة Kommersant.'], en: ['Kommersant said.', 'So did kommersant.'] },
    { ar: ['لا شيء.'], en: ['Nothing here.'] },
  ]);
  const [first] = project.beads;
  assert.deepEqual(findMatches(project.beads, 'kommersant'), [
    { beadId: first.id, side: 'ar', sentence: 0, start: 6, end: 16 },
    { beadId: first.id, side: 'en', sentence: 0, start: 0, end: 10 },
    { beadId: first.id, side: 'en', sentence: 1, start: 7, end: 17 },
  ]);
});

test('Replace All in the English changes every match in one operation that one undo takes back', () => {
  const project = projectFromPairs([
    { ar: ['أ.'], en: ['The Taleban said.', 'taleban, again.'], status: 'approved' },
    { ar: ['ب.'], en: ['Nothing here.'], status: 'approved' },
    { ar: ['ج.'], en: ['The TALEBAN left.'] },
  ]);
  const before = structuredClone(project);
  const history = new EditHistory();
  const operation = planEdit(project, { kind: 'replace-text', side: 'en', query: 'taleban', replacement: 'Taliban' });
  assert.equal(operation.label, 'Replace 3 matches in the English');
  const copy = structuredClone(project.beads);
  applySplices(copy, history.apply(project, operation));
  assert.deepEqual(copy, project.beads);
  assert.deepEqual(project.beads.map((bead) => bead.en.map((s) => s.text)), [
    ['The Taliban said.', 'Taliban, again.'], ['Nothing here.'], ['The Taliban left.'],
  ]);
  // Changed pairs need review again; the untouched one keeps its status and its object.
  assert.equal(project.beads[0].status, 'unreviewed');
  assert.equal(project.beads[1].status, 'approved');
  assert.equal(project.beads[0].en[0].original, 'The Taleban said.', 'en_original is kept');
  history.undo(project);
  assert.deepEqual(project, before, 'one undo restores every pair');
  assert.equal(history.canUndo, false);
});

test('Replace of one occurrence changes only that one, and refuses a stale position', () => {
  const project = projectFromPairs([{ ar: ['أ.'], en: ['cat and cat'] }]);
  const beadId = project.beads[0].id;
  const history = new EditHistory();
  history.apply(project, planEdit(project, { kind: 'replace-text', side: 'en', query: 'cat', replacement: 'dog', at: { beadId, sentence: 0, start: 8 } }));
  assert.equal(project.beads[0].en[0].text, 'cat and dog');
  assert.throws(
    () => planEdit(project, { kind: 'replace-text', side: 'en', query: 'cat', replacement: 'dog', at: { beadId, sentence: 0, start: 8 } }),
    ProjectEditError,
  );
  assert.throws(() => planEdit(project, { kind: 'replace-text', side: 'en', query: ' ', replacement: 'x' }), /type what to find/);
  // Nothing to replace: an operation that changes nothing (not recorded).
  assert.equal(planEdit(project, { kind: 'replace-text', side: 'en', query: 'zebra', replacement: 'x' }).forward.length, 0);
});

test('Replace All limited to the pairs shown leaves the hidden ones alone', () => {
  const project = projectFromPairs([{ ar: ['أ.'], en: ['cat'] }, { ar: ['ب.'], en: ['cat'] }]);
  const history = new EditHistory();
  const operation = planEdit(project, { kind: 'replace-text', side: 'en', query: 'cat', replacement: 'dog', beadIds: [project.beads[1].id] });
  history.apply(project, operation);
  assert.deepEqual(project.beads.map((bead) => bead.en[0].text), ['cat', 'dog']);
  assert.equal(operation.label, 'Replace 1 match in the English');
});
