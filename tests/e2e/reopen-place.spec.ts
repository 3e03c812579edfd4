// Reopening a project puts the reviewer back where they were: the same pair
// selected, the same pair at the top of the list (kept beside the project file).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import type { BridgeServer } from '../../main/serve';
import { closeBridge, makeTempDir, removeDir, startBridge } from './support/bridge';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;

test.beforeEach(async () => {
  dataDir = makeTempDir('reopen');
  server = await startBridge(dataDir, { openSample: true });
});

test.afterEach(async ({ page }) => {
  await closeBridge(page, server);
  removeDir(dataDir);
});

async function answerPath(page: Page, title: string, path: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('textbox').fill(path);
  await dialog.getByRole('button', { name: 'OK' }).click();
}

/** The number of the first row whose top is in view. */
async function topRowNumber(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const body = document.querySelector('.grid-body').getBoundingClientRect();
    const rows = [...document.querySelectorAll('.grid-canvas .row')]
      .filter((row) => row.getBoundingClientRect().bottom > body.top + 1)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    return rows[0].querySelector('.row-number').textContent;
  })()`);
}

test('a reopened project has the same pair selected and the same pair at the top, in a new session too', async ({ page }) => {
  const projectPath = join(dataDir, 'review.muqabala');
  let editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.pressOnGrid('Control+s');
  await answerPath(page, 'Save project', projectPath);
  await expect(editor.saveState()).toHaveText('Saved');

  // Go to pair 20 and scroll so that pair 15 is the first row.
  await editor.pressOnGrid('Control+g');
  await page.getByRole('spinbutton', { name: /Pair number/ }).fill('15');
  await page.keyboard.press('Enter');
  await editor.pressOnGrid('Control+g');
  await page.getByRole('spinbutton', { name: /Pair number/ }).fill('20');
  await page.keyboard.press('Enter');
  await page.locator('.grid-body').evaluate((body) => {
    const row = body.querySelector('.row[aria-rowindex="16"]')!;
    body.scrollTop += row.getBoundingClientRect().top - body.getBoundingClientRect().top;
  });
  await expect.poll(() => topRowNumber(page)).toBe('15');
  const { beads } = await editor.projectInPage();
  // Saving (as closing, opening another project or the next edit would) records the place
  // beside the project file; moving is not an edit, so the project stays saved.
  await editor.pressOnGrid('Control+s');
  const viewFile = `${projectPath}.view.json`;
  await expect.poll(() => existsSync(viewFile) && JSON.parse(readFileSync(viewFile, 'utf8')).topBeadId).toBe(beads[14].id);
  expect(JSON.parse(readFileSync(viewFile, 'utf8')).selectedBeadId).toBe(beads[19].id);
  await expect(editor.saveState()).toHaveText('Saved');

  // A new session (another server, another page) opens the file.
  await server.close();
  server = await startBridge(dataDir, { openSample: true });
  const fresh = await page.context().newPage();
  editor = new EditorPage(fresh);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.pressOnGrid('Control+o');
  await answerPath(fresh, 'Open project', projectPath);
  await expect(editor.selectedRow().locator('.row-number')).toHaveText('20');
  await expect.poll(() => topRowNumber(fresh)).toBe('15');
  await expect(fresh.locator('.pair-editor-title')).toHaveText(/^Pair 20 /);
  await fresh.close();
});

test('a page reload keeps the place the reviewer moved to since the last save (npm run serve)', async ({ page }) => {
  // Seen in review: J twice, reload: the selection was the one at the last save,
  // because the place went to the services only along with an edit or a save.
  const projectPath = join(dataDir, 'reload.muqabala');
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.pressOnGrid('Control+s');
  await answerPath(page, 'Save project', projectPath);
  await expect(editor.saveState()).toHaveText('Saved');
  await editor.pressOnGrid('j');
  await page.keyboard.press('j');
  await expect(editor.selectedRow().locator('.row-number')).toHaveText('3');

  await page.reload();
  await editor.waitForRows();
  await expect(editor.selectedRow().locator('.row-number')).toHaveText('3');
  await expect(page.locator('.pair-editor-title')).toHaveText(/^Pair 3 /);
  // Moving is not an edit: the project is still saved, and the place is beside its file for the next session too.
  await expect(editor.saveState()).toHaveText('Saved');
  const { beads } = await editor.projectInPage();
  await expect.poll(() => JSON.parse(readFileSync(`${projectPath}.view.json`, 'utf8')).selectedBeadId).toBe(beads[2].id);
});
