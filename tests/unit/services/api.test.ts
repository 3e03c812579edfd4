import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { ProgressEvent } from '../../../main/ipc/contract';
import { createSessionApi, dispatchInvoke, type DialogProvider } from '../../../main/services/api';
import { RecoveryStore } from '../../../main/services/recovery';
import { ProjectSession } from '../../../main/services/session';
import { REPO_ROOT, SAMPLE_AR, SAMPLE_DIR, SAMPLE_EN } from './fixtures/sample-project';
import { makeTempDir } from '../../helpers/temp-dir';
import { repoRoot } from '../../helpers/paths';

function setup(dialogs: DialogProvider | null = null, onProgress?: (event: ProgressEvent) => void) {
  const dataDir = makeTempDir('api');
  const progress: ProgressEvent[] = [];
  const session = new ProjectSession();
  const api = createSessionApi({
    session, recovery: new RecoveryStore(dataDir), autosaveMs: 60_000, dialogs,
    emitProgress: (event) => { progress.push(event); onProgress?.(event); }, appVersion: '9.9.9', shell: 'browser',
    sampleDir: SAMPLE_DIR, defaultDirectory: dataDir,
  });
  return { api, session, dataDir, progress };
}

test('createProject from the seed files aligns them in a worker, reports progress and what was detected', async () => {
  const { api, progress } = setup();
  // Given the wrong way round: the English file as "ar".
  const { project, report } = await api.createProject({
    ar: { fileName: 'english.txt', path: SAMPLE_EN },
    en: { fileName: 'arabic.txt', bytes: new Uint8Array(fs.readFileSync(SAMPLE_AR)) },
  });
  assert.equal(report.swapped, true);
  assert.ok(report.warnings.some((warning) => /swapped/.test(warning)));
  assert.equal(report.ar.detectedLanguage, 'ar');
  assert.equal(report.ar.encoding, 'utf-8');
  assert.equal(project.name, 'arabic + putin-bases-taliban.en', 'named in the corrected order, Arabic first');
  assert.ok(project.beads.length > 10);
  assert.equal(project.dirty, true, 'a new alignment is unsaved work');
  assert.ok(progress.some((event) => event.task === 'align' && event.fraction > 0 && event.fraction < 1));
  assert.equal(progress.at(-1)?.fraction, 1);
  await api.shutdown();
});

test('createProject decodes with the encoding the user forces, from bytes and from a path', async () => {
  const { api } = setup();
  const textDir = path.join(REPO_ROOT, 'tests', 'fixtures', 'text');
  const iso = path.join(textDir, 'ar-iso8859-6.txt');
  const en = { fileName: 'en.txt', path: path.join(textDir, 'en-crlf.txt') };
  // Python's cp1256 codec reads the ISO-8859-6 bytes as these letters.
  const misread = 'âان اندمتèر أحهد: إوٌ اناâتصاد وها بوسبة';
  for (const ar of [{ fileName: 'iso.txt', bytes: new Uint8Array(fs.readFileSync(iso)) }, { fileName: 'iso.txt', path: iso }]) {
    const detected = await api.createProject({ ar, en });
    assert.equal(detected.report.ar.encoding, 'iso-8859-6');
    assert.ok(detected.project.beads.find((bead) => bead.ar.length > 0)?.ar[0].text.startsWith('قال الدكتور أحمد'));
    const forced = await api.createProject({ ar, en, encoding: { ar: 'windows-1256' } });
    assert.equal(forced.report.ar.encoding, 'windows-1256', ar.path ? 'from a path' : 'from bytes');
    assert.ok(forced.project.beads.find((bead) => bead.ar.length > 0)?.ar[0].text.startsWith(misread), ar.path ? 'from a path' : 'from bytes');
  }
  await api.shutdown();
});

test('cancelTask stops a running alignment and the call rejects with code cancelled', async () => {
  // A pair long enough to take seconds, cancelled on the worker's first progress
  // report: the alignment is under way, not still waiting for its files.
  const repeat = (file: string) => new TextEncoder().encode(Array.from({ length: 60 }, () => fs.readFileSync(file, 'utf8')).join('\n\n'));
  let cancelled: Promise<void> | null = null;
  const { api, progress } = setup(null, (event) => {
    if (!cancelled && event.fraction > 0) cancelled = api.cancelTask();
  });
  const running = api.createProject({
    ar: { fileName: 'long.ar.txt', bytes: repeat(SAMPLE_AR) },
    en: { fileName: 'long.en.txt', bytes: repeat(SAMPLE_EN) },
  });
  await assert.rejects(running, (error: Error & { code?: string }) => error.code === 'cancelled');
  assert.ok(cancelled, 'the worker reported progress before the cancel');
  await cancelled;
  assert.ok(progress.every((event) => event.fraction < 1), 'the alignment never finished');
  assert.equal(await api.getProject(), null);
  await api.shutdown();
});

test('errors reach the renderer as a code and a readable message, never a stack', async () => {
  const { api, dataDir } = setup();
  const call = (method: Parameters<typeof dispatchInvoke>[1], args: unknown[]) => dispatchInvoke(api, method, args);

  const noProject = await call('undo', []);
  assert.deepEqual(noProject, { ok: false, error: { code: 'no-project', message: 'No project is open.' } });

  const corrupt = path.join(dataDir, 'corrupt.muqabala');
  fs.writeFileSync(corrupt, 'not json at all');
  const opened = await call('openProject', [corrupt]);
  assert.equal(opened.ok, false);
  if (!opened.ok) {
    assert.equal(opened.error.code, 'project-error');
    assert.match(opened.error.message, /corrupt\.muqabala/);
    assert.doesNotMatch(opened.error.message, /\n\s+at /);
  }

  const binary = await call('createProject', [{
    ar: { fileName: 'image.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 1, 2, 3]) },
    en: { fileName: 'english.txt', path: SAMPLE_EN },
  }]);
  assert.equal(binary.ok, false);
  if (!binary.ok) {
    assert.equal(binary.error.code, 'import-error');
    assert.match(binary.error.message, /image\.png/);
  }

  const missing = await call('createProject', [{
    ar: { fileName: 'gone.txt', path: path.join(dataDir, 'gone.txt') }, en: { fileName: 'english.txt', path: SAMPLE_EN },
  }]);
  assert.equal(missing.ok, false);
  if (!missing.ok) assert.match(missing.error.message, /gone\.txt/);

  // The same text on both sides (the same file chosen twice) is refused, naming both files.
  const copy = path.join(dataDir, 'copy-of-arabic.txt');
  fs.copyFileSync(SAMPLE_AR, copy);
  const same = await call('createProject', [{
    ar: { fileName: path.basename(SAMPLE_AR), path: SAMPLE_AR }, en: { fileName: 'copy-of-arabic.txt', path: copy },
  }]);
  assert.equal(same.ok, false);
  if (!same.ok) {
    assert.equal(same.error.code, 'import-error');
    assert.match(same.error.message, /copy-of-arabic\.txt.*same text as "putin-bases-taliban\.ar\.txt"/);
  }

  const badArgs = await call('applyEdit', [{ kind: 'merge-with-next', beadId: 42 }]);
  assert.equal(badArgs.ok, false);
  if (!badArgs.ok) assert.equal(badArgs.error.code, 'bad-request');

  assert.deepEqual(await call('getProject', []), { ok: true, value: null });
  await api.shutdown();
});

test('an edit the engine cannot do is a bad request with the engine\'s reason', async () => {
  const { api } = setup();
  const sample = await api.openSample();
  const last = sample.beads.at(-1)!;
  const reply = await dispatchInvoke(api, 'applyEdit', [{ kind: 'merge-with-next', beadId: last.id }]);
  assert.equal(reply.ok, false);
  if (!reply.ok) {
    assert.equal(reply.error.code, 'bad-request');
    assert.match(reply.error.message, /last pair/);
  }
  await api.shutdown();
});

test('without native dialogs a path is required; with them the chosen path is used and cancel gives null', async () => {
  const browser = setup();
  await browser.api.openSample();
  await assert.rejects(browser.api.saveProject(), (error: Error & { code?: string }) => error.code === 'bad-request');
  await assert.rejects(browser.api.exportProject({ format: 'tmx', all: true }), /path to export/);

  let answer: string | null = null;
  const asked: string[] = [];
  const dialogs: DialogProvider = {
    chooseProjectToOpen: async () => answer,
    chooseProjectSavePath: async (suggested) => { asked.push(suggested); return answer; },
    chooseExportPath: async (suggested) => { asked.push(suggested); return answer; },
    chooseDocumentExportPath: async (suggested) => { asked.push(suggested); return answer; },
    chooseBilingualToOpen: async () => answer,
  };
  const desktop = setup(dialogs);
  await desktop.api.openSample();
  assert.equal(await desktop.api.saveProject(), null, 'cancelled');
  assert.match(asked[0], /\.muqabala$/);
  answer = path.join(desktop.dataDir, 'chosen.muqabala');
  assert.deepEqual(await desktop.api.saveProject(), { path: answer });
  assert.equal((await desktop.api.getProject())?.dirty, false);
  answer = path.join(desktop.dataDir, 'out.tmx');
  const exported = await desktop.api.exportProject({ format: 'tmx', all: true });
  assert.ok(exported && exported.pairs > 0 && fs.existsSync(exported.paths[0]));
  assert.ok(desktop.progress.some((event) => event.task === 'export' && event.fraction === 1));
  await browser.api.shutdown();
  await desktop.api.shutdown();
});

test('getAppInfo names the shell, the version and every export format', async () => {
  const { api } = setup();
  const info = await api.getAppInfo();
  assert.equal(info.version, '9.9.9');
  assert.equal(info.shell, 'browser');
  assert.equal(info.nativeDialogs, false);
  assert.deepEqual(info.exportFormats.map((format) => format.format).sort(), ['csv', 'jsonl', 'moses', 'tmx', 'tsv', 'xliff']);
  await api.shutdown();
});

test('confirmClose keeps a dirty project open unless the changes are discarded', async () => {
  const { api, session } = setup();
  await api.openSample();
  const first = session.currentProject()!.beads[0].id;
  await api.applyEdit({ kind: 'set-status', beadIds: [first], status: 'approved' });
  await api.confirmClose(false);
  assert.notEqual(await api.getProject(), null);
  await api.confirmClose(true);
  assert.equal(await api.getProject(), null);
  await api.shutdown();
});

test('startup() waits for the initial load the shell began, and says what it opened or why it could not', async () => {
  const { api } = setup();
  let started = false;
  void api.rendererStarted.then(() => { started = true; });
  const load = api.beginInitialLoad({ kind: 'sample' }, 'sample');
  // Asked while the sample still aligns: the answer comes once it is loaded, with no second alignment.
  const state = await api.startup();
  assert.equal(await load, null);
  assert.equal(state.project?.name, (await api.getProject())?.name);
  assert.ok((state.project?.beads.length ?? 0) > 10);
  assert.equal(state.fallback, 'sample');
  assert.equal(state.error, null);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(started, true);
  await api.shutdown();

  const other = setup();
  const missing = path.join(other.dataDir, 'gone.muqabala');
  await other.api.beginInitialLoad({ kind: 'file', path: missing }, 'none');
  const failed = await other.api.startup();
  assert.equal(failed.project, null);
  assert.equal(failed.fallback, 'none');
  assert.match(failed.error ?? '', /gone\.muqabala" could not be opened/);
  await other.api.shutdown();
});

test('confirmClose(false) is the user cancelling: the window stays and the shell hears of it', async () => {
  const dataDir = makeTempDir('api-close');
  const answers: string[] = [];
  const api = createSessionApi({
    session: new ProjectSession(), recovery: new RecoveryStore(dataDir), autosaveMs: 60_000, dialogs: null,
    emitProgress: () => undefined, appVersion: '9.9.9', shell: 'electron', sampleDir: SAMPLE_DIR, defaultDirectory: dataDir,
    closeWindow: () => answers.push('close'), closeCancelled: () => answers.push('cancelled'),
  });
  await api.openSample();
  await api.confirmClose(false);
  assert.deepEqual(answers, ['cancelled']);
  assert.notEqual(await api.getProject(), null);
  await api.confirmClose(true);
  assert.deepEqual(answers, ['cancelled', 'close']);
});

test('openBilingual makes a project of an XLIFF\'s units; exportDocument writes one side and exportProject the XLIFF back', async () => {
  const { api, dataDir } = setup();
  const xliff = fs.readFileSync(path.join(repoRoot(), 'tests/fixtures/bilingual/cat-1.2.xlf'));
  const view = await api.openBilingual({ fileName: 'cat-1.2.xlf', bytes: new Uint8Array(xliff) });
  assert.ok(view);
  assert.equal(view.beads.length, 4);
  assert.equal(view.beads[2].status, 'approved');
  await assert.rejects(api.exportDocument({ side: 'en', output: 'docx' }), /path to export the document/);
  await assert.rejects(api.exportDocument({ side: 'en', output: 'docx', path: path.join(dataDir, 'x.txt') }), /must end in \.docx/);
  const written = await api.exportDocument({ side: 'en', output: 'txt', path: path.join(dataDir, 'en.txt') });
  assert.equal(written?.paragraphs, 3);
  assert.match(fs.readFileSync(path.join(dataDir, 'en.txt'), 'utf8'), /^The ⟦gb1⟧chair⟦\/gb1⟧ opened/);
  const back = await api.exportProject({ format: 'xliff', all: false, path: path.join(dataDir, 'back.xlf') });
  assert.equal(back?.pairs, 4);
  assert.match(fs.readFileSync(path.join(dataDir, 'back.xlf'), 'utf8'), /<g id="b1" ctype="bold">chair<\/g>/);
  await api.shutdown();
});
