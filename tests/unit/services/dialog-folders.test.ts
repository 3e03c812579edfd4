// Where the desktop's native dialogs start: the project's folder, then the
// folder of the files it was made from, then the last folder used (shared by
// the app's windows), then Documents; never the application's own folder.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { createSessionApi, type DialogProvider } from '../../../main/services/api';
import { RecoveryStore } from '../../../main/services/recovery';
import { ProjectSession } from '../../../main/services/session';
import { LastFolder } from '../../../main/shell/dialog-folder';
import { SAMPLE_AR, SAMPLE_DIR, SAMPLE_EN } from './fixtures/sample-project';
import { makeTempDir, removeTempDir } from '../../helpers/temp-dir';

test('dialogs start in the source files\' folder, then the project\'s, and the last folder used carries to the next window', async () => {
  const root = makeTempDir('dialog-folders');
  const documents = path.join(root, 'Documents');
  const texts = path.join(root, 'texts');
  const exports = path.join(root, 'exports');
  for (const folder of [documents, texts, exports]) fs.mkdirSync(folder);
  fs.copyFileSync(SAMPLE_AR, path.join(texts, 'report.ar.txt'));
  fs.copyFileSync(SAMPLE_EN, path.join(texts, 'report.en.txt'));
  const asked: string[] = [];
  let answer: string | null = null;
  const dialogs: DialogProvider = {
    chooseProjectToOpen: async (folder) => { asked.push(folder); return answer; },
    chooseProjectSavePath: async (suggested) => { asked.push(suggested); return answer; },
    chooseExportPath: async (suggested) => { asked.push(suggested); return answer; },
    chooseDocumentExportPath: async (suggested) => { asked.push(suggested); return answer; },
    chooseBilingualToOpen: async (folder) => { asked.push(folder); return answer; },
  };
  const lastFolder = new LastFolder(path);
  const window = () => createSessionApi({
    session: new ProjectSession(), recovery: new RecoveryStore(root), autosaveMs: 60_000, dialogs, lastFolder,
    emitProgress: () => undefined, appVersion: '9.9.9', shell: 'electron', sampleDir: SAMPLE_DIR, defaultDirectory: documents,
  });
  const first = window();
  try {
    // The sample's texts are in the application's folder: Documents, not there.
    await first.openSample();
    await first.exportProject({ format: 'tmx', all: true });
    assert.equal(path.dirname(asked.pop()!), documents);
    answer = path.join(exports, 'sample.tmx');
    await first.exportProject({ format: 'tmx', all: true });
    asked.pop();
    answer = null;
    await first.exportProject({ format: 'tsv', all: true });
    assert.equal(path.dirname(asked.pop()!), exports, 'the folder exported to last');

    await first.createProject({ ar: { fileName: 'report.ar.txt', path: path.join(texts, 'report.ar.txt') }, en: { fileName: 'report.en.txt', path: path.join(texts, 'report.en.txt') } });
    await first.saveProjectAs();
    assert.equal(path.dirname(asked.pop()!), texts, 'an unsaved project: its source files\' folder');
    answer = path.join(root, 'saved', 'report.muqabala');
    fs.mkdirSync(path.dirname(answer));
    await first.saveProjectAs();
    asked.pop();
    answer = null;
    await first.exportProject({ format: 'tmx', all: true });
    assert.equal(path.dirname(asked.pop()!), path.join(root, 'saved'), 'a saved project: its own folder');

    // Another window, nothing open: the folder chosen last.
    const second = window();
    await second.openProject();
    assert.equal(asked.pop(), path.join(root, 'saved'));
    await second.shutdown();
  } finally {
    await first.shutdown();
    removeTempDir(root);
  }
});

test('without native dialogs (npm run serve) the paths the page gives are remembered, and the app info reports the folder', async () => {
  const root = makeTempDir('dialog-folders-browser');
  const exports = path.join(root, 'deliveries');
  fs.mkdirSync(exports);
  const api = createSessionApi({
    session: new ProjectSession(), recovery: new RecoveryStore(root), autosaveMs: 60_000, dialogs: null,
    emitProgress: () => undefined, appVersion: '9.9.9', shell: 'browser', sampleDir: SAMPLE_DIR, defaultDirectory: root,
  });
  try {
    await api.openSample();
    assert.equal((await api.getAppInfo()).lastFolder, null);
    await api.exportProject({ format: 'tmx', all: true, path: path.join(exports, 'pairs.tmx') });
    // A reloaded page asks again: the folder is still known.
    assert.equal((await api.getAppInfo()).lastFolder, exports);
    await api.saveProjectAs(path.join(root, 'sample.muqabala'));
    assert.equal((await api.getAppInfo()).lastFolder, root);
  } finally {
    await api.shutdown();
    removeTempDir(root);
  }
});
