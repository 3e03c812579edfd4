// `muqabala align` with documents: Word, web pages and PDF in, the import
// report on stderr; a bad document is one line, exit 2, and nothing written.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/paths';

const cli = path.join(repoRoot(), 'dist/main/cli.js');
const documents = path.join(repoRoot(), 'tests/fixtures/documents');
const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-cli-documents-'));

function run(args: string[]): { code: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr };
}

test('align takes a Word file and a saved web page, reports what each import kept and dropped, and saves the source format', () => {
  const out = path.join(workDir, 'mixed.jsonl');
  const project = path.join(workDir, 'mixed.muqabala');
  const result = run(['align', path.join(documents, 'seed-ar.docx'), path.join(documents, 'seed-en.html'), '--format', 'jsonl', '--out', out, '--project', project]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^imported "seed-ar.docx" \(Word\): kept 21 paragraphs$/m);
  assert.match(result.stderr, /^imported "seed-en.html" \(web page\): kept 7 paragraphs, dropped \d+ lines of page furniture, 5 scripts and styles$/m);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { ar: string; en: string });
  assert.ok(records.some((record) => record.en.includes('Kabulov') && record.ar.includes('كابولوف')));
  assert.ok(!records.some((record) => record.en.includes('Our readers are reading too')));
  const saved = JSON.parse(readFileSync(project, 'utf8')) as { version: number; sources: Record<string, { format: string; checksum: string; fileName: string }> };
  assert.equal(saved.version, 2);
  assert.equal(saved.sources.ar.format, 'docx');
  assert.equal(saved.sources.en.format, 'html');
  assert.match(saved.sources.ar.checksum, /^sha256:[0-9a-f]{64}$/);
});

for (const [file, message] of [
  ['features-en.doc', /^muqabala: Cannot import "features-en.doc": it is an old binary Word file \(\.doc\); open it in Word or LibreOffice and save it as \.docx\.$/],
  ['features-en.rtf', /^muqabala: Cannot import "features-en.rtf": it is an RTF file; .*save it as \.docx\.$/],
  ['corrupt.docx', /^muqabala: Cannot import "corrupt.docx": it is damaged: not a complete ZIP archive/],
  ['empty.docx', /^muqabala: Cannot import "empty.docx": no text was found in it\.$/],
  ['scan.pdf', /^muqabala: Cannot import "scan.pdf": the PDF has no text layer/],
  ['locked.pdf', /^muqabala: Cannot import "locked.pdf": the PDF is password-protected/],
] as const) {
  test(`align with ${file}: one line, exit 2, no project and no export written`, () => {
    const out = path.join(workDir, `${file}.tsv`);
    const project = path.join(workDir, `${file}.muqabala`);
    const result = run(['align', path.join(documents, file), path.join(documents, 'seed-en.docx'), '--format', 'tsv', '--out', out, '--project', project]);
    assert.equal(result.code, 2);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], message);
    assert.ok(!existsSync(out), 'no export written');
    assert.ok(!existsSync(project), 'no project written');
  });
}

test('import an XLIFF into a project, then export it back as XLIFF: the same file (canonical XML)', () => {
  const original = path.join(repoRoot(), 'tests/fixtures/bilingual/cat-1.2.xlf');
  const project = path.join(workDir, 'cat.muqabala');
  const imported = run(['import', original, '--project', project]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stderr, /^imported 4 units from "cat-1.2.xlf" \(XLIFF 1.2; 1 approved\) into /m);
  const out = path.join(workDir, 'back.xlf');
  const exported = run(['export', project, '--format', 'xliff', '--out', out]);
  assert.equal(exported.code, 0, exported.stderr);
  const c14n = (file: string): string => spawnSync('xmllint', ['--c14n', file], { encoding: 'utf8' }).stdout;
  assert.equal(c14n(out), c14n(original));
});

test('import without --project, or of a file that is not bilingual, is one line and exit 2, nothing written', () => {
  const usage = run(['import', path.join(repoRoot(), 'tests/fixtures/bilingual/pairs.tmx')]);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--project PROJECT\.muqabala is required/);
  const project = path.join(workDir, 'not.muqabala');
  const bad = run(['import', path.join(documents, 'seed-en.docx'), '--project', project]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr.trim(), /^muqabala: Cannot import "seed-en.docx": it is not a bilingual file/);
  assert.ok(!existsSync(project));
});

test('export --document writes one side as a document; a wrong extension or side is a usage error and writes nothing', () => {
  const project = path.join(workDir, 'doc.muqabala');
  const aligned = run(['align', path.join(documents, 'seed-ar.docx'), path.join(documents, 'seed-en.docx'), '--format', 'tsv', '--out', path.join(workDir, 'doc.tsv'), '--project', project]);
  assert.equal(aligned.code, 0, aligned.stderr);
  const out = path.join(workDir, 'ar-edited.docx');
  const exported = run(['export', project, '--document', 'ar', '--out', out]);
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stderr, /^21 paragraphs of the Arabic document written to /m);
  const plain = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', out], { encoding: 'utf8' }).stdout;
  assert.match(plain, /وكان مدير القسم الآسيوي الثاني بوزارة الخارجية الروسية، زامير كابولوف/);
  for (const [args, message] of [
    [['--document', 'ar', '--out', path.join(workDir, 'x.pdf')], /--out must end in \.txt, \.docx or \.html/],
    [['--document', 'fr', '--out', path.join(workDir, 'x.txt')], /--document must be ar or en/],
  ] as const) {
    const result = run(['export', project, ...args]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, message);
  }
  assert.ok(!existsSync(path.join(workDir, 'x.pdf')) && !existsSync(path.join(workDir, 'x.txt')));
});

test('export --document of a project with several documents says so and writes nothing, not the first document alone', () => {
  const input = path.join(workDir, 'batch-in');
  mkdirSync(input);
  const sample = path.join(repoRoot(), 'assets/sample');
  copyFileSync(path.join(documents, 'seed-ar.docx'), path.join(input, 'a.ar.docx'));
  copyFileSync(path.join(documents, 'seed-en.docx'), path.join(input, 'a.en.docx'));
  copyFileSync(path.join(sample, 'putin-bases-taliban.ar.txt'), path.join(input, 'b.ar.txt'));
  copyFileSync(path.join(sample, 'putin-bases-taliban.en.txt'), path.join(input, 'b.en.txt'));
  const batched = run(['batch', input, '--out', path.join(workDir, 'batch-out'), '--format', 'tsv', '--project']);
  assert.equal(batched.code, 0, batched.stderr);
  const out = path.join(workDir, 'corpus-en.docx');
  const exported = run(['export', path.join(workDir, 'batch-out', 'corpus.muqabala'), '--document', 'en', '--out', out]);
  assert.notEqual(exported.code, 0);
  assert.match(exported.stderr, /holds 2 documents/);
  assert.ok(!existsSync(out));
});

test('align warns about a Markdown report against an unrelated English text that names almost nothing', () => {
  // seed-ar.md is a news article full of names; notes-en.md an unrelated annual review whose English names
  // nothing (so the pair cannot be judged by names), but its real order explains the texts no better than
  // shuffled over 61 sentences and none of the few anchors agree: two witnesses against it.
  const out = path.join(workDir, 'unrelated.tsv');
  const result = run(['align', path.join(documents, 'seed-ar.md'), path.join(documents, 'notes-en.md'), '--format', 'tsv', '--out', out]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^warning: the two texts do not look like translations of each other \(match score 0\.\d\d: aligned pairs explain the texts [01]\.\d× better than shuffled ones; 0% of numbers and names agree\); check that you picked the right files$/m);
});
