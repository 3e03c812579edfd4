// A split inside an unedited sentence leaves each part knowing the whole
// sentence as imported (what "Show changes" compares the pair with), and the
// project file keeps that across save and open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enOriginal } from '../../../../main/core/project/bead';
import { parseProject, serializeProject } from '../../../../main/core/project/file';
import { EditHistory } from '../../../../main/core/project/history';
import { planEdit } from '../../../../main/core/project/operations';
import { projectFromPairs } from '../../../helpers/project-builder';

test('the parts of a sentence split inside remember the whole sentence, also once saved and opened again', () => {
  const project = projectFromPairs([{ ar: ['قال الوزير.', 'ثم غادر.'], en: ['The minister spoke. Then he left.'] }]);
  new EditHistory().apply(project, planEdit(project, {
    kind: 'split-inside-sentence', beadId: project.beads[0].id, side: 'en', sentenceIndex: 0, offset: 19, otherIndex: 1,
  }));
  const whole = 'The minister spoke. Then he left.';
  assert.deepEqual(project.beads.map((bead) => bead.en.map((sentence) => sentence.importedAs)), [[whole], [whole]]);
  // The exports' en_original stays each pair's own part.
  assert.deepEqual(project.beads.map(enOriginal), ['The minister spoke.', 'Then he left.']);
  const reopened = parseProject(serializeProject(project), 'split.muqabala');
  assert.deepEqual(reopened.beads.map((bead) => bead.en.map((sentence) => sentence.importedAs)), [[whole], [whole]]);
  // Cut again, a part still names the first whole sentence.
  new EditHistory().apply(project, planEdit(project, {
    kind: 'split-inside-sentence', beadId: project.beads[1].id, side: 'en', sentenceIndex: 0, offset: 5, otherIndex: 1,
  }));
  assert.deepEqual(project.beads.map((bead) => bead.en[0]?.importedAs), [whole, whole, whole]);
});
