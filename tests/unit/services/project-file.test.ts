import assert from 'node:assert/strict';
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ProjectFileError, serializeProject } from '../../../main/core/project/file';
import { MANY_DOCUMENTS_VERSION, PROJECT_VERSION } from '../../../main/core/project/types';
import { writeFileAtomic } from '../../../main/services/atomic-write';
import { loadProjectFile, saveProjectFile } from '../../../main/services/project-file';
import { projectFromPairs } from '../../helpers/project-builder';
import { makeTempDir } from '../../helpers/temp-dir';

let folder: string;
before(async () => { folder = makeTempDir('project-file'); });
after(async () => { await rm(folder, { recursive: true, force: true }); });

const project = () => projectFromPairs([{ ar: ['مرحبًا.'], en: ['Hello.'], status: 'approved' }, { ar: ['وداعًا.'], en: ['Goodbye.'] }]);

async function expectLoadError(path: string, message: RegExp): Promise<void> {
  const bytes = await readFile(path);
  await assert.rejects(loadProjectFile(path), (error: unknown) => {
    assert.ok(error instanceof ProjectFileError, String(error));
    assert.match(error.message, message);
    return true;
  });
  assert.deepEqual(await readFile(path), bytes, 'the file is left untouched');
}

describe('saveProjectFile and loadProjectFile', () => {
  it('save then open gives the same project, with the time of saving', async () => {
    const path = join(folder, 'roundtrip.muqabala');
    const saved = project();
    await saveProjectFile(path, saved, new Date('2026-12-01T10:00:00.000Z'));
    assert.equal(saved.modified, '2026-12-01T10:00:00.000Z');
    assert.deepEqual(await loadProjectFile(path), saved);
  });

  it('saves a large project in pieces that reopen as the same project, characters beyond the BMP written as they are', async () => {
    const path = join(folder, 'large.muqabala');
    // The English starts the text, so its emoji's high halves sit at odd offsets: a piece of 2^15 characters ends inside one.
    const long = `a${'😀'.repeat(40_000)} "quoted" \\ back`;
    const saved = projectFromPairs([
      { ar: ['مرحبًا.'], en: [long] },
      ...Array.from({ length: 3000 }, (_, index) => ({ ar: [`جملة رقم ${index}.`], en: [`Sentence number ${index} "${'x'.repeat(index % 50)}".`] })),
    ]);
    saved.sources.en.text = `${long}${saved.sources.en.text.slice(long.length)}`;
    await saveProjectFile(path, saved);
    const text = await readFile(path, 'utf8');
    assert.equal(text, serializeProject(saved), 'the file is the project\'s JSON, piece for piece');
    assert.doesNotMatch(text, /\\ud83d/i, 'no emoji cut in two and written as escapes');
    assert.deepEqual(await loadProjectFile(path), saved);
  });

  it('keeps the previous version as .bak and leaves no temporary file behind', async () => {
    const path = join(folder, 'versions.muqabala');
    const first = project();
    await saveProjectFile(path, first);
    await assert.rejects(stat(`${path}.bak`), /ENOENT/, 'no backup of a file that did not exist');
    const second = project();
    second.beads[1].status = 'rejected';
    await saveProjectFile(path, second);
    assert.deepEqual(await loadProjectFile(`${path}.bak`), first);
    assert.deepEqual(await loadProjectFile(path), second);
    const third = project();
    third.name = 'Third';
    await saveProjectFile(path, third);
    assert.deepEqual(await loadProjectFile(`${path}.bak`), second, 'the backup is the version just replaced');
    assert.deepEqual((await readdir(folder)).filter((name) => name.startsWith('.') || name.endsWith('.tmp')), []);
  });

  it('keeps the file permissions of the file it replaces', async () => {
    const path = join(folder, 'private.muqabala');
    await saveProjectFile(path, project());
    for (const mode of [0o600, 0o666]) {
      await chmod(path, mode);
      await saveProjectFile(path, project());
      assert.equal((await stat(path)).mode & 0o777, mode);
    }
  });

  it('gives a clear error for corrupt, foreign, newer and missing files and changes nothing on disk', async () => {
    const corrupt = join(folder, 'corrupt.muqabala');
    const text = serializeProject(project());
    await writeFile(corrupt, text.slice(0, text.length / 2));
    await expectLoadError(corrupt, /"corrupt\.muqabala" is not a Muqabala project: it is not valid JSON/);

    const newer = join(folder, 'newer.muqabala');
    await writeFile(newer, text.replace(`"version": ${PROJECT_VERSION},`, `"version": ${MANY_DOCUMENTS_VERSION + 1},`));
    await expectLoadError(newer, new RegExp(`"newer\\.muqabala" was saved by a newer version of Muqabala \\(file version ${MANY_DOCUMENTS_VERSION + 1}, this version reads up to ${MANY_DOCUMENTS_VERSION}\\)`));

    const binary = join(folder, 'picture.muqabala');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]));
    await expectLoadError(binary, /"picture\.muqabala" is not a Muqabala project: it is not UTF-8 text/);

    await assert.rejects(loadProjectFile(join(folder, 'absent.muqabala')), /cannot open "absent\.muqabala": the file does not exist/);
    await assert.rejects(loadProjectFile(folder), ProjectFileError);
  });

  it('reports a save into a missing folder', async () => {
    await assert.rejects(saveProjectFile(join(folder, 'no-such-folder', 'x.muqabala'), project()),
      (error: unknown) => error instanceof ProjectFileError && /the project was not saved: cannot use ".*x\.muqabala": no such file or folder/.test(error.message));
  });

  it('reports a failed save and leaves the saved file as it was', async () => {
    const saveFolder = join(folder, 'failed-save');
    await mkdir(saveFolder);
    const path = join(saveFolder, 'kept.muqabala');
    await saveProjectFile(path, project());
    const savedBytes = await readFile(path);
    // A folder (not empty) where the backup of the saved file must go: the
    // second save fails after the new version has been written aside.
    await mkdir(`${path}.bak`);
    await writeFile(join(`${path}.bak`, 'in the way'), '');
    const changed = project();
    changed.beads[0].status = 'rejected';
    await assert.rejects(saveProjectFile(path, changed),
      (error: unknown) => error instanceof ProjectFileError && /^the project was not saved: /.test(error.message));
    assert.deepEqual(await readFile(path), savedBytes, 'the saved file is as it was');
    assert.deepEqual((await readdir(saveFolder)).sort(), ['kept.muqabala', 'kept.muqabala.bak'], 'no temporary file is left behind');
  });
});

describe('writeFileAtomic', () => {
  it('writes strings and bytes and replaces the file whole', async () => {
    const path = join(folder, 'data.bin');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    assert.deepEqual([...await readFile(path)], [1, 2, 3]);
    await writeFileAtomic(path, 'نص عربي');
    assert.equal(await readFile(path, 'utf8'), 'نص عربي');
  });

  it('fails on a folder in place of the file, removing its temporary file', async () => {
    const target = join(folder, 'a-folder');
    await mkdir(target);
    await assert.rejects(writeFileAtomic(target, 'x'), (error: NodeJS.ErrnoException) => error.path === target);
    assert.deepEqual((await readdir(folder)).filter((name) => name.endsWith('.tmp')), []);
  });
});
