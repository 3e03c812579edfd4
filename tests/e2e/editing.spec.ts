// Alignment operations, text edits with their diff, and keyboard review, on
// the sample project, against the real session services.
import { expect, test } from './support/test';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('editing', (opened) => ({ dataDir, server, editor } = opened));

test('merge, undo, redo and split at the cursor change the rows and bring them back', async ({ page }) => {
  const count = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const [en0, en1, ar0, ar1] = [await editor.rowText(i, 'en'), await editor.rowText(i + 1, 'en'), await editor.rowText(i, 'ar'), await editor.rowText(i + 1, 'ar')];

  await editor.selectRow(i);
  await page.keyboard.press('Control+m');
  await expect.poll(() => editor.rowCount()).toBe(count - 1);
  expect(await editor.rowText(i, 'en')).toBe(`${en0} ${en1}`);
  expect(await editor.rowText(i, 'ar')).toContain(ar1);
  await expect(page.locator('.history-label')).toContainText('Undo');

  await page.keyboard.press('Control+z');
  await expect.poll(() => editor.rowCount()).toBe(count);
  expect(await editor.rowText(i, 'en')).toBe(en0);
  expect(await editor.rowText(i + 1, 'en')).toBe(en1);

  await page.keyboard.press('Control+y');
  await expect.poll(() => editor.rowCount()).toBe(count - 1);

  // Split the merged pair again with the cursor at the start of its second English line.
  await editor.selectRow(i);
  // Click at the very start of logical line 2 (next to its line number: lines wrap).
  const lineNumber = (await page.locator('.english-editor .line-numbers', { hasText: /^2$/ }).boundingBox())!;
  const text = (await page.locator('.english-editor .view-lines').boundingBox())!;
  await page.mouse.click(text.x + 1, lineNumber.y + lineNumber.height / 2);
  await page.keyboard.press('Control+b');
  await expect.poll(() => editor.rowCount()).toBe(count);
  expect(await editor.rowText(i, 'en')).toBe(en0);
  expect(await editor.rowText(i + 1, 'en')).toBe(en1);
  expect(await editor.rowText(i, 'ar')).toBe(ar0);
  expect(await editor.rowText(i + 1, 'ar')).toBe(ar1);
});

test('split with the cursor inside a sentence cuts sentence and pair at once, and one undo restores them', async ({ page }) => {
  const count = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const [en, ar] = [await editor.rowText(i, 'en'), await editor.rowText(i, 'ar')];
  const firstWord = en.slice(0, en.indexOf(' '));

  await editor.selectRow(i);
  await page.locator('.english-editor .view-lines').click();
  // Ctrl+Home in the editor goes to the start of the text (not to the first pair).
  await page.keyboard.press('Control+Home');
  for (let k = 0; k < firstWord.length + 1; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+b');
  await expect.poll(() => editor.rowCount()).toBe(count + 1);
  expect(await editor.rowText(i, 'en')).toBe(firstWord);
  expect(await editor.rowText(i + 1, 'en')).toBe(en.slice(firstWord.length + 1));
  // The Arabic goes with the first part (half of one sentence rounds up).
  expect(await editor.rowText(i, 'ar')).toBe(ar);

  // Show changes shows the split: each pair against the whole sentence as imported.
  const rest = en.slice(firstWord.length + 1);
  await editor.selectRow(i);
  await page.getByRole('button', { name: 'Show changes' }).click();
  const diff = page.getByRole('region', { name: 'English changes since import' });
  await expect(diff).not.toContainText('unchanged since import');
  await expect(diff).toContainText('Split inside a sentence');
  await expect(diff.locator('del')).toHaveText([rest]);
  await editor.selectRow(i + 1);
  await expect(diff.locator('del')).toHaveText([firstWord]);
  await page.getByRole('button', { name: 'Hide changes' }).click();

  await editor.pressOnGrid('Control+z');
  await expect.poll(() => editor.rowCount()).toBe(count);
  expect(await editor.rowText(i, 'en')).toBe(en);
  expect(await editor.rowText(i, 'ar')).toBe(ar);
});

test('moving the first English sentence up and undoing it', async ({ page }) => {
  const i = await editor.firstTwoOneToOne();
  const en0 = await editor.rowText(i, 'en');
  const en1 = await editor.rowText(i + 1, 'en');
  await editor.selectRow(i + 1);
  await page.keyboard.press('Control+ArrowUp');
  await expect.poll(() => editor.rowText(i, 'en')).toBe(`${en0} ${en1}`);
  await expect(editor.row(i + 1).locator('.cell-en')).toHaveText('(no English)');
  await expect(editor.row(i).locator('.bead-type')).toHaveText('1-2');

  await editor.command('undo');
  await expect.poll(() => editor.rowText(i, 'en')).toBe(en0);
  expect(await editor.rowText(i + 1, 'en')).toBe(en1);
  await editor.command('redo');
  await expect.poll(() => editor.rowText(i + 1, 'en')).toBe('(no English)');
});

test('editing an English sentence shows the change as a word diff and can be undone', async ({ page }) => {
  const k = await editor.beadStartingWith('The Kremlin offered');
  await editor.selectRow(k);
  const before = await editor.rowText(k, 'en');
  await page.locator('.english-editor .view-lines').click();
  await page.keyboard.press('Control+a');
  const edited = before.replace(/^The Kremlin offered/, 'The Kremlin proposed').replace(/\bbases\b/, 'airfields');
  expect(edited).not.toBe(before);
  await page.keyboard.type(edited);
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.rowText(k, 'en')).toBe(edited);
  await expect(editor.row(k).locator('.sentence-edited')).toHaveCount(1);
  await expect(editor.saveState()).toHaveText('Unsaved changes');

  await page.getByRole('button', { name: 'Show changes' }).click();
  const diff = page.getByRole('region', { name: 'English changes since import' });
  await expect(diff.locator('ins').first()).toBeVisible();
  await expect(diff.locator('ins')).toContainText(['proposed']);
  await expect(diff.locator('del')).toContainText(['offered']);
  await expect(diff.locator('ins', { hasText: 'airfields' })).toHaveCount(1);

  await editor.pressOnGrid('Control+z');
  await expect.poll(() => editor.rowText(k, 'en')).toBe(before);
  await expect(diff).toContainText('unchanged since import');
});

test('editing the Arabic in the right-to-left field is recorded like the English', async ({ page }) => {
  const i = await editor.firstTwoOneToOne();
  await editor.selectRow(i);
  const field = page.getByRole('textbox', { name: /Arabic text of the selected pair/ });
  await expect(field).toHaveAttribute('dir', 'rtl');
  const before = await field.inputValue();
  await field.fill(`${before} اليوم`);
  await field.press('Escape');
  await expect.poll(() => editor.rowText(i, 'ar')).toBe(`${before} اليوم`);
  await editor.pressOnGrid('Control+z');
  await expect.poll(() => editor.rowText(i, 'ar')).toBe(before);
});

test('approving with the keyboard updates the status and the progress bar', async ({ page }) => {
  const total = await editor.rowCount();
  const progress = page.getByRole('progressbar', { name: 'Reviewed pairs' });
  await expect(page.locator('.review-count')).toHaveText(`0 / ${total} reviewed`);

  await editor.selectRow(0);
  await page.keyboard.press('a');
  await expect(editor.row(0).locator('.status')).toHaveAttribute('aria-label', 'Approved');
  await expect(page.locator('.review-count')).toHaveText(`1 / ${total} reviewed`);
  await expect(progress).toHaveJSProperty('value', 1);

  // J moves down; Space approves and moves on; R rejects; U resets.
  await page.keyboard.press('j');
  await page.keyboard.press(' ');
  await expect(editor.row(1).locator('.status')).toHaveAttribute('aria-label', 'Approved');
  await expect(editor.row(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('r');
  await expect(editor.row(2).locator('.status')).toHaveAttribute('aria-label', 'Rejected');
  await expect(page.locator('.review-count')).toHaveText(`3 / ${total} reviewed`);
  await page.keyboard.press('u');
  await expect(editor.row(2).locator('.status')).toHaveAttribute('aria-label', 'Unreviewed');
  await expect(progress).toHaveJSProperty('value', 2);

  // N goes to the next unreviewed pair, D to the least confident unreviewed one.
  await editor.selectRow(0);
  await page.keyboard.press('n');
  await expect(editor.row(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('d');
  const project = await editor.projectInPage();
  let leastConfident = -1;
  project.beads.forEach((bead, index) => {
    if (bead.status === 'unreviewed' && (leastConfident < 0 || bead.confidence < project.beads[leastConfident].confidence)) leastConfident = index;
  });
  await expect(editor.selectedRow()).toHaveAttribute('aria-rowindex', String(leastConfident + 2));

  // The status filter shows only approved pairs.
  await page.getByRole('combobox', { name: 'Show pairs with status' }).selectOption('approved');
  await expect.poll(() => editor.rowCount()).toBe(2);
});

test('the shortcuts dialog lists the review keys', async ({ page }) => {
  await editor.pressOnGrid('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toContainText('Approve and go to next');
  await expect(dialog).toContainText('Ctrl+M');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('split acts at the sentence clicked in the grid, through the keyboard, the toolbar and the context menu', async ({ page }) => {
  const count = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const [en0, en1, ar0, ar1] = [await editor.rowText(i, 'en'), await editor.rowText(i + 1, 'en'), await editor.rowText(i, 'ar'), await editor.rowText(i + 1, 'ar')];
  const expectSplitBack = async () => {
    await expect.poll(() => editor.rowCount()).toBe(count);
    expect([await editor.rowText(i, 'en'), await editor.rowText(i + 1, 'en')]).toEqual([en0, en1]);
    expect([await editor.rowText(i, 'ar'), await editor.rowText(i + 1, 'ar')]).toEqual([ar0, ar1]);
  };
  const mergeAndPoint = async (side: 'en' | 'ar') => {
    await editor.selectRow(i);
    await page.keyboard.press('Control+m');
    await expect(editor.row(i).locator('.bead-type')).toHaveText('2-2');
    // Point at the second sentence of one side in the grid.
    await editor.row(i).locator(`.cell-${side} .sentence`).nth(1).click();
  };

  await mergeAndPoint('en');
  await page.keyboard.press('Control+b');
  await expectSplitBack();

  await mergeAndPoint('ar');
  await editor.command('split-pair');
  await expectSplitBack();

  await mergeAndPoint('en');
  await editor.row(i).locator('.cell-en .sentence').nth(1).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Pair actions' }).getByRole('menuitem', { name: /Split pair/ }).click();
  await expectSplitBack();
});

test('split from the list with nothing pointed at leaves a 1-1 pair whole and says where to point', async ({ page }) => {
  // A reviewer selects a good 1-1 pair with the keyboard and presses Split (key or
  // context menu) without clicking a sentence: the editor's caret is still at the
  // start, which is no place to split; cutting there made a 1-0 and a 0-1.
  const count = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const [en, ar] = [await editor.rowText(i, 'en'), await editor.rowText(i, 'ar')];
  await editor.selectRow(i);
  await page.keyboard.press('Home');
  for (let k = 0; k < i; k++) await page.keyboard.press('j');
  await expect(editor.row(i)).toHaveAttribute('aria-selected', 'true');
  const message = page.locator('.status-message');

  await page.keyboard.press('Control+b');
  await expect(message).toContainText(/click the sentence/i);
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu', { name: 'Pair actions' }).getByRole('menuitem', { name: /Split pair/ }).click();
  await expect(message).toContainText(/click the sentence/i);

  expect(await editor.rowCount()).toBe(count);
  await expect(editor.row(i).locator('.bead-type')).toHaveText('1-1');
  expect([await editor.rowText(i, 'en'), await editor.rowText(i, 'ar')]).toEqual([en, ar]);
});

test('split on a word of a 1-1 pair cuts that sentence there (key, toolbar, right-click, menu), never a 1-0 and a 0-1', async ({ page }) => {
  // A reviewer right-clicks a word in a pair's only English sentence and picks
  // Split: the sentence is cut before that word, as the caret in the editor does,
  // and the Arabic stays with the first part. Cutting the pair at its edge made
  // a 1-0 and a 0-1, which no reviewer asks for.
  const count = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const [en, ar] = [await editor.rowText(i, 'en'), await editor.rowText(i, 'ar')];
  const words = en.split(' ');
  const englishSentence = editor.row(i).locator('.cell-en .sentence');
  const pointAtThirdWord = async (button: 'left' | 'right') => {
    await editor.selectRow(i);
    const at = await editor.wordPoint(englishSentence, 2);
    await page.mouse.click(at.x, at.y, { button });
  };
  const expectCutBeforeThirdWord = async () => {
    await expect.poll(() => editor.rowCount()).toBe(count + 1);
    expect(await editor.rowText(i, 'en')).toBe(words.slice(0, 2).join(' '));
    expect(await editor.rowText(i + 1, 'en')).toBe(words.slice(2).join(' '));
    expect(await editor.rowText(i, 'ar')).toBe(ar);
    await expect(editor.row(i).locator('.bead-type')).toHaveText('1-1');
    await expect(editor.row(i + 1).locator('.bead-type')).toHaveText('0-1');
    await editor.pressOnGrid('Control+z');
    await expect.poll(() => editor.rowCount()).toBe(count);
    expect([await editor.rowText(i, 'en'), await editor.rowText(i, 'ar')]).toEqual([en, ar]);
  };
  const menu = page.getByRole('menu', { name: 'Pair actions' });

  await pointAtThirdWord('right');
  await menu.getByRole('menuitem', { name: /Split pair/ }).click();
  await expectCutBeforeThirdWord();

  await pointAtThirdWord('left');
  await page.keyboard.press('Control+b');
  await expectCutBeforeThirdWord();

  await pointAtThirdWord('left');
  await editor.command('split-pair');
  await expectCutBeforeThirdWord();

  await pointAtThirdWord('left');
  await server.sendMenuCommand('split-pair');
  await expectCutBeforeThirdWord();

  // The Arabic side the same way: its only sentence is cut before the word pointed at.
  const arWords = ar.split(' ');
  await editor.selectRow(i);
  const arAt = await editor.wordPoint(editor.row(i).locator('.cell-ar .sentence'), 1);
  await page.mouse.click(arAt.x, arAt.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: /Split pair/ }).click();
  await expect.poll(() => editor.rowCount()).toBe(count + 1);
  expect(await editor.rowText(i, 'ar')).toBe(arWords[0]);
  expect(await editor.rowText(i + 1, 'ar')).toBe(arWords.slice(1).join(' '));
  expect(await editor.rowText(i, 'en')).toBe(en);
  await editor.pressOnGrid('Control+z');
  await expect.poll(() => editor.rowCount()).toBe(count);

  // The first word begins the sentence: no place to cut it. The item is disabled and says why; the key says the same.
  await editor.selectRow(i);
  const first = await editor.wordPoint(englishSentence, 0);
  await page.mouse.click(first.x, first.y, { button: 'right' });
  const split = menu.getByRole('menuitem', { name: /Split pair/ });
  await expect(split).toHaveAttribute('aria-disabled', 'true');
  await expect(split).toHaveAttribute('title', /word that should begin/i);
  await split.click({ force: true });
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+b');
  await expect(page.locator('.status-message')).toContainText(/word that should begin/i);
  expect(await editor.rowCount()).toBe(count);
  await expect(editor.row(i).locator('.bead-type')).toHaveText('1-1');

  // The caret at the very end of the English in its editor: no cut there either.
  await editor.selectRow(i);
  await editor.editEnglish();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+b');
  await expect(page.locator('.status-message')).toContainText(/word that should begin/i);
  expect(await editor.rowCount()).toBe(count);
  await expect(editor.row(i).locator('.bead-type')).toHaveText('1-1');
});

test('under a filter, an inserted empty pair is shown and selected (keyboard and toolbar), so Delete acts on what the user sees', async ({ page }) => {
  const statusFilter = page.getByRole('combobox', { name: 'Show pairs with status' });
  const total = await editor.rowCount();
  await editor.selectRow(1);
  await page.keyboard.press('a');
  await statusFilter.selectOption('approved');
  await expect.poll(() => editor.rowCount()).toBe(1);
  const insertedRow = editor.selectedRow();
  for (const insert of [() => editor.pressOnGrid('Control+Enter'), () => editor.command('insert-empty')]) {
    await editor.selectRow(0);
    await insert();
    await expect.poll(async () => (await editor.projectInPage()).beads.length).toBe(total + 1);
    // The new pair does not match the filter, but it is what the user just made: it stays in view, selected.
    await expect(insertedRow.locator('.bead-type')).toHaveText('0-0');
    expect(await editor.rowCount()).toBe(2);
    await editor.pressOnGrid('Control+Delete');
    await expect.poll(async () => (await editor.projectInPage()).beads.length).toBe(total);
  }
});

test('under a filter, merge acts on what is shown: it refuses a hidden next pair and keeps the result in view', async ({ page }) => {
  const total = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const [en0, en1] = [await editor.rowText(i, 'en'), await editor.rowText(i + 1, 'en')];
  const statusFilter = page.getByRole('combobox', { name: 'Show pairs with status' });
  await editor.selectRow(i + 1);
  await page.keyboard.press('a');

  // Pair i+1 is hidden: merging pair i must not swallow it.
  await statusFilter.selectOption('unreviewed');
  await expect.poll(() => editor.rowCount()).toBe(total - 1);
  await editor.selectRow(i);
  await page.keyboard.press('Control+m');
  await expect(page.locator('.status-message')).toContainText('hidden by the filter');
  expect((await editor.projectInPage()).beads.length).toBe(total);
  expect(await editor.rowText(i, 'en')).toBe(en0);

  // Both approved and shown: the merged pair is unreviewed again, but stays in view, selected.
  await statusFilter.selectOption('all');
  await editor.selectRow(i);
  await page.keyboard.press('a');
  await statusFilter.selectOption('approved');
  await expect.poll(() => editor.rowCount()).toBe(2);
  await editor.selectRow(0);
  await page.keyboard.press('Control+m');
  await expect.poll(async () => (await editor.projectInPage()).beads.length).toBe(total - 1);
  await expect(editor.row(0)).toHaveAttribute('aria-selected', 'true');
  expect(await editor.rowText(0, 'en')).toBe(`${en0} ${en1}`);
  await expect(page.locator('.status-message')).toContainText(/unreviewed/i);
  await expect(editor.grid).toBeFocused();
});

test('editing or splitting an approved pair says it is unreviewed again, and undo brings the approval back', async ({ page }) => {
  const i = await editor.firstTwoOneToOne();
  const message = page.locator('.status-message');
  await editor.selectRow(i);
  await page.keyboard.press('a');
  await expect(editor.row(i).locator('.status')).toHaveAttribute('aria-label', 'Approved');

  const field = page.getByRole('textbox', { name: /Arabic text of the selected pair/ });
  const before = await field.inputValue();
  await field.fill(`${before} اليوم`);
  await field.press('Escape');
  await expect(editor.row(i).locator('.status')).toHaveAttribute('aria-label', 'Unreviewed');
  await expect(message).toContainText('1 approved pair unreviewed again');
  await editor.pressOnGrid('Control+z');
  await expect(editor.row(i).locator('.status')).toHaveAttribute('aria-label', 'Approved');

  // A split inside the English: both halves are unreviewed, and the status bar says so.
  await page.locator('.english-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+b');
  await expect(message).toContainText('1 approved pair unreviewed again');
  await editor.pressOnGrid('Control+z');
  await expect(editor.row(i).locator('.status')).toHaveAttribute('aria-label', 'Approved');
});

test('Escape in the search box clears it and returns to the list, so the next review key acts on the list', async ({ page }) => {
  const total = await editor.rowCount();
  await editor.pressOnGrid('Control+f');
  const search = page.getByRole('searchbox', { name: /Search both sides/ });
  await expect(search).toBeFocused();
  await page.keyboard.type('Putin');
  await expect.poll(() => editor.rowCount()).toBeLessThan(total);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(editor.grid).toBeFocused();
  await expect.poll(() => editor.rowCount()).toBe(total);
  await page.keyboard.press('a');
  await expect(search).toHaveValue('');
  await expect(editor.selectedRow().locator('.status')).toHaveAttribute('aria-label', 'Approved');
});

test('Ctrl+Up and Ctrl+Down keep the selection on the pair the sentence left', async ({ page }) => {
  const i = await editor.firstTwoOneToOne();
  const [en0, en1] = [await editor.rowText(i, 'en'), await editor.rowText(i + 1, 'en')];
  await editor.selectRow(i + 1);
  await page.keyboard.press('Control+ArrowUp');
  await expect.poll(() => editor.rowText(i, 'en')).toBe(`${en0} ${en1}`);
  await expect(editor.row(i + 1)).toHaveAttribute('aria-selected', 'true');
  // The same keys again from the pair above: its last sentence goes back down; it stays selected.
  await editor.selectRow(i);
  await page.keyboard.press('Control+ArrowDown');
  await expect.poll(() => editor.rowText(i + 1, 'en')).toBe(en1);
  await expect(editor.row(i)).toHaveAttribute('aria-selected', 'true');
  expect(await editor.rowText(i, 'en')).toBe(en0);
});

test('D steps on through the unreviewed pairs from the least confident up, without approving them', async ({ page }) => {
  const { beads } = await editor.projectInPage();
  const order = beads.map((bead, index) => ({ index, confidence: bead.confidence }))
    .sort((a, b) => a.confidence - b.confidence || a.index - b.index)
    .map((entry) => entry.index);
  await editor.selectRow(0);
  for (const expected of order.slice(0, 4)) {
    await editor.pressOnGrid('d');
    await expect(editor.selectedRow()).toHaveAttribute('aria-rowindex', String(expected + 2));
  }
});

test('D under a filter that shows no unreviewed pair says so, and does not claim none is left', async ({ page }) => {
  await editor.selectRow(1);
  await page.keyboard.press('a');
  await page.getByRole('combobox', { name: 'Show pairs with status' }).selectOption('approved');
  await expect.poll(() => editor.rowCount()).toBe(1);
  await editor.pressOnGrid('d');
  // Every other pair is still unreviewed, only hidden: the message must not say none is left.
  await expect(page.locator('.status-message')).toHaveText('No unreviewed pair among the pairs shown: the filter hides the others');
  await page.getByRole('combobox', { name: 'Show pairs with status' }).selectOption('all');
  await editor.pressOnGrid('d');
  await expect(editor.selectedRow().locator('.status')).toHaveClass(/status-unreviewed/);
});

test('undo and redo of a change out of view go to the pair they change and say what they did', async ({ page }) => {
  // Seen while reviewing at 1000x700: a pair approved at the end of the list, then
  // Home, then Ctrl+Z: the approval was undone somewhere out of sight and nothing said so.
  await page.setViewportSize({ width: 1000, height: 700 });
  const last = (await editor.rowCount()) - 1;
  await editor.pressOnGrid('End');
  await page.keyboard.press('a');
  await expect(editor.row(last).locator('.status')).toHaveAttribute('aria-label', 'Approved');
  const message = page.locator('.status-message');
  for (const [key, said, status] of [['Control+z', /Undone: Approve/, 'Unreviewed'], ['Control+y', /Redone: Approve/, 'Approved']] as const) {
    await page.keyboard.press('Home');
    await expect(editor.row(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press(key);
    await expect(editor.row(last)).toHaveAttribute('aria-selected', 'true');
    await expect(editor.row(last)).toBeInViewport();
    await expect(editor.row(last).locator('.status')).toHaveAttribute('aria-label', status);
    await expect(message).toContainText(said);
    await expect(message).toContainText(`pair ${last + 1}`);
  }

  // Undoing an insert leaves nothing to show: it still says what it did.
  await editor.pressOnGrid('Control+Enter');
  await expect.poll(() => editor.rowCount()).toBe(last + 2);
  await page.keyboard.press('Control+z');
  await expect.poll(() => editor.rowCount()).toBe(last + 1);
  await expect(message).toContainText(/Undone: Insert/);

  // Under a filter the pair undone no longer matches: it is shown and selected all the same, and the status bar says so.
  await editor.pressOnGrid('Home');
  await page.keyboard.press('a');
  await page.keyboard.press('End');
  await page.keyboard.press('u');
  await page.keyboard.press('a');
  await page.getByRole('combobox', { name: 'Show pairs with status' }).selectOption('approved');
  await expect.poll(() => editor.rowCount()).toBe(2);
  await editor.pressOnGrid('Home');
  await page.keyboard.press('Control+z');
  await expect(editor.selectedRow().locator('.row-number')).toHaveText(String(last + 1));
  await expect(editor.selectedRow().locator('.status')).toHaveAttribute('aria-label', 'Unreviewed');
  expect(await editor.rowCount()).toBe(2);
  await expect(message).toContainText(/Undone: Approve .*stays shown until the filter changes/);
});

test('review keys pressed in quick succession act in order: U then A leaves the pair approved', async ({ page }) => {
  // Seen under load: U then A on an approved pair, the A judged before the U had
  // landed ("already approved") and lost, so the pair ended unreviewed.
  await editor.selectRow(1);
  await page.keyboard.press('a');
  const status = editor.row(1).locator('.status');
  await expect(status).toHaveAttribute('aria-label', 'Approved');
  // Each edit's answer held back a moment, as on a busy machine.
  // Counted by the route itself once each answer is through: Playwright's
  // 'requestfinished' event once missed one of three (the Space test below, CI).
  let edits = 0;
  await page.route('**/api/applyEdit', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
    edits++;
  });
  await page.keyboard.press('u');
  await page.keyboard.press('a');
  await page.keyboard.press('r');
  await page.keyboard.press('a');
  // Four keys, four changes of status, each made in turn.
  await expect.poll(() => edits).toBe(4);
  expect((await editor.projectInPage()).beads[1].status).toBe('approved');
  await expect(status).toHaveAttribute('aria-label', 'Approved');
  await page.unroute('**/api/applyEdit');
});

test('Space pressed three times in quick succession approves three pairs in a row', async ({ page }) => {
  // On a busy machine each approval's answer comes late: the second Space must act
  // on the next pair, not on the one still waiting for its approval to land.
  // Judged by what the reviewer sees (each row's status, the selection), with the
  // time a loaded machine needs: counting the requests Playwright reports finished
  // (as this test did) once saw 2 of 3 in CI and could not tell a lost key from a
  // slow or unreported answer; under 20x CPU throttling no key was ever lost.
  await editor.selectRow(3);
  await page.route('**/api/applyEdit', async (route) => { await new Promise((resolve) => setTimeout(resolve, 400)); await route.continue(); });
  await page.keyboard.press(' ');
  await page.keyboard.press(' ');
  await page.keyboard.press(' ');
  await expect(editor.row(6)).toHaveAttribute('aria-selected', 'true');
  for (const index of [3, 4, 5]) await expect(editor.row(index).locator('.status')).toHaveAttribute('aria-label', 'Approved', { timeout: 30_000 });
  await expect(editor.row(6).locator('.status')).toHaveAttribute('aria-label', 'Unreviewed');
  expect((await editor.projectInPage()).beads.slice(3, 7).map((bead) => bead.status)).toEqual(['approved', 'approved', 'approved', 'unreviewed']);
  await page.unroute('**/api/applyEdit');
});
