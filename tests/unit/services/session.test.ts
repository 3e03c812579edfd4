import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ProjectSession } from '../../../main/services/session';
import { fromWireBeads } from '../../../main/ipc/wire-beads';
import { buildSampleProject } from './fixtures/sample-project';
import { makeTempDir } from '../../helpers/temp-dir';

function tempDir(): string {
  return makeTempDir('session');
}

test('a session starts empty and refuses edits with a no-project error', () => {
  const session = new ProjectSession();
  assert.equal(session.view(), null);
  assert.throws(() => session.undo(), (error: Error & { code?: string }) => error.code === 'no-project');
});

test('edits make the project dirty; undo back to the saved state makes it clean; redo re-applies', async () => {
  const session = new ProjectSession();
  const project = await buildSampleProject();
  const beadsBefore = project.beads.length;
  session.load(project, null, { unsaved: false });
  assert.equal(session.dirty, false);

  const first = project.beads[0].id;
  const merged = session.applyEdit({ kind: 'merge-with-next', beadId: first });
  assert.equal(merged.dirty, true);
  assert.equal(merged.history.canUndo, true);
  assert.ok(merged.history.undoLabel);
  assert.equal(session.view()?.beads.length, beadsBefore - 1);
  assert.ok(merged.splices.length > 0);

  const undone = session.undo();
  assert.equal(undone.dirty, false);
  assert.equal(undone.history.canRedo, true);
  assert.equal(session.view()?.beads.length, beadsBefore);
  assert.equal(session.view()?.beads[0].id, first);

  const redone = session.redo();
  assert.equal(redone.dirty, true);
  assert.equal(session.view()?.beads.length, beadsBefore - 1);
});

test('the renderer can replay the patches on its own copy and end with the same beads', async () => {
  const session = new ProjectSession();
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: true });
  const copy = structuredClone(project.beads);
  const patches = [
    session.applyEdit({ kind: 'merge-with-next', beadId: project.beads[2].id }),
    session.applyEdit({ kind: 'set-status', beadIds: [project.beads[0].id], status: 'approved' }),
    session.undo(),
    session.applyEdit({ kind: 'insert-empty', index: 1 }),
  ];
  for (const patch of patches) {
    for (const splice of patch.splices) copy.splice(splice.index, splice.deleteCount, ...fromWireBeads(structuredClone(splice.beads)));
  }
  assert.deepEqual(copy, structuredClone(project.beads));
});

test('save writes the file and cleans the session; open reads back the same pairs and statuses', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'sample.muqabala');
  const session = new ProjectSession();
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: true });
  session.applyEdit({ kind: 'set-status', beadIds: [project.beads[1].id], status: 'approved' });
  session.applyEdit({ kind: 'edit-text', beadId: project.beads[3].id, side: 'en', texts: project.beads[3].en.map((s) => `${s.text} (edited)`) });
  assert.equal(session.dirty, true);
  await assert.rejects(session.save(), /choose where to save/);

  const saved = await session.save(file);
  assert.equal(saved.path, file);
  assert.equal(session.dirty, false);
  assert.equal(session.view()?.path, file);
  assert.ok(fs.existsSync(file));

  const reopened = new ProjectSession();
  const view = await reopened.openFile(file);
  assert.equal(view.dirty, false);
  assert.equal(view.path, file);
  assert.deepEqual(view.beads.map((b) => [b.id, b.status, b.en.map((s) => s.text)]),
    project.beads.map((b) => [b.id, b.status, b.en.map((s) => s.text)]));
  assert.match(view.beads[3].en[0].text, /\(edited\)$/);
});

test('opening a corrupt file fails with a project error and leaves the file and the open project alone', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'broken.muqabala');
  fs.writeFileSync(file, '{"format": "muqabala-project", "version": 1, "beads": [');
  const session = new ProjectSession();
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: false });
  await assert.rejects(session.openFile(file), (error: Error) => error.name === 'ProjectFileError' && /broken\.muqabala/.test(error.message));
  assert.equal(fs.readFileSync(file, 'utf8'), '{"format": "muqabala-project", "version": 1, "beads": [');
  assert.equal(session.currentProject(), project);
});

test('export writes the approved pairs only unless all are asked for', async () => {
  const dir = tempDir();
  const session = new ProjectSession();
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: true });
  const bothSides = project.beads.filter((bead) => bead.ar.length > 0 && bead.en.length > 0);
  session.applyEdit({ kind: 'set-status', beadIds: [bothSides[0].id, bothSides[1].id], status: 'approved' });

  const approved = await session.export('tsv', path.join(dir, 'approved.tsv'), false, '0.0.0-test');
  assert.equal(approved.pairs, 2);
  const row = (bead: typeof bothSides[number]) => [
    bead.ar.map((s) => s.text).join(' '), bead.en.map((s) => s.text).join(' '), 'approved', bead.confidence.toFixed(3), '',
  ].join('\t');
  assert.deepEqual(fs.readFileSync(approved.paths[0], 'utf8').split('\n'),
    ['ar\ten\tstatus\tconfidence\tnote', row(bothSides[0]), row(bothSides[1]), ''], 'the header and the two approved pairs, nothing else');

  const all = await session.export('jsonl', path.join(dir, 'all.jsonl'), true, '0.0.0-test');
  assert.equal(all.pairs, project.beads.length);
  assert.equal(fs.readFileSync(all.paths[0], 'utf8').trim().split('\n').length, project.beads.length);
});

test('onChange fires for edits, saves and close, so the title and autosave can follow', async () => {
  const session = new ProjectSession();
  const seen: boolean[] = [];
  session.onChange((s) => seen.push(s.dirty));
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: false });
  session.applyEdit({ kind: 'set-status', beadIds: [project.beads[0].id], status: 'rejected' });
  session.close();
  assert.deepEqual(seen, [false, true, false]);
  assert.equal(session.view(), null);
});
