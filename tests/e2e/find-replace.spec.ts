// Find (highlights in both columns, next / previous match), Find and Replace in
// the English (one match, or all in one undo step) and Go to pair, each by
// keyboard and by toolbar, on the sample project over the real services.
import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';
import { paintedHighlights } from './support/find-highlights';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('find', (opened) => ({ dataDir, server, editor } = opened));

const search = (page: Page) => page.getByRole('searchbox', { name: /Search both sides/ });
const message = (page: Page) => page.locator('.status-message');

async function englishOfProject(): Promise<string[]> {
  return (await editor.projectInPage()).beads.map((bead) => bead.en.map((sentence) => sentence.text).join(' '));
}

test('Find highlights the matches in both columns; Enter, Shift+Enter, F3 and the toolbar step through them', async ({ page }) => {
  await page.keyboard.press('Control+f');
  await page.keyboard.type('kommersant');
  // Latin inside the Arabic column is found too, whatever its case.
  await expect.poll(async () => (await paintedHighlights(page, 'find-match')).map((p) => `${p.side}:${p.text}`).sort())
    .toEqual(['ar:Kommersant', 'en:Kommersant']);

  // Arabic-aware: the query without diacritics or alef forms finds بوتين in the Arabic column only.
  await search(page).fill('بوتين');
  await expect.poll(async () => (await paintedHighlights(page, 'find-match')).length).toBe(4);
  expect(new Set((await paintedHighlights(page, 'find-match')).map((p) => `${p.side}:${p.text}`))).toEqual(new Set(['ar:بوتين']));

  await search(page).fill('Taliban');
  const total = (await englishOfProject()).join('\n').split(/taliban/i).length - 1;
  expect(total).toBeGreaterThan(3);
  await expect.poll(async () => (await paintedHighlights(page, 'find-match')).length).toBe(total);

  await search(page).press('Enter');
  await expect(message(page)).toHaveText(`Match 1 of ${total}`);
  // The current match is painted once the grid has shown its pair: wait for it, then read it.
  await expect.poll(async () => (await paintedHighlights(page, 'find-current')).length).toBe(1);
  const first = await paintedHighlights(page, 'find-current');
  expect(first[0].text).toBe('Taliban');
  // The pair with the current match is selected, and focus stays in the search box for the next Enter.
  await expect(editor.selectedRow()).toHaveAttribute('data-bead-id', first[0].beadId);
  await expect(search(page)).toBeFocused();

  await search(page).press('Enter');
  await expect(message(page)).toHaveText(`Match 2 of ${total}`);
  await search(page).press('Shift+Enter');
  await expect(message(page)).toHaveText(`Match 1 of ${total}`);
  await search(page).press('Shift+Enter');
  await expect(message(page)).toHaveText(`Match ${total} of ${total}`, { timeout: 5000 });

  // F3 from the list, and the toolbar buttons.
  await editor.grid.focus();
  await page.keyboard.press('F3');
  await expect(message(page)).toHaveText(`Match 1 of ${total}`);
  await page.keyboard.press('Shift+F3');
  await expect(message(page)).toHaveText(`Match ${total} of ${total}`);
  await editor.command('find-next');
  await expect(message(page)).toHaveText(`Match 1 of ${total}`);
  await editor.command('find-previous');
  await expect(message(page)).toHaveText(`Match ${total} of ${total}`);
  // The current match is always in a row the grid shows.
  const current = await paintedHighlights(page, 'find-current');
  await expect(editor.selectedRow()).toHaveAttribute('data-bead-id', current[0].beadId);
});

test('Replace All in the English changes every match as one undo step; Ctrl+Z brings them all back', async ({ page }) => {
  const before = await englishOfProject();
  const count = before.join('\n').split('Taliban').length - 1;
  expect(count).toBeGreaterThan(2);

  await page.keyboard.press('Control+f');
  await page.keyboard.type('taliban');
  await page.keyboard.press('Control+h');
  const replaceField = page.getByRole('textbox', { name: /Replace the matches in the English with/ });
  await expect(replaceField).toBeFocused();
  await replaceField.fill('Taleban');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(message(page)).toHaveText(`Replaced ${count} matches in the English: one undo step`);
  const after = await englishOfProject();
  expect(after.join('\n')).not.toContain('Taliban');
  expect(after.join('\n').split('Taleban').length - 1).toBe(count);
  await expect(page.locator('.history-label')).toHaveText(`Undo: Replace ${count} matches in the English`);
  // No pair matches the search any more: only the selected pair, just changed, stays shown until the
  // filter changes (an edited pair never vanishes under the user); cleared, the grid shows the new text.
  await expect.poll(() => editor.rowCount()).toBe(1);
  await expect(editor.selectedRow()).not.toContainText('Taliban');
  await search(page).fill('');
  await expect(page.locator('.grid-canvas .cell-en', { hasText: 'Taleban' }).first()).toBeVisible();

  await editor.pressOnGrid('Control+z');
  await expect.poll(englishOfProject).toEqual(before);
  await expect(page.locator('.history-label')).toHaveText('');
});

test('the search typed again as it was keeps the pair just replaced in view (the filter did not change)', async ({ page }) => {
  await page.keyboard.press('Control+f');
  await page.keyboard.type('taliban');
  await page.keyboard.press('Control+h');
  const replaceField = page.getByRole('textbox', { name: /Replace the matches in the English with/ });
  await replaceField.fill('Taleban');
  await replaceField.press('Control+Alt+Enter');
  await expect(message(page)).toHaveText(/^Replaced \d+ matches in the English: one undo step$/);
  await expect.poll(() => editor.rowCount()).toBe(1);
  // A letter typed and taken back: once the search box's pause has run out, the same search is asked again.
  // (Both inside the pause, as fast typing does, whatever the machine's load.)
  await search(page).evaluate((element) => {
    const field = element as unknown as { value: string; dispatchEvent(event: object): boolean };
    const InputEvent = (globalThis as unknown as { InputEvent: new (type: string, init: object) => object }).InputEvent;
    for (const value of [`${field.value}x`, field.value]) {
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
  });
  await page.waitForTimeout(1000);
  await expect.poll(() => editor.rowCount()).toBe(1);
  await expect(editor.selectedRow()).toContainText('Taleban');
});

test('Replace changes one match at a time: the first press shows it, the next replaces it and moves on', async ({ page }) => {
  const before = await englishOfProject();
  // The toolbar path: Replace opens the bar and, with no query yet, puts the cursor in the search box.
  await editor.command('replace');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('Taliban');
  const replaceField = page.getByRole('textbox', { name: /Replace the matches in the English with/ });
  await replaceField.fill('Taleban');
  await replaceField.press('Enter');
  await expect(message(page)).toHaveText(/^Match 1 of \d+$/);
  const target = (await paintedHighlights(page, 'find-current'))[0];
  expect(target.side).toBe('en');
  await replaceField.press('Enter');
  await expect.poll(async () => (await englishOfProject()).join('\n').split('Taleban').length - 1).toBe(1);
  const after = await englishOfProject();
  const changed = after.findIndex((text, i) => text !== before[i]);
  expect((await editor.projectInPage()).beads[changed].id).toBe(target.beadId);
  // The next English match is current now.
  await expect.poll(async () => (await paintedHighlights(page, 'find-current'))[0]?.text).toBe('Taliban');

  // Esc closes the bar and returns to the list; the Replace All key works from the field too.
  await replaceField.press('Control+Alt+Enter');
  await expect.poll(async () => (await englishOfProject()).join('\n')).not.toContain('Taliban');
  await replaceField.press('Escape');
  await expect(page.locator('.replace-bar')).toBeHidden();
  await expect(editor.grid).toBeFocused();
});

test('Go to pair (Ctrl+G or the toolbar) selects that pair, clearing a filter that hides it', async ({ page }) => {
  await editor.pressOnGrid('Control+g');
  const field = page.getByRole('spinbutton', { name: /Pair number/ });
  await expect(field).toBeFocused();
  await field.fill('12');
  await field.press('Enter');
  await expect(editor.selectedRow().locator('.row-number')).toHaveText('12');
  await expect(page.locator('.pair-editor-title')).toHaveText(/^Pair 12 /);
  await expect(editor.grid).toBeFocused();

  // Out of range is refused with a reason, and the dialog stays.
  await editor.command('go-to-pair');
  await field.fill('999');
  await field.press('Enter');
  await expect(page.locator('.go-to-dialog .dialog-problem')).toHaveText(/from 1 to \d+/);
  await field.fill('3');
  await field.press('Enter');
  await expect(editor.selectedRow().locator('.row-number')).toHaveText('3');

  // Pair 2 hidden by a search: going there clears the filter and says so.
  await search(page).fill('Kommersant');
  await expect.poll(() => editor.rowCount()).toBe(1);
  await editor.pressOnGrid('Control+g');
  await field.fill('2');
  await field.press('Enter');
  await expect(editor.selectedRow().locator('.row-number')).toHaveText('2');
  await expect(message(page)).toHaveText('Filter cleared to show pair 2');
  await expect(search(page)).toHaveValue('');
  expect(await editor.rowCount()).toBe((await editor.projectInPage()).beads.length);
});

test('Replace All over approved pairs says they are unreviewed again, and Ctrl+Z brings the approvals back', async ({ page }) => {
  // A reviewer approves the pairs naming the Taliban, then changes the spelling
  // everywhere: the approvals go (the text is not what was approved) and the status bar must say so.
  const beads = (await editor.projectInPage()).beads;
  const approved = beads.map((bead, index) => ({ bead, index })).filter(({ bead }) => bead.en.some((s) => s.text.includes('Taliban'))).slice(0, 2);
  expect(approved).toHaveLength(2);
  for (const { index } of approved) {
    await editor.selectRow(index);
    await page.keyboard.press('a');
  }
  const total = beads.length;
  await expect(page.locator('.review-count')).toHaveText(`2 / ${total} reviewed`);

  await page.keyboard.press('Control+f');
  await page.keyboard.type('Taliban');
  await page.keyboard.press('Control+h');
  await page.getByRole('textbox', { name: /Replace the matches in the English with/ }).fill('Taleban');
  await page.keyboard.press('Control+Alt+Enter');
  await expect(message(page)).toContainText('one undo step');
  await expect(message(page)).toContainText('2 approved pairs unreviewed again');
  await expect(page.locator('.review-count')).toHaveText(`0 / ${total} reviewed`);

  await editor.pressOnGrid('Control+z');
  await expect(page.locator('.review-count')).toHaveText(`2 / ${total} reviewed`);
});

test('Find matches stay painted when the grid makes its rows again (columns swapped, theme changed)', async ({ page }) => {
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Taliban');
  const painted = async () => (await paintedHighlights(page, 'find-match')).length;
  await expect.poll(painted).toBeGreaterThan(1);
  const before = await painted();
  // Swapping the columns or the theme drops the rows and makes them again.
  await editor.command('toggle-columns');
  await expect.poll(painted).toBe(before);
  await editor.command('toggle-theme');
  await expect.poll(painted).toBe(before);
});
