// The beads the renderer is sent leave out `original` where it equals `text`;
// what the renderer restores from the JSON (as the loopback bridge carries it)
// must be exactly the project's beads, edited, typed-in and split sentences included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Bead } from '../../../main/core/project/types';
import { fromWireBeads } from '../../../main/ipc/wire-beads';
import { ProjectSession } from '../../../main/services/session';
import { buildSampleProject } from '../services/fixtures/sample-project';

/** What the bridge does to a reply: JSON there and back. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A session on the sample with every kind of `original`: as imported, edited, typed in, and a part of a split sentence. */
async function editedSession(): Promise<{ session: ProjectSession; beads: Bead[] }> {
  const session = new ProjectSession();
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: true });
  const oneToOne = project.beads.findIndex((bead) => bead.ar.length === 1 && bead.en.length === 1);
  session.applyEdit({ kind: 'edit-text', beadId: project.beads[oneToOne].id, side: 'en', texts: ['An English sentence the reviewer rewrote.'] });
  session.applyEdit({ kind: 'insert-empty', index: 0 });
  session.applyEdit({ kind: 'edit-text', beadId: project.beads[0].id, side: 'ar', texts: ['جملة كتبها المراجع.'] });
  const long = project.beads.findIndex((bead) => bead.en.length === 1 && bead.en[0].text.length > 40 && bead.en[0].text === bead.en[0].original && bead.ar.length === 1);
  session.applyEdit({ kind: 'split-inside-sentence', beadId: project.beads[long].id, side: 'en', sentenceIndex: 0, offset: 20, otherIndex: 1 });
  return { session, beads: project.beads };
}

test('the project sent at open comes back whole: each original restored, the unedited ones left off the wire', async () => {
  const { session, beads } = await editedSession();
  const sentences = beads.flatMap((bead) => [...bead.ar, ...bead.en]);
  // The fixture has each kind of sentence the restore must get right.
  assert.ok(sentences.some((sentence) => sentence.original === ''), 'a typed-in sentence');
  assert.ok(sentences.some((sentence) => sentence.original !== '' && sentence.original !== sentence.text), 'an edited sentence');
  assert.ok(sentences.some((sentence) => sentence.importedAs !== undefined), 'a part of a split sentence');

  const wire = overTheWire(session.view()!);
  const sent = wire.beads.flatMap((bead) => [...bead.ar, ...bead.en]);
  assert.equal(sent.filter((sentence) => 'original' in sentence).length,
    sentences.filter((sentence) => sentence.original !== sentence.text).length);
  assert.deepEqual(fromWireBeads(wire.beads), beads);
  // The project's own beads still carry every original (the wire copies, not the project, lose them).
  assert.ok(beads.every((bead) => [...bead.ar, ...bead.en].every((sentence) => typeof sentence.original === 'string')));
});

test('patches come back whole too: the renderer replays them over the wire and ends with the same beads', async () => {
  const session = new ProjectSession();
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: true });
  const copy = fromWireBeads(overTheWire(session.view()!).beads);
  const oneToOne = project.beads.findIndex((bead) => bead.ar.length === 1 && bead.en.length === 1);
  const patches = [
    session.applyEdit({ kind: 'edit-text', beadId: project.beads[oneToOne].id, side: 'en', texts: ['Rewritten by the reviewer.'] }),
    session.applyEdit({ kind: 'merge-with-next', beadId: project.beads[2].id }),
    session.applyEdit({ kind: 'set-status', beadIds: [project.beads[0].id], status: 'approved' }),
    session.undo(),
  ];
  for (const patch of overTheWire(patches)) {
    for (const splice of patch.splices) copy.splice(splice.index, splice.deleteCount, ...fromWireBeads(splice.beads));
  }
  assert.deepEqual(copy, project.beads);
});
