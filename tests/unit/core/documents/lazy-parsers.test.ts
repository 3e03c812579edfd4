// The document parsers are loaded only for their own formats: aligning two
// .txt files (the CLI's most common run) loads none of them, so its start-up
// is what it was before documents were supported. (Timings are in the bench.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../../../helpers/paths';

const PARSERS = ['linkedom', '@mozilla/readability', 'pdfjs-dist', '@xmldom/xmldom', 'fflate'];

function packagesLoadedAfterImporting(file: string): string[] {
  const script = `
    const { readTextFile } = require(${JSON.stringify(path.join(repoRoot(), 'dist/main/services/text-file.js'))});
    readTextFile(${JSON.stringify(file)}).then(() => {
      const loaded = Object.keys(require.cache).filter((name) => name.includes('node_modules'));
      process.stdout.write(JSON.stringify(loaded));
    });`;
  const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
  return PARSERS.filter((name) => loaded.some((file) => file.includes(`node_modules/${name}/`)));
}

test('importing a .txt loads no document parser; importing a .docx loads only its own', () => {
  assert.deepEqual(packagesLoadedAfterImporting(path.join(repoRoot(), 'assets/sample/putin-bases-taliban.en.txt')), []);
  assert.deepEqual(packagesLoadedAfterImporting(path.join(repoRoot(), 'tests/fixtures/documents/seed-en.docx')), ['@xmldom/xmldom', 'fflate']);
});
