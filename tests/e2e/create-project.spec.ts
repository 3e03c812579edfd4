// Creating a project from the seed pair through the New Project dialog, and
// seeing both columns in the right direction and place.
import { expect, test } from './support/test';
import { join } from 'node:path';
import { REPO_ROOT, SEED_ARABIC, SEED_ENGLISH } from './support/bridge';
import type { EditorPage } from './support/editor-page';
import { openBridgeForEachTest } from './support/sample-session';

let editor: EditorPage;

openBridgeForEachTest('create', (opened) => ({ editor } = opened));

test('a project made from the seed pair shows Arabic right-to-left on the right and English on the left', async ({ page }) => {
  await editor.command('new-project');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  // Given the wrong way round on purpose: the import must notice and swap.
  await dialog.getByLabel('Arabic original file').setInputFiles(SEED_ENGLISH);
  await dialog.getByLabel('English translation file').setInputFiles(SEED_ARABIC);
  await dialog.getByRole('button', { name: 'Create project' }).click();

  const report = page.getByRole('dialog', { name: 'Project created' });
  await expect(report).toBeVisible();
  await expect(report.locator('.import-swapped')).toBeVisible();
  await expect(report.locator('table')).toContainText('putin-bases-taliban.ar.txt');
  await expect(report.locator('table')).toContainText('utf-8');
  // The whole-pair judgement with its reason in plain words.
  await expect(report.locator('.import-match')).toContainText(/Match score 1\.00: aligned pairs explain the texts \d+(\.\d)?× better than shuffled ones/);
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.match-score')).toHaveText('Match 1.00');
  await expect(page.locator('.match-score')).toHaveAttribute('title', /better than shuffled ones/);

  await editor.waitForRows();
  expect(await editor.rowCount()).toBeGreaterThan(10);
  await expect(page.locator('.project-name')).toContainText('putin-bases-taliban.ar');

  const firstArabic = editor.row(0).locator('.cell-ar');
  const firstEnglish = editor.row(0).locator('.cell-en');
  await expect(firstArabic).toHaveAttribute('dir', 'rtl');
  await expect(firstArabic).toHaveAttribute('lang', 'ar');
  await expect(firstEnglish).toHaveAttribute('dir', 'ltr');
  const arabicBox = (await firstArabic.boundingBox())!;
  const englishBox = (await firstEnglish.boundingBox())!;
  expect(arabicBox.x).toBeGreaterThan(englishBox.x + englishBox.width - 1);
  // Arabic text ends at the right edge of its cell (right-aligned, RTL).
  await expect(firstArabic).toHaveCSS('direction', 'rtl');
  await expect(firstArabic).toHaveCSS('text-align', 'right');

  // The Latin name inside an Arabic sentence is isolated; search finds it on the Arabic side too.
  await page.getByRole('searchbox', { name: /Search both sides/ }).fill('Kommersant');
  await expect(page.locator('.filter-count')).toContainText('Showing');
  await expect(page.locator('.cell-ar bdi', { hasText: 'Kommersant' }).first()).toHaveAttribute('dir', 'ltr');
  await page.getByRole('searchbox', { name: /Search both sides/ }).fill('');
  await expect(page.locator('.filter-count')).toHaveText('');

  // View > Swap Columns puts Arabic on the left.
  await editor.command('toggle-columns');
  const swappedArabic = (await editor.row(0).locator('.cell-ar').boundingBox())!;
  const swappedEnglish = (await editor.row(0).locator('.cell-en').boundingBox())!;
  expect(swappedArabic.x + swappedArabic.width).toBeLessThanOrEqual(swappedEnglish.x + 1);
});

test('the grid is an accessible grid with row indices and a labelled gutter', async ({ page }) => {
  // A short window, so the sample's pairs do not all fit in view.
  await page.setViewportSize({ width: 1400, height: 420 });
  const count = await editor.rowCount();
  expect(count).toBeGreaterThan(10);
  await expect(editor.row(0)).toHaveAttribute('role', 'row');
  await expect(editor.row(0).getByRole('gridcell')).toHaveCount(3);
  const confidence = editor.row(0).locator('.confidence');
  await expect(confidence).toHaveAttribute('aria-label', /Confidence \d+%/);
  await expect(confidence).toHaveAttribute('title', /Confidence/);
  // Only a window of rows is in the DOM, not every pair: the last pair is not
  // there until the grid scrolls to it, and then the first one is gone.
  expect(await editor.rows.count()).toBeLessThan(count);
  await expect(editor.row(count - 1)).toHaveCount(0);
  await editor.pressOnGrid('End');
  await expect(editor.row(count - 1)).toBeInViewport();
  await expect(editor.row(0)).toHaveCount(0);
  expect(await editor.rows.count()).toBeLessThan(count);
});

test('a project whose texts are not translations of each other keeps a warning banner in view', async ({ page }) => {
  const banner = page.getByRole('status').filter({ hasText: 'do not look like translations' });
  await expect(banner).toHaveCount(0);

  await editor.command('new-project');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Arabic original file').setInputFiles(join(REPO_ROOT, 'assets', 'sample', 'putin-bases-taliban.ar.txt'));
  await dialog.getByLabel('English translation file').setInputFiles(join(REPO_ROOT, 'tests', 'fixtures', 'samples', '002_716a7d0f8711187b.txt'));
  await dialog.getByRole('button', { name: 'Create project' }).click();
  const report = page.getByRole('dialog', { name: 'Project created' });
  await report.getByRole('button', { name: 'OK' }).click();
  await editor.waitForRows();

  await expect(banner).toBeVisible();
  // The score it names is the project's, below the threshold.
  await expect(banner).toContainText(/match score 0\.[0-4]\d\)/);
  // It stays while the user works.
  await editor.selectRow(1);
  await page.keyboard.press('a');
  // The approval has come back from the main process (the test must not close the server under it).
  await expect(editor.row(1).locator('.status')).toHaveAttribute('aria-label', 'Approved');
  await page.keyboard.press('j');
  await expect(editor.row(2)).toHaveAttribute('aria-selected', 'true');
  await expect(banner).toBeVisible();
});
