// Export, save, reopen, a corrupt project file, and recovery after a killed
// session: what the user sees in the page and what lands on disk.
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeBridge, makeTempDir, removeDir, spawnBridge, startBridge, stopBridge } from './support/bridge';
import { EditorPage } from './support/editor-page';

let dataDir: string;

test.beforeEach(() => {
  dataDir = makeTempDir('files');
});

test.afterEach(() => {
  removeDir(dataDir);
});

/** How many recovery files in the data folder hold this text. */
function recoveryFilesHolding(folder: string, text: string): number {
  const recovery = join(folder, 'recovery');
  if (!existsSync(recovery)) return 0;
  return readdirSync(recovery).filter((name) => name.endsWith('.json') && readFileSync(join(recovery, name), 'utf8').includes(text)).length;
}

async function editEnglish(page: Page, editor: EditorPage, row: number, text: string): Promise<void> {
  await editor.selectRow(row);
  await page.locator('.english-editor .view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.rowText(row, 'en')).toBe(text);
}

async function exportAs(page: Page, extension: string, scope: 'Approved pairs only' | 'All pairs', path: string): Promise<number> {
  await new EditorPage(page).command('export');
  const dialog = page.getByRole('dialog', { name: 'Export pairs' });
  await dialog.getByRole('radio', { name: `(${extension})`, exact: false }).check();
  await dialog.getByRole('radio', { name: scope }).check();
  const announced = Number(/(\d+) pairs? will be written/.exec(await dialog.locator('.export-count').innerText())![1]);
  await dialog.getByLabel(/Output file/).fill(path);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.locator('.export-files')).toContainText(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return announced;
}

test('export TMX and JSONL, save, and reopen the project in a new session as it was left', async ({ page, browser }) => {
  const server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  const total = await editor.rowCount();
  const i = await editor.firstTwoOneToOne();
  const originalEnglish = await editor.rowText(i, 'en');

  await editEnglish(page, editor, i, 'Breaking international news');
  for (const row of [i, i + 1, i + 2]) {
    await editor.selectRow(row);
    await page.keyboard.press('a');
  }
  await expect(page.locator('.review-count')).toHaveText(`3 / ${total} reviewed`);

  const tmxPath = join(dataDir, 'approved.tmx');
  const announcedTmx = await exportAs(page, '.tmx', 'Approved pairs only', tmxPath);
  const tmx = readFileSync(tmxPath, 'utf8');
  // TMX carries approved pairs with text on both sides.
  const expectedTmx = (await editor.projectInPage()).beads
    .filter((bead) => bead.status === 'approved' && bead.ar.length > 0 && bead.en.length > 0).length;
  expect(expectedTmx).toBeGreaterThanOrEqual(2);
  expect(announcedTmx).toBe(expectedTmx);
  expect(tmx.match(/<tu[\s>]/g)?.length).toBe(expectedTmx);
  expect(tmx).toContain('Breaking international news');
  expect(tmx).toContain('xml:lang="ar"');
  expect(tmx).toMatch(/<seg>[^<]*[\u0600-\u06FF]/);

  const jsonlPath = join(dataDir, 'all.jsonl');
  const announcedJsonl = await exportAs(page, '.jsonl', 'All pairs', jsonlPath);
  const records = readFileSync(jsonlPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(announcedJsonl).toBe(total);
  expect(records).toHaveLength(total);
  expect(records[i]).toMatchObject({ en: 'Breaking international news', en_original: originalEnglish, status: 'approved' });
  expect(records[i + 3]).toMatchObject({ status: 'unreviewed' });
  expect(records.map((record) => record.status).filter((status) => status === 'approved')).toHaveLength(3);

  // Save: no native dialogs in the browser, so the app asks for a path.
  const projectPath = join(dataDir, 'review.muqabala');
  await editor.pressOnGrid('Control+s');
  const prompt = page.getByRole('dialog', { name: 'Save project' });
  await prompt.getByRole('textbox').fill(projectPath);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await expect(editor.saveState()).toHaveText('Saved');
  const beforeClose = await editor.projectInPage();
  await server.close();

  // A new session (fresh data dir), opening the saved file.
  const otherData = makeTempDir('files-reopen');
  const second = await startBridge(otherData);
  const page2 = await browser.newPage();
  const editor2 = new EditorPage(page2);
  await editor2.open(second.url);
  await editor2.waitForRows();
  await editor2.command('open-project');
  const openPrompt = page2.getByRole('dialog', { name: 'Open project' });
  await openPrompt.getByRole('textbox').fill(projectPath);
  await openPrompt.getByRole('button', { name: 'OK' }).click();
  await expect(page2.locator('.project-name')).toHaveText(beforeClose.name);
  await expect(page2.locator('.review-count')).toHaveText(`3 / ${total} reviewed`);
  expect(await editor2.rowText(i, 'en')).toBe('Breaking international news');
  await expect(editor2.row(i + 2).locator('.status')).toHaveAttribute('aria-label', 'Approved');
  await expect(editor2.saveState()).toHaveText('Saved');
  const reopened = await editor2.projectInPage();
  expect(reopened.beads).toEqual(beforeClose.beads);
  await page2.close();
  await second.close();
  removeDir(otherData);
});

test('a corrupt project file gives a clear error and stays untouched on disk', async ({ page }) => {
  const server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  const corruptPath = join(dataDir, 'broken.muqabala');
  const corruptBytes = '{"format":"muqabala-project","version":1,"beads":[{"id":';
  writeFileSync(corruptPath, corruptBytes);

  await editor.command('open-project');
  const prompt = page.getByRole('dialog', { name: 'Open project' });
  await prompt.getByRole('textbox').fill(corruptPath);
  await prompt.getByRole('button', { name: 'OK' }).click();
  const error = page.getByRole('dialog', { name: 'Could not open the project' });
  await expect(error).toBeVisible();
  await expect(error.getByRole('alert')).toContainText('broken.muqabala');
  await error.getByRole('button', { name: 'OK' }).click();
  expect(readFileSync(corruptPath, 'utf8')).toBe(corruptBytes);
  // The sample is still open and usable.
  expect(await editor.rowCount()).toBeGreaterThan(10);
  await server.close();
});

/**
 * A session that edits pair 2's English to text, autosaves it and is killed (SIGKILL); then a
 * second start, its page showing "Restore unsaved work?", handed to next.
 */
async function killedThenNextStart(page: Page, browser: Browser, text: string, next: (page2: Page, editor2: EditorPage, offer: Locator) => Promise<void>): Promise<void> {
  const first = await spawnBridge(['--data-dir', dataDir, '--autosave-ms', '300']);
  try {
    const editor = new EditorPage(page);
    await editor.open(first.url);
    await editor.waitForRows();
    await editEnglish(page, editor, 1, text);
    await expect(editor.saveState()).toHaveText('Unsaved changes');
    // Wait for the autosave to have written the edit to a recovery file.
    await expect.poll(() => recoveryFilesHolding(dataDir, text), { timeout: 10_000 }).toBe(1);
  } finally {
    await stopBridge(first.child, 'SIGKILL');
  }
  await page.close();

  const second = await spawnBridge(['--data-dir', dataDir, '--autosave-ms', '300']);
  try {
    const page2 = await browser.newPage();
    await page2.goto(second.url);
    const offer = page2.getByRole('dialog', { name: 'Restore unsaved work?' });
    await expect(offer).toBeVisible();
    await next(page2, new EditorPage(page2), offer);
    await page2.close();
  } finally {
    await stopBridge(second.child, 'SIGTERM');
  }
}

test('after a killed session the next start offers to restore the unsaved edit', async ({ page, browser }) => {
  await killedThenNextStart(page, browser, 'Text typed just before the crash', async (_page2, editor2, offer) => {
    await offer.getByRole('button', { name: 'Restore' }).click();
    await editor2.waitForRows();
    await expect.poll(() => editor2.rowText(1, 'en')).toBe('Text typed just before the crash');
    await expect(editor2.saveState()).toHaveText('Unsaved changes');
    // Focus is on the list, so the review keys work at once.
    await expect(editor2.grid).toBeFocused();
  });
});

test('Escape on "Restore unsaved work?" keeps the work for later, it does not discard it', async ({ page, browser }) => {
  // Seen while reviewing: Escape (or the window's close) answered "Discard": the autosaved work was deleted.
  await killedThenNextStart(page, browser, 'Text kept through an Escape', async (page2, editor2, offer) => {
    await page2.keyboard.press('Escape');
    await editor2.waitForRows();
    await expect.poll(() => recoveryFilesHolding(dataDir, 'Text kept through an Escape'), { timeout: 3000 }).toBe(1);
    await expect(page2.locator('.status-message')).toContainText('offered again');
    // Offered again (here on a reload; a new start the same), and Restore brings it back.
    await page2.reload();
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => editor2.rowText(1, 'en')).toBe('Text kept through an Escape');
  });
});

test('export suggests the folder the project was saved in, not the default folder', async ({ page }) => {
  const server = await startBridge(dataDir, { openSample: true });
  try {
    const editor = new EditorPage(page);
    await editor.open(server.url);
    await editor.waitForRows();
    const projectFolder = join(dataDir, 'reviews');
    mkdirSync(projectFolder);
    await editor.pressOnGrid('Control+s');
    const prompt = page.getByRole('dialog', { name: 'Save project' });
    await prompt.getByRole('textbox').fill(join(projectFolder, 'sample.muqabala'));
    await prompt.getByRole('button', { name: 'OK' }).click();
    await expect(editor.saveState()).toHaveText('Saved');

    await editor.command('export');
    const dialog = page.getByRole('dialog', { name: 'Export pairs' });
    await expect(dialog.getByLabel(/Output file/)).toHaveValue(new RegExp(`^${projectFolder}/[^/]+\\.tmx$`));
    await dialog.getByRole('button', { name: 'Close' }).click();
  } finally {
    await server.close();
  }
});

test('after a page reload, Save and Export start in the folder used last, not the home folder (npm run serve)', async ({ page }) => {
  // A reviewer of the served editor exports into a folder of their own, then
  // reloads the page: the page forgets, so the services must remember.
  const server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  const exports = join(dataDir, 'deliveries');
  mkdirSync(exports);
  await exportAs(page, '.tmx', 'All pairs', join(exports, 'pairs.tmx'));

  await page.reload();
  await editor.waitForRows();
  await editor.command('export');
  const dialog = page.getByRole('dialog', { name: 'Export pairs' });
  await expect(dialog.getByLabel(/Output file/)).toHaveValue(new RegExp(`^${exports}/[^/]+\\.tmx$`));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await editor.pressOnGrid('Control+s');
  const prompt = page.getByRole('dialog', { name: 'Save project' });
  await expect(prompt.getByRole('textbox')).toHaveValue(new RegExp(`^${exports}/[^/]+\\.muqabala$`));
  // Saved elsewhere, then reloaded again: Save as starts where the project went.
  const reviews = join(dataDir, 'reviews');
  mkdirSync(reviews);
  await prompt.getByRole('textbox').fill(join(reviews, 'sample.muqabala'));
  await prompt.getByRole('button', { name: 'OK' }).click();
  await expect(editor.saveState()).toHaveText('Saved');
  await page.reload();
  await editor.waitForRows();
  await editor.command('export');
  await expect(dialog.getByLabel(/Output file/)).toHaveValue(new RegExp(`^${reviews}/[^/]+\\.tmx$`));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await closeBridge(page, server);
});

test('after one export the same dialog exports again once the format or path is changed', async ({ page }) => {
  // A reviewer writes a TMX, then picks XLIFF in the dialog still open: the
  // Export button must come back rather than leave live fields that do nothing.
  const server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.command('export');
  const dialog = page.getByRole('dialog', { name: 'Export pairs' });
  await dialog.getByRole('radio', { name: 'All pairs' }).check();
  const tmxPath = join(dataDir, 'pairs.tmx');
  await dialog.getByLabel(/Output file/).fill(tmxPath);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.locator('.export-files')).toContainText(tmxPath);

  await dialog.getByRole('radio', { name: '(.xlf)', exact: false }).check();
  await expect(dialog.getByLabel(/Output file/)).toHaveValue(join(dataDir, 'pairs.xlf'));
  await expect(dialog.locator('.export-files')).toBeHidden();
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.locator('.export-files')).toContainText(join(dataDir, 'pairs.xlf'));
  expect(readFileSync(join(dataDir, 'pairs.xlf'), 'utf8')).toContain('<xliff');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await server.close();
});
