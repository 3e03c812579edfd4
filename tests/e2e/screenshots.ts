// npm run screenshots: the real renderer over the loopback bridge in Debian's
// Chromium, saved as PNGs in docs/ for the README: the aligned sample, the word
// diff of an edited pair, the export dialog, Find and Replace, the statistics
// view, and the dark theme.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, removeDir, REPO_ROOT, startBridge } from './support/bridge';
import { EditorPage } from './support/editor-page';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DOCS = join(REPO_ROOT, 'docs');

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
  await page.screenshot({ path: join(DOCS, name) });
  console.log(`docs/${name}`);
}

async function main(): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  const dataDir = makeTempDir('screenshots');
  const server = await startBridge(dataDir, { openSample: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const editor = new EditorPage(page);
    await editor.open(server.url);
    await editor.waitForRows();
    // Rows are found by their content, not their position: positions follow the aligner.
    const kremlin = await editor.beadStartingWith('The Kremlin offered');
    // A few reviewed pairs before it so the gutter and progress bar show all states.
    for (const [row, key] of [[kremlin - 3, 'a'], [kremlin - 2, 'a'], [kremlin - 1, 'r']] as const) {
      await editor.selectRow(row);
      await page.keyboard.press(key);
    }
    await editor.selectRow(kremlin);
    await shoot(page, 'screenshot-aligned.png');

    const before = await editor.rowText(kremlin, 'en');
    await page.locator('.english-editor .view-lines').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(before.replace('offered', 'proposed to').replace('gather intelligence', 'collect intelligence'));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Show changes' }).click();
    await shoot(page, 'screenshot-diff.png');
    await page.getByRole('button', { name: 'Hide changes' }).click();

    await editor.command('export');
    await page.getByRole('dialog', { name: 'Export pairs' }).waitFor();
    await shoot(page, 'screenshot-export.png');
    await page.keyboard.press('Escape');

    // Find: matches highlighted in both columns, the current one stronger; the replace bar open.
    const search = page.getByRole('searchbox', { name: /Search both sides/ });
    await search.fill('Kommersant');
    await search.press('Enter');
    await editor.command('replace');
    await page.getByRole('textbox', { name: /Replace the matches in the English with/ }).fill('Kommersant daily');
    await shoot(page, 'screenshot-find.png');
    await page.keyboard.press('Escape');
    await search.fill('');

    await editor.command('statistics');
    await page.getByRole('dialog', { name: 'Project statistics' }).waitFor();
    await shoot(page, 'screenshot-statistics.png');
    await page.keyboard.press('Escape');

    await editor.command('toggle-theme');
    await editor.selectRow(kremlin);
    await shoot(page, 'screenshot-dark.png');
  } finally {
    await browser.close();
    await server.close();
    removeDir(dataDir);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
