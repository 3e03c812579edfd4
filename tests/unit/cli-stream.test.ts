// `muqabala stream` as a pipeline runs it: JSONL on stdin, JSONL on stdout,
// errors and counts on stderr, the exit code.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makeTempDir } from '../helpers/temp-dir';
import { CLI_PATH, corpusDocuments, parseJsonl, SAMPLE_AR_PATH, SAMPLE_EN_PATH, streamLine } from '../helpers/corpus';

function stream(input: string, args: string[] = []): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI_PATH, 'stream', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const workDir = makeTempDir('stream');
const documents = corpusDocuments();
// A long document first, so that with two workers the short ones finish before it.
const longText = (file: string, copies: number) => Array.from({ length: copies }, () => readFileSync(file, 'utf8')).join('\n\n');
const longLine = JSON.stringify({ id: 'long', ar: longText(SAMPLE_AR_PATH, 15), en: longText(SAMPLE_EN_PATH, 15), batch: 1 });
const goodInput = [longLine, ...documents.map((document, k) => streamLine(document, { batch: k + 2 }))].join('\n') + '\n';

test('each document comes out as the align command exports it, with its id and extra fields, in input order', () => {
  const result = stream(goodInput, ['--jobs', '2']);
  assert.equal(result.code, 0, result.stderr);
  const records = parseJsonl(result.stdout);
  const order = records.map((record) => record.id).filter((id, k, ids) => k === 0 || ids[k - 1] !== id);
  assert.deepEqual(order, ['long', ...documents.map((document) => document.id)]);
  for (const document of documents) {
    const out = path.join(workDir, `${document.id}.jsonl`);
    const aligned = spawnSync(process.execPath, [CLI_PATH, 'align', document.arPath, document.enPath, '--format', 'jsonl', '--out', out], { encoding: 'utf8' });
    assert.equal(aligned.status, 0, aligned.stderr);
    const expected = parseJsonl(readFileSync(out, 'utf8')).map(({ id, ...fields }) => ({ bead: id, ...fields }));
    const got = records.filter((record) => record.id === document.id).map(({ id, batch, ...fields }) => fields);
    assert.deepEqual(got, expected, document.id);
    assert.ok(records.filter((record) => record.id === document.id).every((record) => typeof record.batch === 'number'));
  }
  const summary = JSON.parse(result.stderr.trim().split('\n').pop() as string) as Record<string, number>;
  assert.equal(summary.read, 5);
  assert.equal(summary.written, 5);
  assert.equal(summary.failed, 0);
  assert.equal(summary.beads, records.length);
});

test('one worker and two give the same output', () => {
  const one = stream(goodInput, ['--jobs', '1']);
  const two = stream(goodInput, ['--jobs', '2']);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(one.stdout, two.stdout);
});

test('bad lines and bad documents are reported on stderr and skipped; the stream goes on and the exit code says so', () => {
  const [first, second] = documents;
  const ar = readFileSync(first.arPath, 'utf8');
  const en = readFileSync(first.enPath, 'utf8');
  const input = [
    streamLine(first),
    '{"id": "broken", "ar": ',
    '',
    JSON.stringify({ id: 'no-arabic', ar: '', en }),
    JSON.stringify({ id: 'swapped', ar: en, en: ar }),
    '"just a string"',
    streamLine(second),
  ].join('\n');
  const result = stream(input, ['--jobs', '2']);
  assert.equal(result.code, 1);
  const stderr = parseJsonl(result.stderr);
  const failures = stderr.filter((object) => 'error' in object);
  assert.deepEqual(failures.map((failure) => [failure.id, failure.line]), [[null, 2], ['no-arabic', 4], ['swapped', 5], [null, 6]]);
  assert.match(String(failures[1].error), /"ar" text is empty/);
  assert.match(String(failures[2].error), /not Arabic/);
  assert.deepEqual(stderr.at(-1) && { read: stderr.at(-1)?.read, written: stderr.at(-1)?.written, failed: stderr.at(-1)?.failed }, { read: 6, written: 2, failed: 4 });
  const ids = new Set(parseJsonl(result.stdout).map((record) => record.id));
  assert.deepEqual([...ids], [first.id, second.id]);
});

test('empty input is not an error; bad options are usage errors with one line and exit code 2', () => {
  const empty = stream('');
  assert.equal(empty.code, 0);
  assert.equal(empty.stdout, '');
  assert.match(empty.stderr, /"read":0,"written":0,"failed":0/);
  for (const args of [['--jobs', '0'], ['--jobs', 'two'], ['file.jsonl'], ['--dictionary', path.join(workDir, 'missing.tsv')], ['--format', 'tmx']]) {
    const result = stream('', args);
    assert.equal(result.code, 2, args.join(' '));
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /^muqabala: /);
  }
});

test('a consumer that stops reading ends the stream with one clear line, not a stack trace', () => {
  const input = `${Array.from({ length: 30 }, () => streamLine(documents[0])).join('\n')}\n`;
  const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI_PATH}" stream --jobs 1 | head -c 1 >/dev/null`], { input, encoding: 'utf8' });
  assert.equal(result.status, 0);
  assert.equal(result.stderr.trim(), 'muqabala: the output was closed before everything was written (the program reading it stopped)');
});
