// The operations on the real sample (seed 001 Arabic, seed 000 English) aligned
// by the real engine, with the real scorer and aligner in the edit context.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createEditContext } from '../../../../main/core/pipeline';
import { sideText } from '../../../../main/core/project/bead';
import { parseProject, serializeProject } from '../../../../main/core/project/file';
import { EditHistory } from '../../../../main/core/project/history';
import { planEdit } from '../../../../main/core/project/operations';
import type { Project } from '../../../../main/core/project/types';
import { applyRandomEdits, assertUndoRedoAll } from '../../../helpers/random-edits';
import { buildSampleProject } from '../../services/fixtures/sample-project';

let sample: Project;
before(async () => { sample = await buildSampleProject(); });

describe('edits on the aligned sample', () => {
  it('re-aligning the untouched sample reproduces the aligner\'s own pairs, ids, statuses and confidences', () => {
    const project = structuredClone(sample);
    const operation = planEdit(project, {
      kind: 'realign', fromBeadId: project.beads[0].id, toBeadId: project.beads.at(-1)!.id,
    }, createEditContext(project));
    new EditHistory().apply(project, operation);
    const shape = (p: Project) => p.beads.map((bead) => `${bead.ar.map((s) => s.id).join('+')} | ${bead.en.map((s) => s.id).join('+')}`);
    assert.deepEqual(shape(project), shape(sample), 'the same pairs as the first alignment');
    assert.deepEqual(project, sample, 'every pair kept as it was');
  });

  it('re-aligning any untouched stretch gives back the aligner\'s own pairs', () => {
    // Every stretch from one pair to another. Where a stretch ends inside a run
    // of Arabic-only and English-only rows, the search may list that run in
    // another order (the same rows, each sentence with the same partners), so
    // the pairs are compared as a set; each side's sentence order is checked
    // by the next test.
    const pairs = (p: Project) => p.beads.map((bead) => bead.id).sort();
    for (let from = 0; from < sample.beads.length; from++) {
      for (let to = from; to < sample.beads.length; to++) {
        const project = structuredClone(sample);
        new EditHistory().apply(project, planEdit(project, {
          kind: 'realign', fromBeadId: project.beads[from].id, toBeadId: project.beads[to].id,
        }, createEditContext(project)));
        assert.deepEqual(pairs(project), pairs(sample), `re-aligning pairs ${from + 1} to ${to + 1}`);
      }
    }
  });

  it('realigning the whole sample keeps every sentence in order, and undo restores it exactly', () => {
    const project = structuredClone(sample);
    const before = structuredClone(project);
    const history = new EditHistory();
    const context = createEditContext(project);
    history.apply(project, planEdit(project, { kind: 'merge-with-next', beadId: project.beads[3].id }, context));
    const withEnglish = project.beads.findIndex((bead, i) => i > 4 && bead.en.length > 0);
    history.apply(project, planEdit(project, { kind: 'move-sentence', beadId: project.beads[withEnglish].id, side: 'en', which: 'first' }, context));
    const afterEdits = structuredClone(project);
    history.apply(project, planEdit(project, {
      kind: 'realign', fromBeadId: project.beads[0].id, toBeadId: project.beads.at(-1)!.id,
    }, context));
    for (const side of ['ar', 'en'] as const) {
      assert.deepEqual(project.beads.flatMap((bead) => bead[side].map((s) => s.id)),
        afterEdits.beads.flatMap((bead) => bead[side].map((s) => s.id)), `every ${side} sentence once, in order`);
    }
    assert.ok(project.beads.every((bead) => bead.confidence >= 0 && bead.confidence <= 1));
    while (history.canUndo) history.undo(project);
    assert.deepEqual(project, before);
  });

  it('rescoring a merge with the real scorer lowers the confidence of a wrong pairing', () => {
    const project = structuredClone(sample);
    const context = createEditContext(project);
    // Pull the next pair's English into a confident 1-1 pair: the English no longer fits the Arabic.
    const index = project.beads.findIndex((bead, i) => bead.ar.length === 1 && bead.en.length === 1 && bead.confidence > 0.8
      && project.beads[i + 1]?.en.length === 1 && project.beads[i + 1]?.ar.length === 1);
    assert.ok(index >= 0, 'the sample has two confident 1-1 pairs in a row');
    const confident = project.beads[index];
    const history = new EditHistory();
    history.apply(project, planEdit(project, { kind: 'move-sentence', beadId: project.beads[index + 1].id, side: 'en', which: 'first' }, context));
    const changed = project.beads[index];
    assert.equal(sideText(changed, 'ar'), sideText(confident, 'ar'));
    assert.ok(changed.confidence < confident.confidence, `${changed.confidence} < ${confident.confidence}`);
  });

  it('hundreds of random edits with the real scorer and aligner undo back to the sample exactly', () => {
    const project = structuredClone(sample);
    const history = new EditHistory();
    const applied = applyRandomEdits(project, history, 400, 777, createEditContext(project));
    assert.ok(applied > 250, `most random edits apply (${applied})`);
    const ids = project.beads.flatMap((bead) => [bead.id, ...bead.ar.map((s) => s.id), ...bead.en.map((s) => s.id)]);
    assert.equal(new Set(ids).size, ids.length, 'no id is used twice');
    assert.deepEqual(parseProject(serializeProject(project), 'edited.muqabala'), project, 'an edited project passes the file validator');
    assertUndoRedoAll(project, history, sample);
  });

  it('the sample project survives the project file unchanged', () => {
    assert.deepEqual(parseProject(serializeProject(sample), 'sample.muqabala'), sample);
  });
});
