// `muqabala check` as a user runs it: two text files or a saved project in,
// a findings report out, one-line errors with exit code 2 for bad use.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../helpers/paths';

const cli = path.join(repoRoot(), 'dist/main/cli.js');
const sample = (lang: 'ar' | 'en') => path.join(repoRoot(), `assets/sample/putin-bases-taliban.${lang}.txt`);
const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-check-'));

function run(args: string[]): { code: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr };
}

function write(name: string, text: string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, text);
  return file;
}

const AR = 'قال بوتين إن روسيا مستعدة.\n\nوقتل ستة آلاف شخص في الحرب.\n\nوعقد مجلس الأمن جلسة طارئة.\n';
const EN = 'Putin said Russia was ready.\n\nSeven thousand people were killed in the the war.\n\nThe Safety Council held an emergency session.\n';

function records(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

test('check two files: each planted error is one JSONL record with check, severity, message, pair, ar and en', () => {
  const glossary = write('terms.tsv', '# terms\nمجلس الأمن\tSecurity Council;!Safety Council\n');
  const out = path.join(workDir, 'findings.jsonl');
  const result = run(['check', write('a.txt', AR), write('b.txt', EN), '--glossary', glossary, '--format', 'jsonl', '--out', out]);
  assert.equal(result.code, 0, result.stderr);
  const found = records(out);
  assert.deepEqual(found.map((record) => [record.check, record.pair]), [
    ['numbers', 1], ['repeated', 1], ['terminology', 2], ['terminology', 2],
  ]);
  const numbers = found[0];
  assert.equal(numbers.severity, 'error');
  assert.equal(numbers.message, 'numbers differ: 6,000 in the Arabic, 7,000 in the English');
  assert.equal(numbers.ar, 'وقتل ستة آلاف شخص في الحرب.');
  assert.equal(numbers.en, 'Seven thousand people were killed in the the war.');
  assert.match(result.stderr, /^4 findings on 3 pairs: numbers 1, repeated 1, terminology 2$/m);
});

test('check --project reads a saved project; --disable turns checks off; csv and html are written', () => {
  const project = path.join(workDir, 'sample.muqabala');
  assert.equal(run(['align', sample('ar'), sample('en'), '--format', 'tsv', '--out', path.join(workDir, 'x.tsv'), '--project', project]).code, 0);
  const csv = path.join(workDir, 'sample.csv');
  const result = run(['check', '--project', project, '--format', 'csv', '--out', csv, '--disable', 'empty']);
  assert.equal(result.code, 0, result.stderr);
  const text = readFileSync(csv, 'utf8');
  assert.ok(text.startsWith('check,severity,pair,message,ar,en\r\n'));
  assert.doesNotMatch(text, /\r\nempty,/);
  const html = path.join(workDir, 'sample.html');
  assert.equal(run(['check', '--project', project, '--format', 'html', '--out', html]).code, 0);
  assert.match(readFileSync(html, 'utf8'), /<h1>Sample|<h1>putin-bases-taliban/);
});

test('the clean sample pair draws almost no findings among its pairs with both sides', () => {
  const out = path.join(workDir, 'clean.jsonl');
  assert.equal(run(['check', sample('ar'), sample('en'), '--format', 'jsonl', '--out', out]).code, 0);
  const bothSides = records(out).filter((record) => record.ar !== '' && record.en !== '');
  assert.ok(bothSides.length <= 2, bothSides.map((record) => record.message).join(' | '));
});

test('bad use: one line, exit code 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [['check', sample('ar'), '--format', 'jsonl', '--out', 'x'], /check needs two files \(ARABIC ENGLISH\) or --project PROJECT/],
    [['check', sample('ar'), sample('en'), '--format', 'tmx', '--out', 'x'], /unknown report format "tmx" \(expected one of jsonl, csv, html\)/],
    [['check', sample('ar'), sample('en'), '--format', 'jsonl'], /--out PATH is required/],
    [['check', sample('ar'), sample('en'), '--format', 'jsonl', '--out', 'x', '--disable', 'grammar'], /--disable: unknown check "grammar"/],
    [['check', sample('ar'), sample('en'), '--format', 'jsonl', '--out', 'x', '--glossary', path.join(workDir, 'none.tsv')], /cannot read the glossary "none.tsv": file not found/],
  ];
  for (const [args, message] of cases) {
    const result = run(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  }
});
