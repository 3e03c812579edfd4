// What the desktop shell's main process asks of the page, over the loopback
// bridge: the initial load it owns (the page waits for it), a close request
// (the page commits the text being typed, then asks), and menu commands routed
// by focus (a field's own undo; nothing behind a dialog).
import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import type { MuqabalaApi } from '../../main/ipc/contract';
import type { BridgeServer } from '../../main/serve';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_FILES } from '../../main/services/api';
import { closeBridge, makeTempDir, removeDir, REPO_ROOT, startBridge } from './support/bridge';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer | null = null;

test.beforeEach(() => {
  dataDir = makeTempDir('shell');
});

test.afterEach(async ({ page }) => {
  await closeBridge(page, server);
  server = null;
  removeDir(dataDir);
});

const api = (page: Page) => page.evaluate(() => (globalThis as unknown as { muqabala: MuqabalaApi }).muqabala.getProject());

test('the page opened while the sample is still aligning waits for it: no second alignment, no error', async ({ page }) => {
  // A sample long enough (the NTREX excerpt, 10,000 lines a side) to be still aligning when the page asks.
  const sampleDir = join(dataDir, 'sample');
  mkdirSync(sampleDir);
  const repeat = (file: string) => Array.from({ length: 50 }, () => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'ntrex', file), 'utf8')).join('\n');
  writeFileSync(join(sampleDir, SAMPLE_FILES.ar), repeat('ntrex-13-docs.ar.txt'));
  writeFileSync(join(sampleDir, SAMPLE_FILES.en), repeat('ntrex-13-docs.en.txt'));
  // The server does not wait for the sample: the page loads while it aligns.
  test.setTimeout(180_000);
  server = await startBridge(dataDir, { openSample: true, sampleDir });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  // Aligning 10,000 lines takes a few seconds, more on a busy machine.
  await expect(editor.rows.first()).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('.project-name')).toContainText('Sample');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await editor.rowCount()).toBeGreaterThan(9000);
});

test('with nothing to open at start the page loads nothing of its own', async ({ page }) => {
  server = await startBridge(dataDir, { openSample: false });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  // start() ends by focusing the grid: by then it has done all it will do.
  await expect(editor.grid).toBeFocused();
  expect(await api(page)).toBeNull();
  await expect(editor.rows).toHaveCount(0);
});

test('closing commits the English being typed, asks about it, and answers the main process', async ({ page }) => {
  server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.selectRow(1);
  await page.locator('.english-editor .view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Typed just before closing');
  // No blur: the text is only in the editor when the close request comes.
  const firstAnswer = server.requestClose();
  const ask = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(ask).toBeVisible();
  expect((await api(page))!.beads[1].en.map((sentence) => sentence.text)).toEqual(['Typed just before closing']);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(await firstAnswer).toBe(false);

  const secondAnswer = server.requestClose();
  await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Discard changes' }).click();
  expect(await secondAnswer).toBe(true);
});

test('a clean project closes without a question', async ({ page }) => {
  server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  expect(await server.requestClose()).toBe(true);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('menu Undo goes to the focused field, and to the project from the grid', async ({ page }) => {
  server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.selectRow(2);
  await editor.pressOnGrid('a');
  await expect(editor.row(2).locator('.status')).toHaveAttribute('aria-label', 'Approved');

  // In the search box: the typing is undone, the approval stays.
  const search = page.getByRole('searchbox', { name: /Search both sides/ });
  await search.click();
  await page.keyboard.type('Putin');
  // Chromium's own undo of a text field takes the typing back in runs: under load
  // the search applied between two keys ends a run (CI once saw "Pu" left after one
  // undo). Each undo takes some typing back and never the approval.
  for (let step = 0; step < 5 && (await search.inputValue()) !== ''; step++) {
    const typed = await search.inputValue();
    await server.sendMenuCommand('undo');
    await expect(search).not.toHaveValue(typed);
    expect('Putin'.startsWith(await search.inputValue())).toBe(true);
    await expect(editor.row(2).locator('.status')).toHaveAttribute('aria-label', 'Approved');
  }
  await expect(search).toHaveValue('');

  // In the English editor: Monaco's own undo.
  await editor.selectRow(2);
  const before = await editor.rowText(2, 'en');
  await page.locator('.english-editor .view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' EXTRA');
  await expect(page.locator('.english-editor .view-lines')).toContainText('EXTRA');
  await server.sendMenuCommand('undo');
  await expect(page.locator('.english-editor .view-lines')).not.toContainText('EXTRA');
  await expect(editor.row(2).locator('.status')).toHaveAttribute('aria-label', 'Approved');

  // From the grid: the project's undo.
  await editor.grid.focus();
  await server.sendMenuCommand('undo');
  await expect(editor.row(2).locator('.status')).not.toHaveAttribute('aria-label', 'Approved');
  expect(await editor.rowText(2, 'en')).toBe(before);
});

test('menu commands do not act on the project behind the app\'s own dialog', async ({ page }) => {
  server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.selectRow(3);
  await editor.pressOnGrid('?');
  const shortcuts = page.getByRole('dialog', { name: /shortcuts/i });
  await expect(shortcuts).toBeVisible();
  await server.sendMenuCommand('approve');
  await server.sendMenuCommand('merge-with-next');
  // Both have arrived (in order) once the second one's refusal is said.
  await expect(page.locator('.status-message')).toHaveText(/Merge with next.*was not run: close the dialog first/i);
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  const project = (await api(page))!;
  expect(project.history.canUndo).toBe(false);
  expect(project.beads[3].status).toBe('unreviewed');
  // The same command with no dialog open does act.
  await server.sendMenuCommand('approve');
  await expect(editor.row(3).locator('.status')).toHaveAttribute('aria-label', 'Approved');
});
