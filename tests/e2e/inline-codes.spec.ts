// Inline codes of an XLIFF in the English editor, over the real services: the
// codes are tokens the cursor cannot enter, Backspace/Delete step over them,
// deleting or typing over a selection that holds codes keeps them, and the
// XLIFF exported afterwards has every code back in place and is valid XML
// (xmllint) that translate-toolkit reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { runPython, xmllintProblems } from '../helpers/python';
import { REPO_ROOT } from './support/bridge';
import type { EditorPage } from './support/editor-page';
import { openBridgeForEachTest } from './support/sample-session';

const XLIFF = join(REPO_ROOT, 'tests', 'fixtures', 'bilingual', 'cat-1.2.xlf');

let dataDir: string;
let editor: EditorPage;

openBridgeForEachTest('inline-codes', (opened) => ({ dataDir, editor } = opened));

/** The English editor's text as the model holds it (placeholders as typed characters). */
function englishText(page: Page): Promise<string> {
  return page.locator('.english-editor .view-lines').innerText().then((text) => text.replace(/\u00a0/g, ' '));
}

async function openXliff(page: Page): Promise<void> {
  await editor.command('open-bilingual');
  const dialog = page.getByRole('dialog', { name: 'Open bilingual file' });
  await dialog.getByLabel('Bilingual file').setInputFiles(XLIFF);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => editor.rowCount()).toBe(4);
}

async function editEnglish(page: Page, editor: EditorPage, row: number): Promise<void> {
  await editor.selectRow(row);
  await page.locator('.english-editor .view-lines').click();
  await page.keyboard.press('Home');
}

test('typing and deleting in the English editor cannot break or delete an inline code; the exported XLIFF keeps every code', async ({ page }) => {
  await openXliff(page);

  // Unit 1: "The ⟦gb1⟧chair⟦/gb1⟧ opened the session at ten." Backspace from the end of the line
  // through everything: the text goes, the two codes stay, the cursor steps over them.
  await editEnglish(page, editor, 0);
  await expect(page.locator('.english-editor .inline-code-token')).toHaveText(['⟦gb1⟧', '⟦/gb1⟧']);
  await page.keyboard.press('End');
  for (let k = 0; k < 45; k++) await page.keyboard.press('Backspace');
  await expect.poll(() => englishText(page)).toBe('⟦gb1⟧⟦/gb1⟧');
  await expect(page.locator('.status-bar')).toContainText('Inline codes are kept');
  // The cursor is at the start; the arrow keys never stop inside a code.
  await page.keyboard.type('The ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('president');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(' opened the session.');
  await expect.poll(() => englishText(page)).toBe('The ⟦gb1⟧president⟦/gb1⟧ opened the session.');
  await page.screenshot({ path: join(REPO_ROOT, 'dist', 'inline-codes-editor.png') });
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.rowText(0, 'en')).toContain('president');

  // Unit 2: "See the table⟦xfn1⟧ on page ⟦php2⟧." A selection across both codes deleted,
  // then a selection over a code typed over: the codes stay whole.
  await editEnglish(page, editor, 1);
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  await expect.poll(() => englishText(page)).toBe('See ⟦xfn1⟧⟦php2⟧');
  // That deletion is one undo step, like any other.
  await page.keyboard.press('Control+z');
  await expect.poll(() => englishText(page)).toBe('See the table⟦xfn1⟧ on page ⟦php2⟧.');
  await page.keyboard.press('Control+y');
  await expect.poll(() => englishText(page)).toBe('See ⟦xfn1⟧⟦php2⟧');
  await page.keyboard.type('the chart');
  // A code selected and typed over: the code stays, the typing goes before it.
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type(',');
  await expect.poll(() => englishText(page)).toBe('See the chart⟦xfn1⟧,⟦php2⟧');
  // Ctrl+Delete word by word from the start, on through the codes: only text goes.
  await page.keyboard.press('Home');
  for (let k = 0; k < 8; k++) await page.keyboard.press('Control+Delete');
  await expect.poll(() => englishText(page)).toBe('⟦xfn1⟧⟦php2⟧');
  await page.keyboard.press('Home');
  await page.keyboard.type('See the chart');
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await expect.poll(() => englishText(page)).toBe('See the chart⟦xfn1⟧⟦php2⟧.');
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.rowText(1, 'en')).toContain('chart');

  // Export back to XLIFF: the codes are the file's own elements again.
  await editor.command('export');
  const dialog = page.getByRole('dialog', { name: 'Export pairs' });
  await dialog.getByRole('radio', { name: '(.xlf)', exact: false }).check();
  await dialog.getByRole('radio', { name: 'All pairs' }).check();
  const out = join(dataDir, 'reviewed.xlf');
  await dialog.getByLabel(/Output file/).fill(out);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.locator('.export-files')).toContainText(out);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const xml = readFileSync(out, 'utf8');
  expect(xml).toContain('<target state="translated">The <g id="b1" ctype="bold">president</g> opened the session.</target>');
  expect(xml).toContain('See the chart<x id="fn1" ctype="x-footnote"/><ph id="p2">{PAGE}</ph>.</target>');
  expect(xml).not.toContain('⟦');
  expect(xmllintProblems(xml)).toBe('');
  // translate-toolkit, as a CAT tool's import would, reads the targets with their codes.
  const targets = runPython(
    'import sys\nfrom translate.storage import xliff\n'
    + 'store = xliff.xlifffile.parsestring(sys.stdin.buffer.read())\n'
    + 'print("\\n".join(unit.target or "" for unit in store.units if unit.istranslatable()))',
    readFileSync(out, 'utf8'),
  );
  expect(targets).toContain('president');
  expect(targets).toContain('See the chart');
});

test('the Arabic field keeps inline codes whole too: Backspace through a sentence leaves its codes, and undo brings the text back', async ({ page }) => {
  await openXliff(page);
  await editor.selectRow(0);
  const arabic = page.locator('textarea.arabic-editor');
  const original = await arabic.inputValue();
  expect(original).toBe('افتتح ⟦gb1⟧الرئيس⟦/gb1⟧ الجلسة في الساعة العاشرة.');
  await arabic.click();
  await page.keyboard.press('Control+End');
  for (let k = 0; k < 45; k++) await page.keyboard.press('Backspace');
  await expect(arabic).toHaveValue('⟦gb1⟧⟦/gb1⟧');
  await expect(page.locator('.status-bar')).toContainText('Inline codes are kept');
  // A selection over a code typed over: the code stays.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('ب');
  await expect(arabic).toHaveValue('ب⟦gb1⟧⟦/gb1⟧');
  for (let k = 0; k < 60 && (await arabic.inputValue()) !== original; k++) await page.keyboard.press('Control+z');
  await expect(arabic).toHaveValue(original);
});
