// The right-click menu on a pair: its items run their command (by mouse and by
// keyboard), what cannot run on the pair is shown disabled with the reason,
// and focus goes back to the list afterwards.
import { expect, test } from './support/test';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('context-menu', (opened) => ({ dataDir, server, editor } = opened));

test('clicking a context-menu item runs it, closes the menu and leaves focus on the list', async ({ page }) => {
  const count = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const [en0, en1] = [await editor.rowText(i, 'en'), await editor.rowText(i + 1, 'en')];

  const menu = await editor.openContextMenu(i);
  await menu.getByRole('menuitem', { name: /Merge with next pair/ }).click();
  await expect(menu).toBeHidden();
  await expect.poll(() => editor.rowCount()).toBe(count - 1);
  expect(await editor.rowText(i, 'en')).toBe(`${en0} ${en1}`);
  await expect(editor.grid).toBeFocused();
});

test('Enter on a context-menu item runs it; Escape closes the menu and returns to the list', async ({ page }) => {
  const i = await editor.firstTwoOneToOne();
  let menu = await editor.openContextMenu(i);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(editor.grid).toBeFocused();

  menu = await editor.openContextMenu(i);
  // Down to "Approve" from the first item (disabled items too take focus, as menus do), then Enter.
  const approve = menu.getByRole('menuitem', { name: /^Approve/ });
  const labels = await menu.getByRole('menuitem').allInnerTexts();
  const steps = labels.findIndex((label) => label.startsWith('Approve'));
  for (let step = 0; step < steps; step++) await page.keyboard.press('ArrowDown');
  await expect(approve).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(editor.row(i).locator('.status')).toHaveAttribute('aria-label', 'Approved');
  await expect(editor.grid).toBeFocused();
});

test('the context menu opens from the keyboard (Shift+F10 and the Menu key) on the selected pair', async ({ page }) => {
  const i = await editor.firstTwoOneToOne();
  await editor.selectRow(i);
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Pair actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor.grid).toBeFocused();
});

test('items that cannot run on the pair are disabled, say why, and do nothing when clicked', async ({ page }) => {
  const count = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const menu = await editor.openContextMenu(i);
  const deleteEmpty = menu.getByRole('menuitem', { name: /Delete empty pair/ });
  await expect(deleteEmpty).toHaveAttribute('aria-disabled', 'true');
  await expect(deleteEmpty).toHaveAttribute('title', /no sentences/);
  await expect(menu.getByRole('menuitem', { name: /Merge with next pair/ })).not.toHaveAttribute('aria-disabled', 'true');
  // The pair is unreviewed: resetting it has nothing to do.
  await expect(menu.getByRole('menuitem', { name: /Reset to unreviewed/ })).toHaveAttribute('aria-disabled', 'true');
  await deleteEmpty.click({ force: true });
  await expect(menu).toBeVisible();
  expect(await editor.rowCount()).toBe(count);
  await page.keyboard.press('Escape');

  // The last pair has nothing to merge with.
  await editor.pressOnGrid('End');
  const last = count - 1;
  const lastMenu = await editor.openContextMenu(last);
  await expect(lastMenu.getByRole('menuitem', { name: /Merge with next pair/ })).toHaveAttribute('aria-disabled', 'true');
  await expect(lastMenu.getByRole('menuitem', { name: /Move last English sentence to next pair/ })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  // An empty pair can be deleted, from the menu.
  await editor.pressOnGrid('Home');
  await editor.selectRow(i);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => editor.rowCount()).toBe(count + 1);
  const emptyMenu = await editor.openContextMenu(i + 1);
  await emptyMenu.getByRole('menuitem', { name: /Delete empty pair/ }).click();
  await expect.poll(() => editor.rowCount()).toBe(count);
});
