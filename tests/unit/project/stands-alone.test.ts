// The repository stands on its own: its setup instructions match what CI does,
// and no tracked file points into one machine's folders.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../helpers/paths';

const ROOT = repoRoot();
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The packages of the `apt-get install` line that installs Chromium (options dropped). */
function aptPackages(text: string, where: string): string[] {
  const lines = [...text.matchAll(/apt-get install ([^\n`]*)/g)]
    .map((match) => match[1].split(/\s+/).filter((word) => word !== '' && !word.startsWith('-')).sort());
  const line = lines.find((packages) => packages.includes('chromium'));
  assert.ok(line, `no apt-get install line with chromium in ${where}`);
  return line;
}

test('the README\'s apt-get line installs exactly what .ci/run installs', () => {
  const ci = aptPackages(read('.ci/run'), '.ci/run');
  assert.deepEqual(aptPackages(read('README.md'), 'README.md'), ci);
});

test('package.json asks for the Node the toolchain needs (20.19+) and the README says so', () => {
  const engines = (JSON.parse(read('package.json')) as { engines?: { node?: string } }).engines?.node;
  assert.equal(engines, '>=20.19.0');
  assert.match(read('README.md'), /Node 20\.19 or later/);
});

// Folders that exist on one machine only: the work folder, home folders (Linux, macOS, Windows), root's home.
const MACHINE_PATH = /(?<![\w.])\/(?:work|root|home\/[a-z_][\w-]*|Users\/[\w-]+)\/|[A-Z]:\\Users\\/;
const SKIPPED = new Set(['node_modules', 'dist', 'release', '.git', 'test-results']);
const TEXT = /\.(?:ts|mjs|js|json|ya?ml|md|html|css|txt|py|sh)$|^run$|^\.gitignore$/;

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(full);
    return TEXT.test(entry.name) ? [full] : [];
  });
}

test('no file of the repository names a folder of one machine', () => {
  const files = textFiles(ROOT);
  assert.ok(files.length > 100, `only ${files.length} files found`);
  const offenders = files.flatMap((file) => {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return lines.flatMap((line, index) => (MACHINE_PATH.test(line) ? [`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : []));
  });
  assert.deepEqual(offenders, []);
});

test('the machine-path check catches the paths it is meant to', () => {
  // Written in pieces, so that this file does not trip the check above.
  const machinePaths = ['work/shared/samples', 'home/ana/data', 'root/.cache/x', 'Users/ana/x'].map((rest) => `'/${rest}'`);
  for (const sample of [...machinePaths, 'C:' + '\\Users\\ana\\x']) {
    assert.match(sample, MACHINE_PATH, sample);
  }
  for (const sample of ['/usr/bin/chromium', '/tmp/a.txt', ['src', 'work', 'x'].join('/'), ['https://example.org', 'work', ''].join('/')]) {
    assert.doesNotMatch(sample, MACHINE_PATH, sample);
  }
});
