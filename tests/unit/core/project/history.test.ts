import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EditHistory } from '../../../../main/core/project/history';
import { planEdit } from '../../../../main/core/project/operations';
import type { EditRequest, Project } from '../../../../main/core/project/types';
import { projectFromPairs } from '../../../helpers/project-builder';

function twoPairs(): Project {
  return projectFromPairs([{ ar: ['أ.'], en: ['A.'] }, { ar: ['ب.'], en: ['B.'] }]);
}

function apply(history: EditHistory, project: Project, request: EditRequest): void {
  history.apply(project, planEdit(project, request));
}

describe('EditHistory', () => {
  it('starts clean with nothing to undo or redo', () => {
    const history = new EditHistory();
    assert.deepEqual(history.snapshot(), { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    assert.equal(history.dirty, false);
    assert.deepEqual(history.undo(twoPairs()), []);
    assert.deepEqual(history.redo(twoPairs()), []);
  });

  it('names what undo and redo would do', () => {
    const project = twoPairs();
    const history = new EditHistory();
    apply(history, project, { kind: 'set-status', beadIds: [project.beads[0].id], status: 'approved' });
    apply(history, project, { kind: 'merge-with-next', beadId: project.beads[0].id });
    assert.deepEqual(history.snapshot(), { canUndo: true, canRedo: false, undoLabel: 'Merge pairs', redoLabel: null });
    history.undo(project);
    assert.deepEqual(history.snapshot(), { canUndo: true, canRedo: true, undoLabel: 'Approve pair', redoLabel: 'Merge pairs' });
    history.undo(project);
    assert.deepEqual(history.snapshot(), { canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'Approve pair' });
  });

  it('has no limit on undo', () => {
    const project = twoPairs();
    const history = new EditHistory();
    for (let i = 0; i < 1000; i++) apply(history, project, { kind: 'set-note', beadId: project.beads[0].id, note: `n${i}` });
    let undone = 0;
    while (history.canUndo) {
      history.undo(project);
      undone++;
    }
    assert.equal(undone, 1000);
    assert.equal(project.beads[0].note, '');
  });

  it('forgets the redo stack when a new edit is made', () => {
    const project = twoPairs();
    const history = new EditHistory();
    apply(history, project, { kind: 'set-note', beadId: project.beads[0].id, note: 'first' });
    history.undo(project);
    apply(history, project, { kind: 'set-note', beadId: project.beads[1].id, note: 'second' });
    assert.equal(history.canRedo, false);
    assert.deepEqual(history.redo(project), []);
    assert.deepEqual(project.beads.map((bead) => bead.note), ['', 'second']);
  });

  it('is dirty exactly when the project differs from the saved state', () => {
    const project = twoPairs();
    const history = new EditHistory();
    apply(history, project, { kind: 'set-note', beadId: project.beads[0].id, note: 'a' });
    assert.equal(history.dirty, true);
    history.markSaved();
    assert.equal(history.dirty, false);
    history.undo(project);
    assert.equal(history.dirty, true, 'undoing past the save point');
    history.redo(project);
    assert.equal(history.dirty, false, 'redoing back to the save point');
    history.undo(project);
    apply(history, project, { kind: 'set-note', beadId: project.beads[0].id, note: 'b' });
    assert.equal(history.dirty, true, 'a different edit in place of the saved one');
    history.undo(project);
    assert.equal(history.dirty, true, 'the saved state can no longer be reached');
  });

  it('can be marked unsaved (restored work that is on no disk)', () => {
    const history = new EditHistory();
    history.markUnsaved();
    assert.equal(history.dirty, true);
    history.markSaved();
    assert.equal(history.dirty, false);
  });
});
