// Bilingual files as CAT tools write them, opened for review and written back:
// units become pairs with their status and notes, inline codes become
// placeholders, an XLIFF goes back as the same file with only the reviewed
// targets and states changed (checked with xmllint's canonical form and with
// translate-toolkit as an independent reader).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { xliffFromReview } from '../../../../main/core/bilingual/write-back';
import { sideText } from '../../../../main/core/project/bead';
import { exportPairs } from '../../../../main/core/formats/index';
import type { Project } from '../../../../main/core/project/types';
import { joinPieces } from '../../../../main/core/text/pieces';
import { projectFromBilingualBytes } from '../../../../main/services/bilingual-file';
import { repoRoot } from '../../../helpers/paths';
import { runPythonJson } from '../../../helpers/python';

const FIXTURES = path.join(repoRoot(), 'tests', 'fixtures', 'bilingual');

function open(name: string): Project {
  return projectFromBilingualBytes(fs.readFileSync(path.join(FIXTURES, name)), name);
}

function pairs(project: Project): [string, string, string, string][] {
  return project.beads.map((bead) => [sideText(bead, 'ar'), sideText(bead, 'en'), bead.status, bead.note]);
}

/** xmllint's canonical XML (C14N): equal for two files that are the same XML however serialised. */
function canonical(xml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muqabala-c14n-'));
  const file = path.join(dir, 'x.xml');
  fs.writeFileSync(file, xml);
  try {
    return execFileSync('xmllint', ['--c14n', file], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('XLIFF 1.2: one pair per translatable unit, statuses and notes read, inline codes as placeholders', () => {
  const project = open('cat-1.2.xlf');
  assert.deepEqual(pairs(project), [
    ['افتتح ⟦gb1⟧الرئيس⟦/gb1⟧ الجلسة في الساعة العاشرة.', 'The ⟦gb1⟧chair⟦/gb1⟧ opened the session at ten.', 'unreviewed', 'Check the time zone.'],
    ['انظر الجدول⟦xfn1⟧ في الصفحة ⟦php2⟧.', 'See the table⟦xfn1⟧ on page ⟦php2⟧.', 'rejected', ''],
    ['وافق المجلس على ⟦bpt1⟧المشروع⟦ept1⟧ بالإجماع.', 'The council approved the ⟦bpt1⟧project⟦ept1⟧ unanimously.', 'approved', ''],
    ['شكراً لكم.', '', 'unreviewed', ''],
  ]);
  assert.equal(project.bilingual?.format, 'xliff-1.2');
  assert.ok(!pairs(project).some((pair) => pair.join(' ').includes('<')), 'no raw XML in the text');
});

test('XLIFF 1.2 exported without edits is the same XML (canonical form), and the file reads in translate-toolkit', () => {
  const original = fs.readFileSync(path.join(FIXTURES, 'cat-1.2.xlf'), 'utf8');
  const { content } = xliffFromReview(open('cat-1.2.xlf'));
  assert.equal(canonical(content), canonical(original));
});

test('XLIFF 1.2: an edited, approved unit is updated in place; every other unit, code, note and header is kept', () => {
  const project = open('cat-1.2.xlf');
  const first = project.beads[0];
  first.en[0].text = 'The ⟦gb1⟧president⟦/gb1⟧ opened the session at ten.';
  first.status = 'approved';
  project.beads[3].en = [{ id: 's900', text: 'Thank you.', original: '', source: null }];
  const { content } = xliffFromReview(project);
  const original = fs.readFileSync(path.join(FIXTURES, 'cat-1.2.xlf'), 'utf8');
  const expected = original
    .replace('<trans-unit id="1" sdl:origin="tm" sdl:percent="100">', '<trans-unit id="1" sdl:origin="tm" sdl:percent="100" approved="yes">')
    .replace('<target state="translated">The <g id="b1" ctype="bold">chair</g>', '<target state="final">The <g id="b1" ctype="bold">president</g>')
    .replace('<source>شكراً لكم.</source>', '<source>شكراً لكم.</source><target xml:lang="en-US" state="translated">Thank you.</target>');
  assert.equal(canonical(content), canonical(expected));
  const units = runPythonJson<{ id: string; target: string; approved: boolean }[]>(`
import sys, json
from translate.storage import xliff
store = xliff.xlifffile.parsestring(sys.stdin.buffer.read())
print(json.dumps([{'id': u.getid(), 'target': str(u.target or ''), 'approved': u.isapproved()} for u in store.units]))`, content);
  const unit1 = units.find((unit) => unit.id.endsWith('1') && unit.target.includes('president'));
  assert.ok(unit1, JSON.stringify(units));
  assert.equal(unit1.approved, true);
});

test('XLIFF: an edit that drops an inline code is refused, naming the unit', () => {
  const project = open('cat-1.2.xlf');
  project.beads[1].en[0].text = 'See the table on page ⟦php2⟧.';
  assert.throws(() => xliffFromReview(project), /unit "2": the edited target's inline codes do not match/);
});

test('XLIFF 2.0: segments are pairs, pc/ph codes placeholders; the round trip without edits is the same XML', () => {
  const project = open('cat-2.0.xlf');
  assert.deepEqual(pairs(project).map((pair) => pair.slice(0, 3)), [
    ['تقرير ⟦pc1⟧الاجتماع⟦/pc1⟧', 'Meeting ⟦pc1⟧report⟦/pc1⟧', 'unreviewed'],
    ['البند الأول⟦ph2⟧: الميزانية.', 'Item one⟦ph2⟧: the budget.', 'approved'],
    ['البند الثاني: خطة التوظيف.', 'Item two: the hiring plan.', 'unreviewed'],
  ]);
  assert.equal(project.beads[0].note, 'Headline.');
  const original = fs.readFileSync(path.join(FIXTURES, 'cat-2.0.xlf'), 'utf8');
  assert.equal(canonical(xliffFromReview(project).content), canonical(original));
  project.beads[2].status = 'approved';
  assert.match(xliffFromReview(project).content, /<segment id="s2" state="final">/);
});

test('TMX: pairs by xml:lang (regional codes, either order), status and note; our TMX export re-imports to the same pairs', () => {
  const project = open('pairs.tmx');
  assert.deepEqual(pairs(project), [
    ['افتتح الرئيس ⟦bpt1⟧الجلسة⟦ept1⟧.', 'The chair opened the ⟦bpt1⟧session⟦ept1⟧.', 'approved', 'From the 2025 memory.'],
    ['شكراً لكم.', 'Thank you.', 'unreviewed', ''],
  ]);
  const csvProject = open('pairs.csv');
  for (const format of ['tmx', 'tsv', 'csv'] as const) {
    const [file] = exportPairs(csvProject, format, { all: true, toolVersion: 'test' });
    const again = projectFromBilingualBytes(new TextEncoder().encode(joinPieces(file.pieces)), `again${file.suffix}`);
    assert.deepEqual(pairs(again).map((pair) => pair.slice(0, 2)), pairs(csvProject).map((pair) => pair.slice(0, 2)), format);
  }
});

test('TSV with the English column first and CSV with quoted fields and a header are read by content', () => {
  assert.deepEqual(pairs(open('pairs.tsv')).map((pair) => pair.slice(0, 2)), [
    ['شكراً لكم.', 'Thank you.'],
    ['وافق المجلس على المشروع.', 'The council approved the project.'],
  ]);
  assert.deepEqual(pairs(open('pairs.csv')), [
    ['افتتح الرئيس الجلسة، ثم غادر.', 'The chair opened the session, then left.', 'approved', 'said "hello"'],
    ['شكراً لكم.', 'Thank you.', 'unreviewed', ''],
  ]);
});

test('a file that is not bilingual, or a broken XLIFF, is one clear error', () => {
  assert.throws(() => projectFromBilingualBytes(new TextEncoder().encode('just some text'), 'notes.txt'), /: Cannot import "notes.txt": it is not a bilingual file/);
  assert.throws(() => projectFromBilingualBytes(new TextEncoder().encode('<?xml version="1.0"?><xliff version="1.2"><file>'), 'cut.xlf'), /Cannot import "cut.xlf": it is not well-formed XML/);
});
