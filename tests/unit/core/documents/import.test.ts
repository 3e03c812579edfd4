// Documents as users have them, made by independent producers (pandoc,
// LibreOffice: tests/fixtures/documents/make.sh): what is kept, in what
// structure, and what is dropped; and each bad file's one clear message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDocument } from '../../../../main/core/documents/import';
import type { SourceDocument } from '../../../../main/core/project/types';
import { TextImportError } from '../../../../main/core/text/decode';
import { repoRoot } from '../../../helpers/paths';

const DOCUMENTS = path.join(repoRoot(), 'tests', 'fixtures', 'documents');

function load(name: string, asName = name): Promise<SourceDocument> {
  return importDocument(fs.readFileSync(path.join(DOCUMENTS, name)), asName);
}

function paragraphTexts(document: SourceDocument): { text: string; kind: string; rtl?: boolean; style?: string }[] {
  return (document.paragraphs ?? []).map((p) => ({ text: document.text.slice(p.start, p.end), kind: p.kind, rtl: p.rtl, style: p.style }));
}

async function refused(name: string, problem: string, message: RegExp, bytes?: Uint8Array): Promise<void> {
  await assert.rejects(importDocument(bytes ?? fs.readFileSync(path.join(DOCUMENTS, name)), name), (error: unknown) => {
    assert.ok(error instanceof TextImportError, String(error));
    assert.equal(error.problem, problem);
    assert.ok(error.message.startsWith(`Cannot import "${name}": `), error.message);
    assert.match(error.message, message);
    return true;
  });
}

for (const [name, format] of [['features-ar.docx', 'docx'], ['features-ar.odt', 'odt']] as const) {
  test(`${format}: headings, list items and table cells are paragraphs, right-to-left kept, the footnote apart at the end`, async () => {
    const document = await load(name);
    assert.equal(document.format, format);
    const paragraphs = paragraphTexts(document);
    assert.deepEqual(paragraphs.map((p) => p.text), [
      'تقرير الاجتماع',
      'افتتح الرئيس الجلسة في الساعة العاشرة صباحاً. وناقش الأعضاء جدول الأعمال. ثم انتقلوا إلى البند الثاني.',
      'البند الأول: الميزانية السنوية.',
      'البند الثاني: خطة التوظيف.',
      'المدينة', 'عدد السكان', 'القاهرة', 'عشرون مليوناً',
      // "ال**مشر**وع": three runs of one word stay one word.
      'وافق المجلس على المشروع بالإجماع.',
      'بتوقيت القاهرة المحلي.',
    ]);
    assert.deepEqual(paragraphs.map((p) => p.kind), [
      'heading', 'paragraph', 'list-item', 'list-item', 'table-cell', 'table-cell', 'table-cell', 'table-cell', 'paragraph', 'footnote',
    ]);
    assert.ok(paragraphs.filter((p) => p.kind !== 'footnote').every((p) => p.rtl === true), 'every body paragraph is right-to-left');
    // The footnote mark is not glued into the sentence.
    assert.ok(!/صباحاً\.\s*1/.test(document.text));
    assert.deepEqual(document.importReport, { paragraphs: 10, footnotes: 1, dropped: [] });
    assert.ok(document.text.split('\n\n').length === 10, 'paragraphs are separated by one blank line');
  });
}

test('docx: the paragraph style id is kept; a soft line break is a line break', async () => {
  const features = paragraphTexts(await load('features-ar.docx'));
  assert.equal(features[0].style, 'Heading1');
  const seed = await load('seed-ar.docx');
  assert.ok(seed.text.startsWith('أخبار عاجلة\nالرئيسية / الأخبار'), seed.text.slice(0, 40));
});

test('a Word file named .txt is still read as Word (the format comes from the content)', async () => {
  const document = await load('seed-en.docx', 'renamed.txt');
  assert.equal(document.format, 'docx');
  assert.ok(document.text.includes('Zamir Kabulov'));
});

test('html: the article and its headline are kept, the page furniture around it dropped', async () => {
  for (const [name, headline, furniture] of [
    ['seed-ar.html', 'للتجسس على طالبان.. بوتين يعرض على واشنطن قواعده', ['اترك رد', 'الأكثر قراءة', 'ملفات تعريف الارتباط', 'أخبار عاجلة', 'الرئيسية', 'جميع الحقوق محفوظة', 'dataLayer', 'شاهد أيضاً']],
    ['seed-en.html', 'Title: "To Spy on the Taliban, Putin Offers His Bases to Washington"', ['Our readers are reading too', 'Most read', 'cookies', 'Leave a reply', 'Breaking', 'All rights reserved', 'gtag', 'Newsletter']],
  ] as const) {
    const document = await load(name);
    assert.equal(document.format, 'html');
    const paragraphs = paragraphTexts(document);
    assert.equal(paragraphs[0].text, headline);
    assert.equal(paragraphs[0].kind, 'heading');
    for (const line of furniture) assert.ok(!document.text.includes(line), `${name} keeps "${line}"`);
    const dropped = document.importReport?.dropped.find((item) => item.what === 'lines of page furniture');
    assert.ok(dropped && dropped.count >= 20, JSON.stringify(document.importReport));
  }
  const ar = await load('seed-ar.html');
  assert.ok(ar.text.includes('زامير كابولوف'));
  assert.ok(paragraphTexts(ar).every((p) => p.rtl), 'the page is dir=rtl');
});

test('a saved page named .txt is read as a web page, not as markup', async () => {
  const document = await load('seed-en.html', 'page.txt');
  assert.equal(document.format, 'html');
  assert.ok(!document.text.includes('<p>'));
});

test('pdf: paragraphs rebuilt from the lines, footnote marks dropped, presentation forms and the lam-alef ligature restored', async () => {
  const english = paragraphTexts(await load('features-en.pdf'));
  assert.equal(english[0].text, 'Meeting report');
  assert.equal(english[0].kind, 'heading');
  assert.equal(english[1].text, 'The chair opened the session at ten in the morning. The members discussed the agenda. Then they moved to the second item.');
  assert.deepEqual(english.filter((p) => p.kind === 'list-item').map((p) => p.text), ['Item one: the annual budget.', 'Item two: the hiring plan.']);
  assert.ok(english.some((p) => p.text === 'The council approved the project unanimously.'));
  const arabic = await load('features-ar.pdf');
  assert.equal(paragraphTexts(arabic)[0].text, 'تقرير الاجتماع');
  assert.ok(arabic.text.includes('وناقش الأعضاء جدول الأعمال.'), arabic.text);
  assert.ok(!/[\ufb50-\ufdff\ufe70-\ufeff]/.test(arabic.text), 'no presentation forms left');
  assert.ok(arabic.importReport?.dropped.some((item) => item.what === 'footnote marks' && item.count === 2));
  // The lam-alef ligature inside words (pdf.js alone gives "خالل", "الفروف", "الواليات").
  const seed = await load('seed-ar.pdf');
  for (const word of ['خلال', 'لافروف', 'الولايات', 'فلاديمير', 'السلام', 'لاستخدام', 'عرضاً', 'إطلاقها']) assert.ok(seed.text.includes(word), word);
  for (const broken of ['خالل', 'الفروف', 'الواليات', 'فالديمير', 'السالم']) assert.ok(!seed.text.includes(broken), broken);
});

test('pdf: table cells as paragraphs (a wrapped cell joined), footnotes kept apart, a paragraph across a page break with notes between stays whole', async () => {
  const english = paragraphTexts(await load('features-en.pdf'));
  assert.deepEqual(english.filter((p) => p.kind === 'table-cell').map((p) => p.text), ['City', 'Population', 'Cairo', 'twenty million']);
  assert.deepEqual(english.filter((p) => p.kind === 'footnote').map((p) => p.text), ['Local time in Cairo.']);
  assert.ok(!english.some((p) => p.kind !== 'footnote' && p.text.includes('Local time')), 'the note is not in the body');
  const arabic = paragraphTexts(await load('features-ar.pdf'));
  // Cells in reading order, right to left ("القاهرة" keeps the stray tanween LibreOffice draws before it).
  const cells = arabic.filter((p) => p.kind === 'table-cell').map((p) => p.text);
  assert.deepEqual(cells.slice(0, 3), ['عدد السكان', 'المدينة', 'عشرون مليونا']);
  assert.match(cells[3], /^\p{M}?القاهرة$/u);
  assert.equal(cells.length, 4);
  assert.deepEqual(arabic.filter((p) => p.kind === 'list-item').map((p) => p.text), ['البند الأول: الميزانية السنوية.', 'البند الثاني: خطة التوظيف.']);
  assert.deepEqual(arabic.filter((p) => p.kind === 'footnote').map((p) => [p.text, p.rtl]), [['بتوقيت القاهرة المحلي.', true]]);
  assert.ok(arabic.some((p) => p.kind === 'paragraph' && p.text === 'وافق المجلس على المشروع بالإجماع.'), 'the line under the table is no cell');

  // Two pages (pandoc then LibreOffice): two notes at the foot of page 1, in the middle of paragraph "Report 4".
  const document = await load('notes-en.pdf');
  const notes = paragraphTexts(document);
  assert.deepEqual(notes.filter((p) => p.kind === 'table-cell').map((p) => p.text),
    ['Item', 'Decision', 'Budget', 'Approved after a long debate about the travel costs of the regional offices.', 'Hiring', 'Postponed.']);
  assert.deepEqual(notes.filter((p) => p.kind === 'footnote').map((p) => p.text),
    ['In March and in October.', 'The office opens next spring, if the lease is signed in time for the move.']);
  const reports = notes.filter((p) => p.text.includes('committee'));
  assert.equal(reports.length, 9);
  for (const [k, report] of reports.entries()) {
    assert.ok(report.text.startsWith(`Report ${k + 1}. `) && report.text.endsWith('the coming year.') && report.kind === 'paragraph', report.text);
  }
  assert.equal(document.importReport?.footnotes, 2);
  // After the body, as for Word files: never glued into a sentence.
  assert.ok(document.text.endsWith('In March and in October.\n\nThe office opens next spring, if the lease is signed in time for the move.'));
});

test('markdown: headings, list items, table cells and footnotes; inline markup removed', async () => {
  const paragraphs = paragraphTexts(await load('features-en.md'));
  assert.deepEqual(paragraphs.map((p) => [p.kind, p.text]), [
    ['heading', 'Meeting report'],
    ['paragraph', 'The chair opened the session at ten in the morning. The members discussed the agenda.\nThen they moved to the second item.'],
    ['list-item', 'Item one: the annual budget.'],
    ['list-item', 'Item two: the hiring plan.'],
    ['table-cell', 'City'], ['table-cell', 'Population'], ['table-cell', 'Cairo'], ['table-cell', 'twenty million'],
    ['paragraph', 'The council approved the project unanimously.'],
    ['footnote', 'Local time in Cairo.'],
  ]);
});

test('markdown grid tables (pandoc): each cell is one paragraph with its wrapped lines joined; the borders are not text', async () => {
  const paragraphs = paragraphTexts(await load('notes-en.md')).slice(0, 6);
  assert.deepEqual(paragraphs.map((p) => [p.kind, p.text]), [
    ['heading', 'Annual review'],
    ['paragraph', 'The board met twice this year. Its members reviewed the accounts and the plans for the new office.'],
    ['table-cell', 'Item'], ['table-cell', 'Decision'],
    ['table-cell', 'Budget'], ['table-cell', 'Approved after a long debate about the travel costs of the regional offices.'],
  ]);
  const rest = paragraphTexts(await load('notes-en.md')).slice(6);
  assert.deepEqual(rest.slice(0, 2).map((p) => [p.kind, p.text]), [['table-cell', 'Hiring'], ['table-cell', 'Postponed.']]);
  assert.ok(rest.every((p) => !/^[+|=-]/.test(p.text)), 'no border line is text');
});

test('subtitles: each cue is a paragraph with its times; numbers, timings and tags are not text', async () => {
  const srt = '1\n00:00:01,000 --> 00:00:03,500\n<i>Hello</i> there.\n\n2\n00:00:04,000 --> 00:00:06,000\nSecond line\nwraps here.\n';
  const document = await importDocument(new TextEncoder().encode(srt), 'film.srt');
  assert.equal(document.format, 'srt');
  assert.deepEqual((document.paragraphs ?? []).map((p) => [document.text.slice(p.start, p.end), p.kind, p.time]), [
    ['Hello there.', 'cue', [1000, 3500]],
    ['Second line\nwraps here.', 'cue', [4000, 6000]],
  ]);
  const vtt = 'WEBVTT\n\nNOTE a comment\n\n00:01.000 --> 00:02.000\n<v Huda>مرحبا</v>\n';
  const fromVtt = await importDocument(new TextEncoder().encode(vtt), 'film.vtt');
  assert.equal(fromVtt.text, 'مرحبا');
  assert.deepEqual(fromVtt.paragraphs?.[0].time, [1000, 2000]);
});

test('an old .doc, an .rtf, a damaged .docx, an empty document, a scan, a locked PDF: one clear message each', async () => {
  await refused('features-en.doc', 'unsupported-format', /old binary Word file \(\.doc\).*save it as \.docx/);
  await refused('features-en.rtf', 'unsupported-format', /RTF file.*save it as \.docx/);
  await refused('corrupt.docx', 'corrupt', /damaged: not a complete ZIP archive/);
  await refused('empty.docx', 'no-text', /no text was found/);
  await refused('scan.pdf', 'no-text', /no text layer.*scan/);
  await refused('locked.pdf', 'encrypted', /password-protected/);
});

test('a password-protected Word file (an encrypted package in a compound file) says so', async () => {
  // The shape Office gives an encrypted .docx: the compound-file signature and an EncryptedPackage stream name (UTF-16).
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]), 1024);
  await refused('secret.docx', 'encrypted', /password-protected/, bytes);
});

test('a bilingual XLIFF given as one side is sent to the bilingual import', async () => {
  const xliff = '<?xml version="1.0"?><xliff version="1.2"><file source-language="ar" target-language="en" datatype="plaintext" original="x"><body/></file></xliff>';
  await refused('pairs.xlf', 'unsupported-format', /bilingual XLIFF file.*muqabala import/, new TextEncoder().encode(xliff));
});
