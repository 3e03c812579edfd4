// FreeDict's Arabic-English dictionary (Debian's dict-freedict-ara-eng, GPL, never
// bundled) offered in the New Project dialog where it is installed, and the
// choice carried to the aligner; where it is not installed, the choice is off
// with the reason. .ci/run installs the package, as this machine has it.
import { expect, test } from './support/test';
import type { Locator, Page } from '@playwright/test';
import type { BridgeServer, BridgeServerOptions } from '../../main/serve';
import { join } from 'node:path';
import { closeBridge, makeTempDir, removeDir, SEED_ARABIC, SEED_ENGLISH, startBridge } from './support/bridge';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

test.afterEach(async ({ page }) => {
  await closeBridge(page, server);
  removeDir(dataDir);
});

/** A bridge over a fresh folder with these options, the editor open on it, and its New Project dialog. */
async function newProjectDialog(page: Page, name: string, options: (dir: string) => Partial<BridgeServerOptions>): Promise<Locator> {
  dataDir = makeTempDir(name);
  server = await startBridge(dataDir, options(dataDir));
  editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.command('new-project');
  return page.getByRole('dialog', { name: 'New project' });
}

test('the installed FreeDict dictionary is offered, and a project made with it says the aligner used it', async ({ page }) => {
  test.setTimeout(90_000);
  const dialog = await newProjectDialog(page, 'freedict', () => ({}));
  const choice = dialog.getByLabel('Use the FreeDict Arabic-English dictionary');
  await expect(choice).toBeEnabled();
  await expect(choice).not.toBeChecked();
  await choice.check();
  await dialog.getByLabel('Arabic original file').setInputFiles(SEED_ARABIC);
  await dialog.getByLabel('English translation file').setInputFiles(SEED_ENGLISH);
  await dialog.getByRole('button', { name: 'Create project' }).click();

  const report = page.getByRole('dialog', { name: 'Project created' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report.locator('.import-dictionary')).toHaveText(/^Aligned with the dictionary FreeDict Arabic-English, \d+ entries\.$/);
  await report.getByRole('button', { name: 'OK' }).click();
  await editor.waitForRows();
});

test('without the dictionary installed the choice is off, with the reason, and the report names no dictionary', async ({ page }) => {
  const dialog = await newProjectDialog(page, 'freedict-absent', (dir) => ({ freeDictionaryPath: join(dir, 'no-such-dictionary.index') }));
  const choice = dialog.getByLabel('Use the FreeDict Arabic-English dictionary');
  await expect(choice).toBeDisabled();
  await expect(dialog.locator('.free-dictionary-reason')).toContainText('not installed (Debian and Ubuntu: apt install dict-freedict-ara-eng)');
  await dialog.getByLabel('Arabic original file').setInputFiles(SEED_ARABIC);
  await dialog.getByLabel('English translation file').setInputFiles(SEED_ENGLISH);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  const report = page.getByRole('dialog', { name: 'Project created' });
  await expect(report).toBeVisible();
  await expect(report.locator('.import-dictionary')).toHaveCount(0);
});

test('the FreeDict checkbox sits beside its words, at 1400 and at 800 px', async ({ page }) => {
  // Seen while reviewing at 800x600: the box alone on a line, centred, its words on the line below.
  const dialog = await newProjectDialog(page, 'freedict-layout', () => ({}));
  for (const width of [1400, 800]) {
    await page.setViewportSize({ width, height: 600 });
    // Where the box and its words are drawn (a string: the tests compile without the DOM's types).
    const place = await page.evaluate(`(() => {
      const label = document.querySelector('dialog[open] .free-dictionary');
      const box = label.querySelector('input').getBoundingClientRect();
      const words = [...label.childNodes].find((node) => node.nodeType === 3 && node.textContent.includes('FreeDict'));
      const range = document.createRange();
      range.selectNodeContents(words);
      const text = range.getClientRects()[0];
      return { boxMiddle: box.top + box.height / 2, textTop: text.top, textBottom: text.bottom, boxRight: box.right, textLeft: text.left };
    })()`) as { boxMiddle: number; textTop: number; textBottom: number; boxRight: number; textLeft: number };
    expect(place.boxMiddle, `${width} px: the box on the line of its words`).toBeGreaterThan(place.textTop);
    expect(place.boxMiddle, `${width} px: the box on the line of its words`).toBeLessThan(place.textBottom);
    expect(place.boxRight, `${width} px: the box before its words`).toBeLessThanOrEqual(place.textLeft);
  }
});
