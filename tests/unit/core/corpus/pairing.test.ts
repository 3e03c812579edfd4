import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairByName, parseManifest } from '../../../../main/core/corpus/pairing';

test('files pair by NAME.ar.EXT / NAME.en.EXT, in subfolders too, whatever the extensions and the tag case', () => {
  const { pairs, problems } = pairByName([
    'ch10.ar.txt', 'ch10.en.txt', 'ch2.AR.docx', 'ch2.en.txt', 'book/intro.ar.html', 'book/intro.en.html',
    'notes.txt', 'README.md', 'other/intro.en.txt',
  ]);
  assert.deepEqual(pairs, [
    { id: 'book/intro', arPath: 'book/intro.ar.html', enPath: 'book/intro.en.html' },
    { id: 'ch2', arPath: 'ch2.AR.docx', enPath: 'ch2.en.txt' },
    { id: 'ch10', arPath: 'ch10.ar.txt', enPath: 'ch10.en.txt' },
  ]);
  assert.deepEqual(problems, [{ where: 'other/intro.en.txt', problem: 'no Arabic counterpart (expected other/intro.ar.EXT)' }]);
});

test('a name with two files for one side is reported, not guessed', () => {
  const { pairs, problems } = pairByName(['a.ar.txt', 'a.ar.docx', 'a.en.txt', 'b.ar.txt']);
  assert.deepEqual(pairs, []);
  assert.deepEqual(problems.map((p) => p.where), ['a.ar.docx, a.ar.txt', 'b.ar.txt']);
  assert.match(problems[0].problem, /several Arabic files for "a"/);
  assert.match(problems[1].problem, /no English counterpart/);
});

test('a manifest gives pairs in its order, with ids given or taken from the Arabic file name', () => {
  const { pairs, problems } = parseManifest([
    '# arabic\tenglish\tid',
    'in/ch1.ar.txt\tin/ch1.en.txt',
    '',
    '/data/x/arabic.txt\t/data/x/english.txt\tclient/x',
    'kitab.txt\tbook.txt\r',
  ].join('\n'));
  assert.deepEqual(problems, []);
  assert.deepEqual(pairs, [
    { id: 'ch1', arPath: 'in/ch1.ar.txt', enPath: 'in/ch1.en.txt' },
    { id: 'client/x', arPath: '/data/x/arabic.txt', enPath: '/data/x/english.txt' },
    { id: 'kitab', arPath: 'kitab.txt', enPath: 'book.txt' },
  ]);
});

test('manifest lines that cannot name a pair or an output file are reported with their line number', () => {
  const { pairs, problems } = parseManifest(['only-one-path.txt', 'a.txt\tb.txt\t../escape', 'a.txt\tb.txt\t/abs', 'x.ar.txt\tx.en.txt', 'y.txt\tz.txt\tx'].join('\n'));
  assert.deepEqual(pairs, [{ id: 'x', arPath: 'x.ar.txt', enPath: 'x.en.txt' }]);
  assert.deepEqual(problems.map((p) => p.where), ['manifest line 1', 'manifest line 2', 'manifest line 3', 'manifest line 5']);
  assert.match(problems[1].problem, /must not have empty, "\." or "\.\." parts/);
  assert.match(problems[3].problem, /used twice/);
});
