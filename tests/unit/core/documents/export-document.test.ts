// One side of a project written back as a document: unedited it gives the
// source's paragraphs (a plain text byte for byte), edits land in their
// paragraph, Word output keeps the source's styles and right-to-left
// paragraphs and reads back in pandoc (an independent reader).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { editedDocument } from '../../../../main/core/documents/edited-document';
import { importDocument } from '../../../../main/core/documents/import';
import { writeDocument } from '../../../../main/core/documents/write-document';
import { buildProject } from '../../../../main/core/pipeline';
import type { SourceDocument } from '../../../../main/core/project/types';
import { readTextFile } from '../../../../main/services/text-file';
import { parseProject, serializeProject } from '../../../../main/core/project/file';
import { strFromU8, unzipSync } from 'fflate';
import { repoRoot } from '../../../helpers/paths';

const DOCUMENTS = path.join(repoRoot(), 'tests', 'fixtures', 'documents');
const SAMPLE = path.join(repoRoot(), 'assets', 'sample');

function paragraphTexts(document: SourceDocument): string[] {
  return (document.paragraphs ?? []).map((p) => document.text.slice(p.start, p.end));
}

async function docxProject() {
  const ar = await readTextFile(path.join(DOCUMENTS, 'seed-ar.docx'));
  const en = await readTextFile(path.join(DOCUMENTS, 'seed-en.docx'));
  return { ar, en, project: buildProject({ name: 'docx', first: ar, second: en }).project };
}

test('an unedited project from Word files exports the source paragraphs unchanged, as .txt, .docx and .html', async () => {
  const { ar, en, project } = await docxProject();
  for (const [side, source] of [['ar', ar], ['en', en]] as const) {
    const document = editedDocument(project, side);
    assert.deepEqual(document.paragraphs.map((p) => p.text), paragraphTexts(source), side);
    const text = writeDocument(document, 'txt', 'x') as string;
    assert.deepEqual(text.trimEnd().split('\n\n'), paragraphTexts(source));
    const docx = writeDocument(document, 'docx', 'x') as Uint8Array;
    const again = await importDocument(docx, `again-${side}.docx`);
    assert.deepEqual(paragraphTexts(again), paragraphTexts(source), `${side} .docx re-imported`);
    // The source's style ids where it had them, right to left for Arabic.
    assert.deepEqual(again.paragraphs?.map((p) => p.style), source.paragraphs?.map((p) => p.style));
    assert.ok(again.paragraphs?.every((p) => Boolean(p.rtl) === (side === 'ar')));
    const html = writeDocument(document, 'html', 'x') as string;
    const fromHtml = await importDocument(new TextEncoder().encode(html), `again-${side}.html`);
    assert.deepEqual(paragraphTexts(fromHtml), paragraphTexts(source), `${side} .html re-imported`);
  }
});

test('pandoc reads the exported Word file: same paragraphs, heading kept as a heading', async () => {
  const { project } = await docxProject();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muqabala-docx-'));
  try {
    const file = path.join(dir, 'en.docx');
    fs.writeFileSync(file, writeDocument(editedDocument(project, 'en'), 'docx', 'x'));
    const markdown = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', file], { encoding: 'utf8' });
    assert.match(markdown, /^# Title: \\"To Spy on the Taliban, Putin Offers His Bases to Washington\\"$/m);
    assert.match(markdown, /^The Director of the Second Asian Department/m);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a .docx export from a Word source carries the source\'s own style definitions (kept in the saved project too); pandoc reads the heading and the right-to-left text', async () => {
  const ar = await readTextFile(path.join(DOCUMENTS, 'features-ar.docx'));
  const en = await readTextFile(path.join(DOCUMENTS, 'features-en.docx'));
  const built = buildProject({ name: 'features', first: ar, second: en }).project;
  // Through a saved project file, as the CLI's export reads it.
  const project = parseProject(serializeProject(built), 'features.muqabala');
  const docx = writeDocument(editedDocument(project, 'ar'), 'docx', 'x') as Uint8Array;
  const parts = unzipSync(docx);
  const exported = strFromU8(parts['word/styles.xml']);
  const source = strFromU8(unzipSync(fs.readFileSync(path.join(DOCUMENTS, 'features-ar.docx')))['word/styles.xml']);
  const used = [...new Set([...strFromU8(parts['word/document.xml']).matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]))];
  assert.ok(used.includes('Heading1') && used.includes('Compact') && used.includes('FootnoteText'), used.join(' '));
  const definition = (xml: string, id: string) => new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(xml)?.[0];
  for (const id of used) {
    const own = definition(source, id);
    if (own) assert.equal(definition(exported, id), own, `${id} as the source defines it`);
    else assert.ok(definition(exported, id), `${id} defined`);
  }
  // The source's defaults (type size 12 pt, Arabic) come along.
  assert.match(exported, /<w:docDefaults>[\s\S]*<w:sz w:val="24" \/>[\s\S]*<\/w:docDefaults>/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muqabala-docx-styles-'));
  try {
    const file = path.join(dir, 'ar.docx');
    fs.writeFileSync(file, docx);
    const html = execFileSync('pandoc', ['-f', 'docx', '-t', 'html', file], { encoding: 'utf8' });
    assert.match(html, /<h1[^>]*><span dir="rtl">تقرير الاجتماع<\/span><\/h1>/);
    assert.match(html, /<span dir="rtl">وافق المجلس على المشروع بالإجماع.<\/span>/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a plain-text project exports its text byte for byte when unedited; an edit lands in its own paragraph', async () => {
  const ar = await readTextFile(path.join(SAMPLE, 'putin-bases-taliban.ar.txt'));
  const en = await readTextFile(path.join(SAMPLE, 'putin-bases-taliban.en.txt'));
  const { project } = buildProject({ name: 'text', first: ar, second: en });
  assert.equal(writeDocument(editedDocument(project, 'en'), 'txt', 'x'), en.text);
  assert.equal(writeDocument(editedDocument(project, 'ar'), 'txt', 'x'), ar.text);
  const bead = project.beads.find((candidate) => candidate.en.some((sentence) => sentence.text.startsWith('The Kremlin offered')));
  assert.ok(bead);
  const sentence = bead.en.find((candidate) => candidate.text.startsWith('The Kremlin offered'));
  assert.ok(sentence);
  sentence.text = 'The Kremlin offered Washington the use of its bases.';
  const edited = writeDocument(editedDocument(project, 'en'), 'txt', 'x') as string;
  assert.equal(edited, en.text.replace('The Kremlin offered the U.S. the use of its military bases in Central Asia to gather intelligence from Afghanistan.', 'The Kremlin offered Washington the use of its bases.'));
  assert.notEqual(edited, en.text);
});
