// Focus is always somewhere visible and useful: never left on the page body
// after leaving a field, clicking the toolbar or closing the context menu, and
// the pair list is one Tab stop.
import { expect, test } from './support/test';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('focus', (opened) => ({ dataDir, server, editor } = opened));

test('the pair list is one Tab stop: Tab goes from it straight to the pair editor', async ({ page }) => {
  await editor.grid.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('.grid-body')).not.toBeFocused();
  await expect(page.getByRole('button', { name: 'Show changes' })).toBeFocused();
});

test('a click on a row leaves focus on the list itself', async ({ page }) => {
  await editor.row(2).locator('.cell-en').click();
  await expect(editor.grid).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show changes' })).toBeFocused();
});

test('Tab out of the Arabic field lands on the list, not on the page body', async ({ page }) => {
  await editor.selectRow(3);
  const field = page.getByRole('textbox', { name: /Arabic text of the selected pair/ });
  await field.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('body')).not.toBeFocused();
  await expect(editor.grid).toBeFocused();
  await page.keyboard.press('j');
  await expect(editor.row(4)).toHaveAttribute('aria-selected', 'true');
});

test('after a click on empty space and a toolbar button, the review keys still reach the list', async ({ page }) => {
  await editor.selectRow(2);
  await page.locator('.status-bar').click();
  await editor.command('approve');
  await expect(editor.row(2).locator('.status')).toHaveAttribute('aria-label', 'Approved');
  await expect(page.locator('body')).not.toBeFocused();
  await page.keyboard.press('j');
  await expect(editor.row(3)).toHaveAttribute('aria-selected', 'true');
});

test('closing the context menu by clicking elsewhere leaves focus on the list', async ({ page }) => {
  const menu = await editor.openContextMenu(2);
  await page.locator('.status-bar').click();
  await expect(menu).toBeHidden();
  await expect(editor.grid).toBeFocused();
});

test('Enter before the English editor has loaded: the keys that follow wait in the English pane, not on the list', async ({ page }) => {
  // Monaco arrives after the list (a slow disk or a busy machine): hold it back.
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/chunks/monaco-setup*', async (route) => { await held; await route.continue(); });
  await page.reload();
  await editor.waitForRows();
  await editor.selectRow(2);
  await editor.pressOnGrid('Enter');
  // A review key meant as text must not approve the pair.
  await page.keyboard.press('a');
  await expect(page.locator('.english-editor-placeholder')).toBeFocused();
  release();
  await expect(page.locator('.english-editor .monaco-editor.focused')).toHaveCount(1);
  await expect(editor.row(2).locator('.status')).not.toHaveAttribute('aria-label', 'Approved');
  expect((await editor.projectInPage()).beads[2].status).toBe('unreviewed');
});
