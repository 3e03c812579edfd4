// A reproducible stream of edit requests of every kind, for tests that check
// properties over many edits (undo all gives back the start, ids stay unique).

import assert from 'node:assert/strict';
import type { EditHistory } from '../../main/core/project/history';
import { planEdit, ProjectEditError, type EditContext } from '../../main/core/project/operations';
import type { EditRequest, Lang, Project } from '../../main/core/project/types';

/** Applies `steps` random requests (refused ones skipped); returns how many were applied. */
export function applyRandomEdits(project: Project, history: EditHistory, steps: number, seed: number, context: EditContext = {}): number {
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % n; // the low bits of this generator repeat quickly
  };
  let applied = 0;
  for (let step = 0; step < steps; step++) {
    const index = random(project.beads.length);
    const bead = project.beads[index];
    const side: Lang = random(2) === 0 ? 'ar' : 'en';
    const sentence = bead[side][random(Math.max(1, bead[side].length))];
    const requests: EditRequest[] = [
      { kind: 'merge-with-next', beadId: bead.id },
      { kind: 'split-pair', beadId: bead.id, arIndex: random(bead.ar.length + 1), enIndex: random(bead.en.length + 1) },
      { kind: 'split-sentence', beadId: bead.id, side, sentenceIndex: 0, offset: sentence ? random(sentence.text.length + 1) : 1 },
      {
        kind: 'split-inside-sentence', beadId: bead.id, side, sentenceIndex: 0,
        offset: sentence ? random(sentence.text.length + 1) : 1, otherIndex: random(bead[side === 'ar' ? 'en' : 'ar'].length + 1),
      },
      { kind: 'move-sentence', beadId: bead.id, side, which: random(2) === 0 ? 'first' : 'last' },
      { kind: 'insert-empty', index: random(project.beads.length + 1) },
      { kind: 'delete-empty', beadId: bead.id },
      { kind: 'detach-sentence', beadId: bead.id, side, sentenceIndex: random(2) === 0 ? 0 : bead[side].length - 1 },
      { kind: 'edit-text', beadId: bead.id, side, texts: bead[side].map((s) => `${s.text}!`) },
      { kind: 'edit-text', beadId: bead.id, side, texts: [...bead[side].map((s) => s.text), 'Typed in.'] },
      { kind: 'set-status', beadIds: [bead.id, project.beads[random(project.beads.length)].id], status: random(2) === 0 ? 'approved' : 'rejected' },
      { kind: 'set-note', beadId: bead.id, note: `note ${step}` },
      { kind: 'realign', fromBeadId: bead.id, toBeadId: project.beads[Math.min(project.beads.length - 1, index + random(4))].id },
    ];
    try {
      history.apply(project, planEdit(project, requests[random(requests.length)], context));
      applied++;
    } catch (error) {
      if (!(error instanceof ProjectEditError)) throw error;
    }
  }
  return applied;
}

/** Undo everything (the project must equal `start`), then redo everything (it must be as it was before). */
export function assertUndoRedoAll(project: Project, history: EditHistory, start: Project): void {
  const final = structuredClone(project);
  while (history.canUndo) history.undo(project);
  assert.deepEqual(project, start);
  while (history.canRedo) history.redo(project);
  assert.deepEqual(project, final);
}
