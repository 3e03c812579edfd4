// New Project as a reviewer meets it: a failed import keeps what was chosen
// (fix one file and retry), swapped files name the project in the corrected
// order, and the import report shows the match score.
import { join } from 'node:path';
import { expect, test } from './support/test';
import type { BridgeServer } from '../../main/serve';
import { REPO_ROOT } from './support/bridge';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';

const SAMPLE_AR = join(REPO_ROOT, 'assets', 'sample', 'putin-bases-taliban.ar.txt');
const SAMPLE_EN = join(REPO_ROOT, 'assets', 'sample', 'putin-bases-taliban.en.txt');
const EMPTY = join(REPO_ROOT, 'tests', 'fixtures', 'text', 'empty.txt');

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('new-project', (opened) => ({ dataDir, server, editor } = opened));

test('a failed New Project opens the dialog again with the files still chosen and the reason; fixing one file is enough', async ({ page }) => {
  await editor.pressOnGrid('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Arabic original file').setInputFiles(SAMPLE_AR);
  await dialog.getByLabel('English translation file').setInputFiles(EMPTY);
  await dialog.getByLabel('Arabic original encoding').selectOption('utf-8');
  await dialog.getByLabel('Project name').fill('My review');
  await dialog.getByRole('button', { name: 'Create project' }).click();

  // The same dialog again, as it was, saying what went wrong.
  await expect(dialog.locator('.dialog-problem')).toHaveText(/^The project could not be created: .*empty\.txt.*/);
  await expect(dialog.locator('.file-slot-ar .file-chosen')).toHaveText(/^putin-bases-taliban\.ar\.txt /);
  await expect(dialog.locator('.file-slot-en .file-chosen')).toHaveText(/^empty\.txt /);
  expect(await dialog.getByLabel('Arabic original file').evaluate((input) => (input as unknown as { files: Array<{ name: string }> }).files[0]?.name)).toBe('putin-bases-taliban.ar.txt');
  await expect(dialog.getByLabel('Arabic original encoding')).toHaveValue('utf-8');
  await expect(dialog.getByLabel('Project name')).toHaveValue('My review');

  await dialog.getByLabel('English translation file').setInputFiles(SAMPLE_EN);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  const report = page.getByRole('dialog', { name: 'Project created' });
  await expect(report).toBeVisible();
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.project-name')).toHaveText(/^My review/);
});

test('swapped files are named in the corrected order, and the import report shows the match score', async ({ page }) => {
  await editor.command('new-project');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Arabic original file').setInputFiles(SAMPLE_EN);
  await dialog.getByLabel('English translation file').setInputFiles(SAMPLE_AR);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  const report = page.getByRole('dialog', { name: 'Project created' });
  await expect(report.locator('.import-swapped')).toBeVisible();
  const { alignment } = await editor.projectInPage();
  await expect(report.locator('.import-match-score')).toContainText(`Match score ${alignment.matchScore.toFixed(2)}: `);
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.project-name')).toHaveText(/^putin-bases-taliban\.ar \+ putin-bases-taliban\.en/);
});
