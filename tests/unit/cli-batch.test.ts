// `muqabala batch` over a folder and a manifest: one output per document, the
// combined corpus, the report (non-translations and failures stand out), and
// resuming after a finished, a changed and a killed run.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makeTempDir } from '../helpers/temp-dir';
import { CLI_PATH, corpusDocuments, parseJsonl, SAMPLE_AR_PATH, SAMPLE_EN_PATH } from '../helpers/corpus';
import { runPythonJson } from '../helpers/python';
import { parseProject } from '../../main/core/project/file';

const loadProjectText = (text: string) => parseProject(text, 'corpus.muqabala');

const workDir = makeTempDir('batch');
const documents = corpusDocuments();

function batch(args: string[]): { code: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [CLI_PATH, 'batch', ...args], { encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr };
}

function reportRows(outDir: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(outDir, 'report.tsv'), 'utf8').trimEnd().split('\n').map((line) => line.split('\t'));
  return lines.map((cells) => Object.fromEntries(header.map((name, k) => [name, cells[k]])));
}

/** A folder as a client sends it: chapters in a subfolder, a pair that is not a translation, a lone file, a note. */
function makeInputFolder(name: string): string {
  const input = path.join(workDir, name);
  mkdirSync(path.join(input, 'book'), { recursive: true });
  const [a, b, c, d] = documents;
  copyFileSync(a.arPath, path.join(input, 'book/ch1.ar.txt'));
  copyFileSync(a.enPath, path.join(input, 'book/ch1.en.txt'));
  copyFileSync(b.arPath, path.join(input, 'book/ch2.AR.txt'));
  copyFileSync(b.enPath, path.join(input, 'book/ch2.en.txt'));
  // Ten sentences a side are few to judge by: ntrex-039's Arabic against ntrex-019's English is flagged (its
  // anchors disagree), against ntrex-054's it is only undecided (tests/bench/align-match.ts).
  copyFileSync(c.arPath, path.join(input, 'mismatch.ar.txt'));
  copyFileSync(b.enPath, path.join(input, 'mismatch.en.txt'));
  copyFileSync(d.arPath, path.join(input, 'lone.ar.txt'));
  writeFileSync(path.join(input, 'notes.txt'), 'not part of the batch\n');
  return input;
}

test('a folder gives one output per document, the combined corpus and a report where the non-translation stands out', () => {
  const input = makeInputFolder('folder');
  const out = path.join(workDir, 'folder-out');
  const result = batch([input, '--out', out, '--format', 'tmx', '--project']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^warning: lone\.ar\.txt: no English counterpart/m);
  assert.match(result.stderr, /^warning: mismatch: the two texts do not look like translations/m);
  assert.match(result.stderr, /3 documents: 3 aligned, 0 done earlier \(skipped\), 0 failed/);
  assert.doesNotMatch(result.stderr, /\r/, 'no progress bar when stderr is not a terminal');

  for (const id of ['book/ch1', 'book/ch2', 'mismatch']) {
    assert.ok(existsSync(path.join(out, 'documents', `${id}.tmx`)), id);
    assert.ok(existsSync(path.join(out, 'projects', `${id}.muqabala`)), id);
  }
  const rows = reportRows(out);
  assert.deepEqual(rows.map((row) => [row.id, row.state, row.translation]), [['book/ch1', 'aligned', 'yes'], ['book/ch2', 'aligned', 'yes'], ['mismatch', 'aligned', 'no']]);

  // --project also gives every document in one project, as the editor's document list shows it.
  assert.match(result.stderr, /project with every document: .*corpus\.muqabala/);
  const joined = loadProjectText(readFileSync(path.join(out, 'corpus.muqabala'), 'utf8'));
  assert.deepEqual(joined.documents?.map((document) => document.id), ['book/ch1', 'book/ch2', 'mismatch']);
  const perDocument = ['book/ch1', 'book/ch2', 'mismatch'].map((id) => loadProjectText(readFileSync(path.join(out, 'projects', `${id}.muqabala`), 'utf8')));
  assert.deepEqual(joined.beads.map((bead) => bead.en.map((sentence) => sentence.text).join(' ')),
    perDocument.flatMap((project) => project.beads.map((bead) => bead.en.map((sentence) => sentence.text).join(' '))));
  assert.ok(joined.documents?.[2].alignment.matchScore !== undefined && joined.documents[2].alignment.matchScore < joined.documents[0].alignment.matchScore);

  // The combined TMX, read by translate-toolkit: every document's pairs, unit ids unique.
  const units = runPythonJson<{ id: string; source: string }[]>(
    'import json, sys\nfrom translate.storage.tmx import tmxfile\nstore = tmxfile(open(sys.stdin.read(), "rb"))\n'
      + 'print(json.dumps([{"id": unit.getid(), "source": unit.source} for unit in store.units]))',
    path.join(out, 'corpus.tmx'),
  );
  const pairs = rows.reduce((sum, row) => sum + Number(row.pairs), 0);
  assert.equal(units.length, pairs);
  assert.equal(new Set(units.map((unit) => unit.id)).size, units.length);
  assert.ok(units.some((unit) => unit.id.startsWith('book/ch2#')));

  const html = readFileSync(path.join(out, 'report.html'), 'utf8');
  assert.match(html, /<h2>Not translations of each other \(1\)<\/h2><ul><li><a href="#doc-mismatch">mismatch<\/a>/);
  assert.match(html, /<tr id="doc-mismatch" class="not-translation"><th scope="row">mismatch <span class="badge">NOT A TRANSLATION/);
  assert.match(html, /lone\.ar\.txt: no English counterpart/);
});

test('a second run skips what is done, redoes a changed document, and --force redoes everything', () => {
  const input = makeInputFolder('resume');
  const out = path.join(workDir, 'resume-out');
  assert.equal(batch([input, '--out', out, '--format', 'jsonl']).code, 0);
  const corpus = readFileSync(path.join(out, 'corpus.jsonl'), 'utf8');

  const again = batch([input, '--out', out, '--format', 'jsonl']);
  assert.match(again.stderr, /3 documents: 0 aligned, 3 done earlier/);
  assert.deepEqual(reportRows(out).map((row) => row.state), ['done earlier', 'done earlier', 'done earlier']);
  assert.equal(readFileSync(path.join(out, 'corpus.jsonl'), 'utf8'), corpus, 'the corpus is rebuilt the same from the records');

  // ntrex-019's Arabic against ntrex-039's English: too little evidence either way to flag, and the report says so.
  writeFileSync(path.join(input, 'book/ch2.en.txt'), readFileSync(documents[2].enPath));
  const changed = batch([input, '--out', out, '--format', 'jsonl']);
  assert.match(changed.stderr, /3 documents: 1 aligned, 2 done earlier/);
  assert.deepEqual(reportRows(out).map((row) => [row.id, row.state, row.translation]), [
    ['book/ch1', 'done earlier', 'yes'], ['book/ch2', 'aligned', 'undecided'], ['mismatch', 'done earlier', 'no'],
  ]);
  assert.doesNotMatch(changed.stderr, /book\/ch2: the two texts do not look like translations/);

  const otherFormat = batch([input, '--out', out, '--format', 'moses']);
  assert.match(otherFormat.stderr, /3 aligned, 0 done earlier/, 'another format is not "done"');
  assert.ok(existsSync(path.join(out, 'documents/book/ch1.ar')) && existsSync(path.join(out, 'documents/book/ch1.en')));
  assert.match(batch([input, '--out', out, '--format', 'moses', '--force']).stderr, /3 aligned, 0 done earlier/);
});

test('a run killed half-way is finished by the next one, with the same corpus as an uninterrupted run', async () => {
  const input = path.join(workDir, 'big');
  mkdirSync(input);
  const long = (file: string) => Array.from({ length: 12 }, () => readFileSync(file, 'utf8')).join('\n\n');
  for (let k = 1; k <= 8; k++) {
    writeFileSync(path.join(input, `part${k}.ar.txt`), long(SAMPLE_AR_PATH));
    writeFileSync(path.join(input, `part${k}.en.txt`), long(SAMPLE_EN_PATH));
  }
  const out = path.join(workDir, 'big-out');
  const child = spawn(process.execPath, [CLI_PATH, 'batch', input, '--out', out, '--format', 'jsonl'], { stdio: 'ignore' });
  const stateDir = path.join(out, '.muqabala-batch');
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      const done = existsSync(stateDir) ? readdirSync(stateDir).filter((name) => name.endsWith('.json')).length : 0;
      if (done >= 2 || child.exitCode !== null) {
        clearInterval(poll);
        child.kill('SIGKILL');
        resolve();
      }
    }, 20);
  });
  await new Promise((resolve) => child.once('close', resolve));
  const finishedBeforeKill = readdirSync(stateDir).filter((name) => name.endsWith('.json')).length;
  assert.ok(finishedBeforeKill >= 2 && finishedBeforeKill < 8, `killed after ${finishedBeforeKill} documents`);
  assert.ok(!existsSync(path.join(out, 'report.tsv')), 'the run did not get to its report');

  const resumed = batch([input, '--out', out, '--format', 'jsonl']);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stderr, new RegExp(`8 documents: ${8 - finishedBeforeKill} aligned, ${finishedBeforeKill} done earlier`));
  const fresh = path.join(workDir, 'big-fresh');
  assert.equal(batch([input, '--out', fresh, '--format', 'jsonl']).code, 0);
  assert.equal(readFileSync(path.join(out, 'corpus.jsonl'), 'utf8'), readFileSync(path.join(fresh, 'corpus.jsonl'), 'utf8'));
  const records = parseJsonl(readFileSync(path.join(out, 'corpus.jsonl'), 'utf8'));
  assert.deepEqual([...new Set(records.map((record) => record.id))], Array.from({ length: 8 }, (_, k) => `part${k + 1}`));
});

test('a manifest names pairs anywhere; a document that cannot be read fails alone and is retried next time', () => {
  const [a, b] = documents;
  const manifest = path.join(workDir, 'manifest.tsv');
  writeFileSync(manifest, `${a.arPath}\t${a.enPath}\tfirst\n${path.relative(workDir, b.arPath)}\t${path.relative(workDir, b.enPath)}\nmissing.ar.txt\t${b.enPath}\tgone\n`);
  const out = path.join(workDir, 'manifest-out');
  const result = batch([manifest, '--out', out, '--format', 'csv']);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^error: gone: .*missing\.ar\.txt.*does not exist/m);
  assert.deepEqual(reportRows(out).map((row) => [row.id, row.state]), [['first', 'aligned'], [b.id, 'aligned'], ['gone', 'failed']]);
  assert.match(readFileSync(path.join(out, 'report.html'), 'utf8'), /<tr id="doc-gone" class="failed">/);
  const corpusLines = readFileSync(path.join(out, 'corpus.csv'), 'utf8').trimEnd().split('\r\n');
  assert.equal(corpusLines[0], 'ar,en,status,confidence,note');

  copyFileSync(a.arPath, path.join(workDir, 'missing.ar.txt'));
  const retried = batch([manifest, '--out', out, '--format', 'csv']);
  assert.equal(retried.code, 0, retried.stderr);
  assert.match(retried.stderr, /3 documents: 1 aligned, 2 done earlier/);
  rmSync(path.join(workDir, 'missing.ar.txt'));
});

test('batch without pairs or with a missing input is a usage error', () => {
  const empty = path.join(workDir, 'empty');
  mkdirSync(empty);
  for (const args of [[empty, '--out', path.join(workDir, 'e-out'), '--format', 'tsv'], [path.join(workDir, 'nowhere'), '--out', path.join(workDir, 'n-out'), '--format', 'tsv'], [empty, '--format', 'tsv']]) {
    const result = batch(args);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr.trim().split('\n').pop() as string, /^muqabala: /);
  }
});

test('--jobs and --dictionary mean what they mean for stream: the dictionary adds evidence, a changed one redoes the documents', () => {
  const input = path.join(workDir, 'dictionary-input');
  mkdirSync(input, { recursive: true });
  copyFileSync(SAMPLE_AR_PATH, path.join(input, 'sample.ar.txt'));
  copyFileSync(SAMPLE_EN_PATH, path.join(input, 'sample.en.txt'));
  copyFileSync(documents[0].arPath, path.join(input, 'other.ar.txt'));
  copyFileSync(documents[0].enPath, path.join(input, 'other.en.txt'));
  const dictionary = path.join(workDir, 'batch-dictionary.tsv');
  writeFileSync(dictionary, 'روسيا\tRussia\nتهدد\tthreatens;threaten\nطالبان\tTaliban\n');
  const headingConfidence = (out: string): number => {
    const records = parseJsonl(readFileSync(path.join(out, 'documents', 'sample.jsonl'), 'utf8')) as { ar: string; en: string; confidence: number }[];
    const heading = records.find((record) => record.en === 'Russia Threatens the Taliban');
    assert.equal(heading?.ar, 'روسيا تهدد طالبان');
    return heading.confidence;
  };
  const plain = batch([input, '--out', path.join(workDir, 'no-dictionary-out'), '--format', 'jsonl', '--jobs', '1']);
  assert.equal(plain.code, 0, plain.stderr);
  const out = path.join(workDir, 'dictionary-out');
  const withDictionary = batch([input, '--out', out, '--format', 'jsonl', '--jobs', '2', '--dictionary', dictionary]);
  assert.equal(withDictionary.code, 0, withDictionary.stderr);
  assert.ok(headingConfidence(out) > headingConfidence(path.join(workDir, 'no-dictionary-out')));

  // The same dictionary: done earlier; another one: aligned again.
  assert.match(batch([input, '--out', out, '--format', 'jsonl', '--dictionary', dictionary]).stderr, /2 documents: 0 aligned, 2 done earlier/);
  writeFileSync(dictionary, 'روسيا\tRussia\n');
  assert.match(batch([input, '--out', out, '--format', 'jsonl', '--dictionary', dictionary]).stderr, /2 documents: 2 aligned, 0 done earlier/);

  for (const args of [['--jobs', '0'], ['--jobs', 'many'], ['--dictionary', path.join(workDir, 'missing-dictionary.tsv'), '--force']]) {
    const bad = batch([input, '--out', out, '--format', 'jsonl', ...args]);
    assert.equal(bad.code, 2, args.join(' '));
    assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
    assert.match(bad.stderr, /^muqabala: /);
  }
  const help = spawnSync(process.execPath, [CLI_PATH, '--help'], { encoding: 'utf8' }).stdout;
  assert.match(help, /muqabala batch INPUT .*\[--jobs N\] \[--dictionary FILE\]/);
});
