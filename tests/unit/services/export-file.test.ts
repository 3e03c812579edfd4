import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exportPaths, exportProjectToFile } from '../../../main/services/export-file';
import { EDITED_EN, exportProject, TRICKY_AR } from '../../helpers/export-project';
import { runPythonJson, xmllintProblems } from '../../helpers/python';

let folder: string;
before(async () => { folder = await mkdtemp(join(tmpdir(), 'muqabala-export-')); });
after(async () => { await rm(folder, { recursive: true, force: true }); });

describe('exportProjectToFile', () => {
  it('writes a TMX file that translate-toolkit loads, and counts the pairs', async () => {
    const out = join(folder, 'reviewed.tmx');
    const result = await exportProjectToFile(exportProject(), 'tmx', out, { all: false, toolVersion: '0.1.0' });
    assert.deepEqual(result, { paths: [out], pairs: 2 });
    const content = await readFile(out, 'utf8');
    assert.equal(xmllintProblems(content), '');
    const units = runPythonJson<string[][]>(
      'import json, sys\nfrom translate.storage import tmx\nprint(json.dumps([[u.source, u.target] for u in tmx.tmxfile.parsestring(sys.stdin.buffer.read()).units]))',
      content,
    );
    assert.equal(units.length, 2);
    assert.equal(units[0][0], TRICKY_AR);
    assert.equal(units[1][1], EDITED_EN);
  });

  it('writes Moses as PREFIX.ar and PREFIX.en with the same number of lines', async () => {
    const prefix = join(folder, 'corpus');
    const result = await exportProjectToFile(exportProject(), 'moses', prefix, { all: true, toolVersion: '0.1.0' });
    assert.deepEqual(result, { paths: [`${prefix}.ar`, `${prefix}.en`], pairs: 4 });
    const ar = (await readFile(`${prefix}.ar`, 'utf8')).split('\n');
    const en = (await readFile(`${prefix}.en`, 'utf8')).split('\n');
    assert.equal(ar.length, en.length);
    assert.equal(ar.length, 5);
  });

  it('writes JSONL with one line per bead', async () => {
    const out = join(folder, 'all.jsonl');
    const result = await exportProjectToFile(exportProject(), 'jsonl', out, { all: true, toolVersion: '0.1.0' });
    assert.equal(result.pairs, 6);
    assert.equal((await readFile(out, 'utf8')).trimEnd().split('\n').length, 6);
  });

  it('replaces an existing file whole and leaves no temporary file', async () => {
    const out = join(folder, 'replace.csv');
    await writeFile(out, 'old content that is longer than nothing at all, '.repeat(100));
    await exportProjectToFile(exportProject(), 'csv', out, { all: false, toolVersion: '0.1.0' });
    assert.match(await readFile(out, 'utf8'), /^ar,en,status,confidence,note\r\n/);
    assert.doesNotMatch(await readFile(out, 'utf8'), /old content/);
    assert.deepEqual((await readdir(folder)).filter((name) => name.endsWith('.tmp')), []);
  });

  it('gives a clear ExportError when the folder does not exist', async () => {
    const out = join(folder, 'missing', 'x.tmx');
    await assert.rejects(exportProjectToFile(exportProject(), 'tmx', out, { all: true, toolVersion: '0.1.0' }), {
      name: 'ExportError',
      message: `the export was not written: cannot use "${out}": no such file or folder`,
    });
  });
});

describe('exportPaths', () => {
  it('adds the format extension only when the path has none', () => {
    assert.deepEqual(exportPaths('tmx', '/out/corpus'), ['/out/corpus.tmx']);
    assert.deepEqual(exportPaths('tmx', '/out/corpus.tmx'), ['/out/corpus.tmx']);
    assert.deepEqual(exportPaths('xliff', '/out/corpus.xliff'), ['/out/corpus.xliff']);
    assert.deepEqual(exportPaths('xliff', '/out/corpus'), ['/out/corpus.xlf']);
    assert.deepEqual(exportPaths('jsonl', '/out.d/corpus'), ['/out.d/corpus.jsonl']);
  });

  it('treats a Moses path as a prefix, also when it already names the .ar or .en file', () => {
    assert.deepEqual(exportPaths('moses', '/out/corpus'), ['/out/corpus.ar', '/out/corpus.en']);
    assert.deepEqual(exportPaths('moses', '/out/corpus.en'), ['/out/corpus.ar', '/out/corpus.en']);
    assert.deepEqual(exportPaths('moses', '/out/corpus.AR'), ['/out/corpus.ar', '/out/corpus.en']);
    assert.deepEqual(exportPaths('moses', '/out/corpus.v2'), ['/out/corpus.v2.ar', '/out/corpus.v2.en']);
  });
});
