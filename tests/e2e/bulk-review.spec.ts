// Several rows selected at once (Shift+click, Ctrl+click, Shift+J/K,
// Shift+Up/Down, Ctrl+A) and reviewed together: each bulk approve / reject /
// reset is one engine operation, so one undo takes it back. Keyboard, mouse
// and toolbar paths, over the real services.
import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('bulk', (opened) => ({ dataDir, server, editor } = opened));

const selectedRows = (page: Page) => page.locator('.grid-canvas .row[aria-selected="true"]');

async function statuses(): Promise<string[]> {
  return (await editor.projectInPage()).beads.map((bead) => bead.status);
}

test('Shift+click selects a range; A approves it all in one step and one Ctrl+Z undoes it', async ({ page }) => {
  await editor.selectRow(1);
  await editor.row(4).locator('.gutter').click({ modifiers: ['Shift'] });
  await expect(selectedRows(page)).toHaveCount(4);
  await expect(editor.grid).toHaveAttribute('aria-multiselectable', 'true');
  await page.keyboard.press('a');
  await expect.poll(statuses).toEqual(expect.arrayContaining(['approved']));
  const after = await statuses();
  expect(after.slice(0, 6)).toEqual(['unreviewed', 'approved', 'approved', 'approved', 'approved', 'unreviewed']);
  await expect(page.locator('.history-label')).toHaveText('Undo: Approve 4 pairs');
  await expect(page.locator('.review-count')).toHaveText(/^4 \/ \d+ reviewed$/);
  // The selection stays for a second bulk action.
  await expect(selectedRows(page)).toHaveCount(4);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await statuses()).every((status) => status === 'unreviewed')).toBe(true);
  await expect(page.locator('.history-label')).toHaveText('');

  // A plain click ends the multi-row selection.
  await editor.row(2).locator('.gutter').click();
  await expect(selectedRows(page)).toHaveCount(1);
});

test('Ctrl+click adds and removes single rows; the toolbar Reject acts on exactly those', async ({ page }) => {
  await editor.selectRow(0);
  await editor.row(2).locator('.gutter').click({ modifiers: ['Control'] });
  await editor.row(5).locator('.gutter').click({ modifiers: ['Control'] });
  await expect(selectedRows(page)).toHaveCount(3);
  await editor.row(5).locator('.gutter').click({ modifiers: ['Control'] });
  await expect(selectedRows(page)).toHaveCount(2);
  await editor.command('reject');
  await expect.poll(async () => (await statuses()).slice(0, 6)).toEqual(['rejected', 'unreviewed', 'rejected', 'unreviewed', 'unreviewed', 'unreviewed']);
  await expect(page.locator('.history-label')).toHaveText('Undo: Reject 2 pairs');
  await editor.command('undo');
  await expect.poll(async () => (await statuses()).slice(0, 6).every((status) => status === 'unreviewed')).toBe(true);
});

test('Shift+J / Shift+Down extend from the keyboard, Shift+K / Shift+Up shrink; R then U reset in one step', async ({ page }) => {
  await editor.selectRow(3);
  await editor.pressOnGrid('Shift+J');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(selectedRows(page)).toHaveCount(4);
  await page.keyboard.press('Shift+K');
  await expect(selectedRows(page)).toHaveCount(3);
  await expect(editor.selectedRow().filter({ has: page.locator('.row-number', { hasText: /^6$/ }) })).toHaveCount(1);
  await page.keyboard.press('r');
  await expect.poll(async () => (await statuses()).slice(2, 7)).toEqual(['unreviewed', 'rejected', 'rejected', 'rejected', 'unreviewed']);
  await page.keyboard.press('u');
  await expect.poll(async () => (await statuses()).every((status) => status === 'unreviewed')).toBe(true);
  await expect(page.locator('.history-label')).toHaveText('Undo: Reset status of 3 pairs');
  // Up from a plain selection collapses again.
  await page.keyboard.press('ArrowUp');
  await expect(selectedRows(page)).toHaveCount(1);
  await page.keyboard.press('Shift+ArrowUp');
  await expect(selectedRows(page)).toHaveCount(2);
});

test('Ctrl+A selects the pairs a filter shows, and Space approves exactly those', async ({ page }) => {
  const confidence = page.getByRole('combobox', { name: 'Show pairs with confidence' });
  await confidence.selectOption('0.75');
  const shown = await editor.rowCount();
  expect(shown).toBeGreaterThan(1);
  await editor.pressOnGrid('Control+a');
  await expect(selectedRows(page)).toHaveCount(shown);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await statuses()).filter((status) => status === 'approved').length).toBe(shown);
  // Only the pairs shown (confidence below 0.75) were approved.
  for (const bead of (await editor.projectInPage()).beads) expect(bead.status === 'approved').toBe(bead.confidence < 0.75);
  await expect(page.locator('.history-label')).toHaveText(`Undo: Approve ${shown} pairs`);
});
