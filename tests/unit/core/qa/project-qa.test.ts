// What the quality checks keep in a project: ignored findings (an undoable
// edit that survives saving) and the settings; files saved before them open.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseProject, serializeProject } from '../../../../main/core/project/file';
import { EditHistory } from '../../../../main/core/project/history';
import { planEdit } from '../../../../main/core/project/operations';
import { projectPairs, runChecks } from '../../../../main/core/qa/run';
import { projectFromPairs } from '../../../helpers/project-builder';

const model = { ratio: 1.15, variance: 6.5 };

function sample() {
  return projectFromPairs([
    { ar: ['قتل 6000 شخص.'], en: ['7000 people were killed.'], status: 'approved' },
    { ar: ['وقال الوزير.'], en: ['The minister said.'] },
  ]);
}

test('ignoring a finding hides it, undo brings it back, and the pair keeps its id and status', () => {
  const project = sample();
  const history = new EditHistory();
  const [finding] = runChecks(projectPairs(project), { model });
  assert.equal(finding.check, 'numbers');
  history.apply(project, planEdit(project, { kind: 'ignore-finding', beadId: finding.beadId, key: finding.key, ignored: true }));
  assert.deepEqual(runChecks(projectPairs(project), { model }), []);
  assert.equal(project.beads[0].id, finding.beadId);
  assert.equal(project.beads[0].status, 'approved');
  assert.equal(history.snapshot().undoLabel, 'Ignore finding');
  history.undo(project);
  assert.deepEqual(runChecks(projectPairs(project), { model }).map((f) => f.key), [finding.key]);
  history.redo(project);
  history.apply(project, planEdit(project, { kind: 'ignore-finding', beadId: finding.beadId, key: finding.key, ignored: false }));
  assert.equal(runChecks(projectPairs(project), { model }).length, 1);
});

test('ignored findings and QA settings are saved with the project and read back', () => {
  const project = sample();
  project.beads[0] = { ...project.beads[0], ignoredFindings: ['numbers:6000|7000'] };
  project.qa = {
    disabled: ['spelling'], wordList: ['Muqabala'], lexicon: [['بوتين', 'putin']],
    glossary: [{ arabic: 'مجلس الأمن', english: ['Security Council'], forbidden: ['Safety Council'], source: 'glossary' }],
  };
  const text = serializeProject(project);
  assert.deepEqual(parseProject(text, 'x.muqabala'), project);
  // Beads with nothing ignored are written as before, so old and new files diff cleanly.
  assert.doesNotMatch(text.split('\n').find((line) => line.includes('"b') && line.includes('minister')) ?? '', /ignoredFindings/);
});

test('a project saved before the quality checks opens, with nothing ignored and no settings', () => {
  const text = serializeProject(sample());
  assert.doesNotMatch(text, /"qa"|ignoredFindings/);
  const project = parseProject(text, 'old.muqabala');
  assert.equal(project.qa, undefined);
  assert.equal(project.beads[0].ignoredFindings, undefined);
});

test('a bad QA section is refused with the field named', () => {
  const record = JSON.parse(serializeProject(sample()));
  record.qa = { disabled: ['grammar'], wordList: [], glossary: [], lexicon: [] };
  assert.throws(() => parseProject(JSON.stringify(record), 'x.muqabala'), /qa\.disabled names an unknown check "grammar"/);
});
