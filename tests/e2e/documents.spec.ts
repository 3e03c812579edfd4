// Documents and bilingual files in the editor, over the real services: a Word
// file and a saved web page through New Project (report of what was kept and
// dropped), an XLIFF through Open Bilingual (toolbar, keyboard, drag and drop)
// with its inline codes as tokens, and Export Document (toolbar and keyboard).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { importDocument } from '../../main/core/documents/import';
import { REPO_ROOT } from './support/bridge';
import type { EditorPage } from './support/editor-page';
import { openBridgeForEachTest } from './support/sample-session';

const DOCUMENTS = join(REPO_ROOT, 'tests', 'fixtures', 'documents');
const XLIFF = join(REPO_ROOT, 'tests', 'fixtures', 'bilingual', 'cat-1.2.xlf');

let dataDir: string;
let editor: EditorPage;

openBridgeForEachTest('documents', (opened) => ({ dataDir, editor } = opened));

test('New Project takes a Word file and a saved web page and reports what each import kept and dropped', async ({ page }) => {
  await editor.command('new-project');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Arabic original file').setInputFiles(join(DOCUMENTS, 'seed-ar.docx'));
  await dialog.getByLabel('English translation file').setInputFiles(join(DOCUMENTS, 'seed-en.html'));
  await dialog.getByRole('button', { name: 'Create project' }).click();
  const report = page.getByRole('dialog', { name: 'Project created' });
  await expect(report.locator('table')).toContainText('Word');
  await expect(report.locator('table')).toContainText('web page');
  await expect(report.locator('.import-documents')).toContainText('seed-ar.docx: kept 21 paragraphs');
  await expect(report.locator('.import-documents')).toContainText(/seed-en\.html: kept 7 paragraphs, dropped \d+ lines of page furniture/);
  await page.screenshot({ path: join(REPO_ROOT, 'dist', 'documents-import-report.png') });
  await report.getByRole('button', { name: 'OK' }).click();
  await editor.waitForRows();
  const english = (await editor.projectInPage()).beads.map((bead) => bead.en.map((sentence) => sentence.text).join(' ')).join('\n');
  expect(english).toContain('Zamir Kabulov');
  expect(english).not.toContain('Our readers are reading too');
  expect(english).not.toContain('Leave a reply');
});

test('New Project takes two PDFs and two subtitle files (by keyboard): the report names the format, subtitles pair by cue time', async ({ page }) => {
  const create = async (ar: string, en: string, open = true) => {
    if (open) await editor.pressOnGrid('Control+n');
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Arabic original file').setInputFiles(join(DOCUMENTS, ar));
    await dialog.getByLabel('English translation file').setInputFiles(join(DOCUMENTS, en));
    await dialog.getByRole('button', { name: 'Create project' }).click();
    const report = page.getByRole('dialog', { name: 'Project created' });
    await expect(report.locator('table')).toBeVisible();
    return report;
  };
  let report = await create('seed-ar.pdf', 'seed-en.pdf');
  await expect(report.locator('table')).toContainText('PDF');
  await expect(report.locator('.import-documents')).toContainText(/seed-ar\.pdf: kept \d+ paragraphs/);
  await report.getByRole('button', { name: 'OK' }).click();
  await editor.waitForRows();
  let view = await editor.projectInPage();
  expect(view.beads.map((bead) => bead.en.map((sentence) => sentence.text).join(' ')).join('\n')).toContain('Zamir Kabulov');

  // The PDF project was never saved: New asks first.
  await editor.pressOnGrid('Control+n');
  await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Discard changes' }).click();
  report = await create('film-ar.srt', 'film-en.srt', false);
  await expect(report.locator('table')).toContainText('subtitles (SRT)');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect.poll(() => editor.rowCount()).toBe(10);
  view = await editor.projectInPage();
  const pairs = view.beads.map((bead) => [bead.ar.map((s) => s.text).join(' '), bead.en.map((s) => s.text).join(' ')]);
  expect(pairs).toContainEqual(['آه.', '']);
  expect(pairs).toContainEqual(['كنت عند خالتي، كانت مريضة.', "I was at my aunt's. She was ill."]);
});

test('Two Word files dropped on the window start a new project with them', async ({ page }) => {
  const files = ['seed-en.docx', 'seed-ar.docx'].map((name) => ({ name, base64: readFileSync(join(DOCUMENTS, name)).toString('base64') }));
  // A real drop event carrying both files, as the browser makes it for files dragged onto the window (English first: they are swapped).
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    for (const file of ${JSON.stringify(files)}) {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    }
    document.querySelector('.grid-canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  })()`);
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await expect(dialog).toContainText('seed-en.docx');
  await expect(dialog).toContainText('seed-ar.docx');
  await dialog.getByRole('button', { name: 'Create project' }).click();
  const report = page.getByRole('dialog', { name: 'Project created' });
  await expect(report.locator('.import-documents')).toContainText('seed-ar.docx: kept 21 paragraphs');
  await expect(report).toContainText('swapped');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect.poll(async () => (await editor.projectInPage()).name).toMatch(/seed-ar/);
});

test('Open Bilingual (toolbar) shows an XLIFF\'s units as pairs with inline codes as tokens, never as markup', async ({ page }) => {
  await editor.command('open-bilingual');
  const dialog = page.getByRole('dialog', { name: 'Open bilingual file' });
  await dialog.getByLabel('Bilingual file').setInputFiles(XLIFF);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => editor.rowCount()).toBe(4);
  const first = editor.row(0).locator('.cell-en');
  await expect(first.locator('.inline-code')).toHaveText(['gb1', '/gb1']);
  await expect(first).not.toContainText('<g');
  await expect(first).not.toContainText('⟦');
  await page.screenshot({ path: join(REPO_ROOT, 'dist', 'documents-bilingual.png') });
  const view = await editor.projectInPage();
  expect(view.beads.map((bead) => bead.status)).toEqual(['unreviewed', 'rejected', 'approved', 'unreviewed']);
});

test('Open Bilingual by keyboard and by dropping the file on the window', async ({ page }) => {
  await editor.pressOnGrid('Control+Shift+O');
  await expect(page.getByRole('dialog', { name: 'Open bilingual file' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Open bilingual file' }).getByRole('button', { name: 'Cancel' }).click();

  const content = readFileSync(XLIFF, 'utf8');
  // A real drop event carrying the file, as the browser makes it for a file dragged onto the window.
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([${JSON.stringify(content)}], 'dropped.xlf', { type: 'application/xml' }));
    document.querySelector('.grid-canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  })()`);
  // The sample project is unchanged, so no "discard changes?" question comes first.
  await expect.poll(() => editor.rowCount()).toBe(4);
  await expect(page.locator('.status-bar')).toContainText('Opened 4 pairs from dropped.xlf');
});

test('Export Document (toolbar and keyboard) writes the Arabic as Word and the English as text, in the source paragraphs', async ({ page }) => {
  await editor.command('export-document');
  let dialog = page.getByRole('dialog', { name: 'Export document' });
  await dialog.getByLabel('Arabic (as edited)').check();
  await dialog.getByLabel('Word document (.docx)').check();
  const docxPath = join(dataDir, 'sample-ar.docx');
  await dialog.getByLabel('Save to path').fill(docxPath);
  await page.screenshot({ path: join(REPO_ROOT, 'dist', 'documents-export.png') });
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.status-bar')).toContainText(`to ${docxPath}`);
  const word = await importDocument(readFileSync(docxPath), 'sample-ar.docx');
  expect(word.paragraphs?.every((paragraph) => paragraph.rtl)).toBe(true);
  const source = readFileSync(join(REPO_ROOT, 'assets', 'sample', 'putin-bases-taliban.ar.txt'), 'utf8');
  expect(word.text.split('\n\n')).toEqual(source.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean));

  await editor.pressOnGrid('Control+Shift+E');
  dialog = page.getByRole('dialog', { name: 'Export document' });
  await dialog.getByLabel('Plain text (.txt)').check();
  const textPath = join(dataDir, 'sample-en.txt');
  await dialog.getByLabel('Save to path').fill(textPath);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog).toBeHidden();
  expect(existsSync(textPath)).toBe(true);
  expect(readFileSync(textPath, 'utf8')).toBe(readFileSync(join(REPO_ROOT, 'assets', 'sample', 'putin-bases-taliban.en.txt'), 'utf8'));
});
