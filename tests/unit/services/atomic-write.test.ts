// Files written in pieces (exports, the project file) reach the disk exactly as
// the pieces joined, and all or nothing: a failure while the pieces are being
// made leaves the old files as they were and no temporary file behind.

import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXPORT_FORMATS, exportPairs } from '../../../main/core/formats/index';
import { joinPieces } from '../../../main/core/text/pieces';
import { writeFileAtomic, writeFilesAtomic } from '../../../main/services/atomic-write';
import { exportPaths, exportProjectToFile } from '../../../main/services/export-file';
import { exportProject, TRICKY_AR, TRICKY_EN } from '../../helpers/export-project';
import { makeTempDir } from '../../helpers/temp-dir';

let folder: string;
before(async () => { folder = makeTempDir('atomic'); });
after(async () => { await rm(folder, { recursive: true, force: true }); });

/** Pieces of Arabic and English with tabs, quotes and line breaks; the last `failAfter` pieces are never made: the maker throws. */
function* pieces(count: number, failAfter = Infinity): Generator<string> {
  for (let k = 0; k < count; k++) {
    if (k >= failAfter) throw new Error('the export failed while being made');
    yield `${k}\t${TRICKY_AR}\t${TRICKY_EN}\n`.repeat(500);
  }
}

async function temporaryFiles(): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.startsWith('.'));
}

describe('writeFileAtomic in pieces', () => {
  it('writes the pieces one after another, byte for byte', async () => {
    const path = join(folder, 'pieces.tsv');
    await writeFileAtomic(path, pieces(12));
    assert.equal(await readFile(path, 'utf8'), [...pieces(12)].join(''));
  });

  it('leaves the old file whole when making a piece fails midway', async () => {
    const path = join(folder, 'kept.tsv');
    await writeFile(path, 'the old export\n');
    await assert.rejects(writeFileAtomic(path, pieces(12, 5)), /failed while being made/);
    assert.equal(await readFile(path, 'utf8'), 'the old export\n');
    assert.deepEqual(await temporaryFiles(), []);
  });
});

describe('writeFilesAtomic in pieces', () => {
  it('writes every file of the set from its pieces, byte for byte', async () => {
    const files = ['set.ar', 'set.en'].map((name, index) => ({ path: join(folder, name), data: pieces(6 + index) }));
    await writeFilesAtomic(files);
    assert.equal(await readFile(files[0].path, 'utf8'), [...pieces(6)].join(''));
    assert.equal(await readFile(files[1].path, 'utf8'), [...pieces(7)].join(''));
  });

  it('leaves both old files when the second one fails midway', async () => {
    const [ar, en] = ['old.ar', 'old.en'].map((name) => join(folder, name));
    await writeFile(ar, 'old Arabic\n');
    await writeFile(en, 'old English\n');
    await assert.rejects(writeFilesAtomic([{ path: ar, data: pieces(6) }, { path: en, data: pieces(6, 3) }]), /failed while being made/);
    assert.equal(await readFile(ar, 'utf8'), 'old Arabic\n');
    assert.equal(await readFile(en, 'utf8'), 'old English\n');
    assert.deepEqual(await temporaryFiles(), []);
  });
});

describe('an export of many pieces on disk', () => {
  for (const { format } of EXPORT_FORMATS) {
    it(`${format}: the file written is exactly the export's pieces joined`, async () => {
      const project = exportProject();
      project.beads = Array.from({ length: 2000 }, () => project.beads).flat();
      const options = { all: true, toolVersion: '1.2.3', now: new Date('2026-11-21T09:30:00.000Z') };
      const files = exportPairs(project, format, options);
      assert.ok(files.every((file) => [...file.pieces].length >= 3), 'several pieces per file');
      const out = join(folder, `many-${format}`);
      const written = await exportProjectToFile(project, format, out, options);
      assert.deepEqual(written.paths, exportPaths(format, out));
      for (const [index, path] of written.paths.entries()) {
        assert.deepEqual(await readFile(path), Buffer.from(joinPieces(files[index].pieces), 'utf8'), path);
      }
    });
  }
});
