// The statistics view (Ctrl+I or the toolbar) over the real services, and
// "No counterpart" from the keyboard alone (Ctrl+Shift+D asks which first/last
// sentence when none was pointed at).
import { expect, test } from './support/test';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('stats', (opened) => ({ dataDir, server, editor } = opened));

test('Statistics shows pairs by type and status, edits, words changed against the import, confidence and match score', async ({ page }) => {
  const { beads } = await editor.projectInPage();
  const i = await editor.firstTwoOneToOne();
  // Approve one pair, then change one English word of another.
  await editor.selectRow(i);
  await page.keyboard.press('a');
  await editor.selectRow(i + 1);
  const words = beads[i + 1].en[0].text.split(' ');
  await editor.editEnglish();
  // Ctrl+A keeps its text meaning in the editor (it selects all pairs only in the list).
  await page.keyboard.press('Control+a');
  // insertText: typed quotes would be auto-closed by the editor.
  await page.keyboard.insertText(['Changed', ...words.slice(1)].join(' '));
  await page.keyboard.press('Escape');
  await expect(page.locator('.history-label')).toHaveText('Undo: Edit English');

  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Project statistics' });
  await expect(dialog).toBeVisible();
  const cell = (table: string, row: string) => dialog.locator(`${table} tr`, { has: page.locator(`th:text-is("${row}")`) }).locator('td').first();
  await expect(cell('.stats-summary', 'Pairs')).toHaveText(String(beads.length));
  await expect(cell('.stats-summary', 'Edited pairs')).toHaveText(/^1 \(\d+%\)$/);
  await expect(cell('.stats-summary', 'Words changed (word edit distance to en_original)')).toHaveText(/^1 \(/);
  const importedWords = beads.reduce((sum, bead) => sum + bead.en.map((s) => s.original).join(' ').split(/\s+/).filter(Boolean).length, 0);
  await expect(cell('.stats-summary', 'English words as imported')).toHaveText(String(importedWords));
  await expect(cell('.stats-summary', 'Match score of the two texts')).toHaveText(/^\d\.\d\d$/);
  await expect(cell('.stats-status', 'Approved')).toHaveText('1');
  await expect(cell('.stats-status', 'Unreviewed')).toHaveText(String(beads.length - 1));
  const oneToOne = beads.filter((bead) => bead.ar.length === 1 && bead.en.length === 1).length;
  await expect(cell('.stats-types', '1-1')).toHaveText(String(oneToOne));
  // The histogram's ten bands add up to every pair.
  const counts = await dialog.locator('.histogram tr td:last-child').allInnerTexts();
  expect(counts).toHaveLength(10);
  expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(beads.length);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The toolbar path.
  await editor.command('statistics');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('No counterpart works from the keyboard: Ctrl+Shift+D asks which first/last sentence and detaches it', async ({ page }) => {
  const i = await editor.firstTwoOneToOne();
  const { beads } = await editor.projectInPage();
  const count = beads.length;
  // Reach the pair by keyboard only.
  await editor.grid.focus();
  await page.keyboard.press('Home');
  for (let k = 0; k < i; k++) await page.keyboard.press('j');
  await page.keyboard.press('Control+Shift+d');
  const dialog = page.getByRole('dialog', { name: 'Which sentence has no counterpart?' });
  await expect(dialog).toBeVisible();
  const choices = dialog.getByRole('button', { name: /sentence:/ });
  await expect(choices).toHaveText([/^The English sentence: /, /^The Arabic sentence: /]);
  await expect(choices.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(choices.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.rowCount()).toBe(count + 1);
  // The Arabic sentence became a 1-0 pair of its own, before the 0-1 that is left.
  const after = (await editor.projectInPage()).beads;
  expect([after[i].ar.length, after[i].en.length]).toEqual([1, 0]);
  expect([after[i + 1].ar.length, after[i + 1].en.length]).toEqual([0, 1]);
  await expect(editor.grid).toBeFocused();

  // Cancel does nothing; the toolbar's Detach asks the same way.
  await page.keyboard.press('Control+z');
  await expect.poll(() => editor.rowCount()).toBe(count);
  await editor.selectRow(i);
  await editor.command('detach-sentence');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await editor.rowCount()).toBe(count);
});
