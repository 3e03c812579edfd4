// The command line as a user runs it: real sample files in, files and
// stderr lines out, clear errors and exit codes for bad input.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot, seedPath } from '../helpers/paths';

const cli = path.join(repoRoot(), 'dist/main/cli.js');
const seed = seedPath;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-cli-'));

test('align writes every bead as JSONL and prints a summary without warnings for a real translation', () => {
  const out = path.join(workDir, 'seed.jsonl');
  const result = run(['align', seed('001'), seed('000'), '--format', 'jsonl', '--out', out]);
  assert.equal(result.code, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /warning:/);
  assert.match(result.stderr, /beads \(.*1-1: \d+/);
  assert.match(result.stderr, /mean confidence [01]\.\d\d; match score [01]\.\d\d/);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  const arabicSource = readFileSync(seed('001'), 'utf8');
  assert.ok(records.length > 10);
  for (const record of records) {
    for (const key of ['ar', 'en', 'en_original', 'status', 'confidence']) assert.ok(key in record, `missing ${key}`);
    // Text is exported exactly as in the source, never normalised.
    for (const part of String(record.ar).split(' ').filter(Boolean)) assert.ok(arabicSource.includes(part));
  }
  assert.ok(records.some((record) => String(record.en).includes('Kabulov') && String(record.ar).includes('كابولوف')));
});

for (const unrelated of ['002', '003', '004'] as const) {
  test(`seed 001 against seed ${unrelated} (not its translation) is flagged with a warning`, () => {
    const result = run(['align', seed('001'), seed(unrelated), '--format', 'tsv', '--out', path.join(workDir, `${unrelated}.tsv`)]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /^warning: .*not look like translations/m);
  });
}

test('files given the wrong way round are swapped with a warning', () => {
  const prefix = path.join(workDir, 'corpus');
  const result = run(['align', seed('000'), seed('001'), '--format', 'moses', '--out', prefix]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^warning: the files seem to be swapped/m);
  const ar = readFileSync(`${prefix}.ar`, 'utf8').trimEnd().split('\n');
  const en = readFileSync(`${prefix}.en`, 'utf8').trimEnd().split('\n');
  assert.equal(ar.length, en.length);
  assert.match(ar.join('\n'), /[\u0600-\u06ff]/);
  assert.doesNotMatch(en.join('\n'), /[\u0600-\u06ff]/);
});

test('align --project saves a project that export reads; export writes approved pairs only unless --all', () => {
  const projectPath = path.join(workDir, 'seed.muqabala');
  const aligned = run(['align', seed('001'), seed('000'), '--format', 'csv', '--out', path.join(workDir, 'a.csv'), '--project', projectPath]);
  assert.equal(aligned.code, 0, aligned.stderr);
  assert.ok(existsSync(projectPath));

  const reviewedOnly = run(['export', projectPath, '--format', 'tmx', '--out', path.join(workDir, 'reviewed.tmx')]);
  assert.equal(reviewedOnly.code, 0, reviewedOnly.stderr);
  assert.match(reviewedOnly.stderr, /warning: no approved pairs/);
  assert.doesNotMatch(readFileSync(path.join(workDir, 'reviewed.tmx'), 'utf8'), /<tu /);

  const all = run(['export', projectPath, '--format', 'xliff', '--out', path.join(workDir, 'all.xlf'), '--all']);
  assert.equal(all.code, 0, all.stderr);
  assert.match(readFileSync(path.join(workDir, 'all.xlf'), 'utf8'), /<trans-unit /);
});

test('--help lists the commands and formats', () => {
  const result = run(['--help']);
  assert.equal(result.code, 0);
  assert.match(result.stdout, /muqabala align ARABIC ENGLISH --format FORMAT --out PATH/);
  for (const format of ['jsonl', 'tmx', 'xliff', 'tsv', 'csv', 'moses']) assert.match(result.stdout, new RegExp(format));
});

const badInvocations: Array<[string, string[], RegExp]> = [
  ['no command', [], /no command given/],
  ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
  ['unknown option', ['align', '--colour'], /--colour/],
  ['missing files', ['align', '--format', 'tsv', '--out', 'x.tsv'], /two files/],
  ['missing format', ['align', 'a.txt', 'b.txt', '--out', 'x'], /--format is required/],
  ['unknown format', ['align', 'a.txt', 'b.txt', '--format', 'docx', '--out', 'x'], /unknown format "docx"/],
  ['missing file on disk', ['align', '/nonexistent/a.txt', '/nonexistent/b.txt', '--format', 'tsv', '--out', 'x.tsv'], /a\.txt/],
  ['bad encoding name', ['align', 'a', 'b', '--format', 'tsv', '--out', 'x', '--encoding-ar', 'klingon'], /unknown encoding "klingon"/],
];
for (const [what, args, message] of badInvocations) {
  test(`bad input (${what}) gives a clear message and a non-zero exit, no stack trace`, () => {
    const result = run(args);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });
}

test('a binary file and a corrupt project are refused with one line naming the file', () => {
  const binary = path.join(workDir, 'picture.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5, 6, 0]));
  const imported = run(['align', binary, seed('000'), '--format', 'tsv', '--out', path.join(workDir, 'x.tsv')]);
  assert.notEqual(imported.code, 0);
  assert.match(imported.stderr, /picture\.txt/);

  const corrupt = path.join(workDir, 'broken.muqabala');
  writeFileSync(corrupt, '{"format": "muqabala-project", "version": 1, "beads": [');
  const exported = run(['export', corrupt, '--format', 'tsv', '--out', path.join(workDir, 'y.tsv')]);
  assert.notEqual(exported.code, 0);
  assert.match(exported.stderr, /broken\.muqabala/);
  assert.equal(readFileSync(corrupt, 'utf8'), '{"format": "muqabala-project", "version": 1, "beads": [');
});

test('--dictionary auto uses FreeDict ara-eng when installed, and says where it looked when not', () => {
  const out = path.join(workDir, 'auto.jsonl');
  const result = run(['align', seed('001'), seed('000'), '--format', 'jsonl', '--out', out, '--dictionary', 'auto']);
  if (existsSync('/usr/share/dictd/freedict-ara-eng.index')) {
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(out));
  } else {
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--dictionary auto: no dictionary installed at \/usr\/share\/dictd\/freedict-ara-eng\.index/);
  }
});
