import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseViewState, serializeViewState } from '../../../main/core/project/view-state';
import { createSessionApi } from '../../../main/services/api';
import { RecoveryStore } from '../../../main/services/recovery';
import { ProjectSession } from '../../../main/services/session';
import { viewStatePath } from '../../../main/services/view-state-file';
import { buildSampleProject, SAMPLE_DIR } from './fixtures/sample-project';

test('the view file round-trips, and anything else reads as "no saved place"', () => {
  const state = { selectedBeadId: 'b12', topBeadId: 'b9' };
  assert.deepEqual(parseViewState(serializeViewState(state)), state);
  // The document shown in a many-document project comes back too; an older file without it reads as all documents.
  const inDocument = { ...state, documentId: 'book/ch02' };
  assert.deepEqual(parseViewState(serializeViewState(inDocument)), inDocument);
  assert.deepEqual(parseViewState('{"format":"muqabala-view","version":1,"selectedBeadId":"b1","topBeadId":null,"documentId":3}'), { selectedBeadId: 'b1', topBeadId: null });
  assert.equal(parseViewState('not json'), null);
  assert.equal(parseViewState('{"format":"muqabala-project","version":1}'), null);
  assert.equal(parseViewState('{"format":"muqabala-view","version":99,"selectedBeadId":"b1"}'), null, 'a newer format is not guessed at');
  assert.deepEqual(parseViewState('{"format":"muqabala-view","version":1,"selectedBeadId":7}'), { selectedBeadId: null, topBeadId: null });
});

test('the place is written beside the project file, read back on open, and never makes the project dirty', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muqabala-view-'));
  const file = path.join(dir, 'review.muqabala');
  const session = new ProjectSession();
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: true });
  const state = { selectedBeadId: project.beads[5].id, topBeadId: project.beads[3].id };
  // Not saved yet: kept in memory, written with the first save.
  await session.setViewState(state);
  assert.equal(fs.existsSync(viewStatePath(file)), false);
  await session.save(file);
  assert.deepEqual(parseViewState(fs.readFileSync(viewStatePath(file), 'utf8')), state);
  const moved = { selectedBeadId: project.beads[7].id, topBeadId: project.beads[6].id };
  await session.setViewState(moved);
  assert.equal(session.dirty, false, 'moving around is not an edit');

  const reopened = new ProjectSession();
  assert.deepEqual((await reopened.openFile(file)).viewState, moved);
  // An old project without a view file, or with a broken one, opens as before.
  fs.writeFileSync(viewStatePath(file), '{ broken');
  assert.equal((await new ProjectSession().openFile(file)).viewState, null);
  fs.rmSync(viewStatePath(file));
  const old = await new ProjectSession().openFile(file);
  assert.equal(old.viewState, null);
  assert.equal(old.beads.length, project.beads.length);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('through the API the place is kept at once, written after the answer in the order sent, and on disk once the session shuts down', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muqabala-view-api-'));
  const file = path.join(dir, 'review.muqabala');
  const session = new ProjectSession();
  const api = createSessionApi({
    session, recovery: new RecoveryStore(dir), autosaveMs: 60_000, dialogs: null, emitProgress: () => undefined,
    appVersion: '9.9.9', shell: 'browser', sampleDir: SAMPLE_DIR, defaultDirectory: dir,
  });
  const project = await buildSampleProject();
  session.load(project, null, { unsaved: true });
  await session.save(file);
  const places = [3, 8, 13].map((index) => ({ selectedBeadId: project.beads[index].id, topBeadId: project.beads[index - 1].id }));
  // As a reviewer moving on between review keys: each answered before the next is sent.
  for (const place of places) await api.setViewState(place);
  assert.deepEqual((await api.getProject())?.viewState, places[2], 'kept at once');
  await api.shutdown();
  assert.deepEqual(parseViewState(fs.readFileSync(viewStatePath(file), 'utf8')), places[2], 'the last place is the one on disk');
  fs.rmSync(dir, { recursive: true, force: true });
});
