import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXPORT_FORMATS, selectExportBeads } from '../../../main/core/formats/index';
import { sideText } from '../../../main/core/project/bead';
import { exportPaths, exportProjectToFile } from '../../../main/services/export-file';
import { EDITED_EN, exportProject, TRICKY_AR } from '../../helpers/export-project';
import { runPythonJson, xmllintProblems } from '../../helpers/python';
import { buildSampleProject } from './fixtures/sample-project';
import { makeTempDir } from '../../helpers/temp-dir';

let folder: string;
before(async () => { folder = makeTempDir('export'); });
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

describe('exporting the aligned sample', () => {
  it('writes every format; TMX and XLIFF read back pair for pair, Moses and TSV line for line', async () => {
    const project = await buildSampleProject();
    const expected = selectExportBeads(project, 'tmx', true).map((bead) => [sideText(bead, 'ar'), sideText(bead, 'en')]);
    assert.ok(expected.length > 10);
    for (const info of EXPORT_FORMATS) {
      const result = await exportProjectToFile(project, info.format, join(folder, 'sample'), { all: true, toolVersion: '0.1.0' });
      assert.deepEqual(result.paths, info.extensions.map((extension) => join(folder, `sample${extension}`)));
      assert.equal(result.pairs, info.needsBothSides ? expected.length : project.beads.length, info.format);
    }
    for (const [file, reader] of [['sample.tmx', 'tmx.tmxfile'], ['sample.xlf', 'xliff.xlifffile']]) {
      const pairs = runPythonJson<string[][]>(
        `import json, sys\nfrom translate.storage import tmx, xliff\nprint(json.dumps([[u.source, u.target] for u in ${reader}.parsestring(sys.stdin.buffer.read()).units]))`,
        await readFile(join(folder, file), 'utf8'),
      );
      assert.deepEqual(pairs, expected, file);
    }
    const flat = (text: string) => text.replace(/[\t\n\r]+/g, ' ');
    assert.deepEqual((await readFile(join(folder, 'sample.ar'), 'utf8')).split('\n').slice(0, -1), expected.map(([ar]) => flat(ar)));
    assert.deepEqual((await readFile(join(folder, 'sample.en'), 'utf8')).split('\n').slice(0, -1), expected.map(([, en]) => flat(en)));
    const jsonl = (await readFile(join(folder, 'sample.jsonl'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(jsonl.map((record) => record.id), project.beads.map((bead) => bead.id));
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
