// A 10,000-pair project opens, scrolls to the end and takes an edit, with only
// a window of rows in the DOM. Times are recorded to dist/bench/large-project.json
// for the benchmark to print; nothing here asserts a duration.
import { expect, test } from './support/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, removeDir, REPO_ROOT, startBridge } from './support/bridge';
import { EditorPage } from './support/editor-page';
import { writeLargeProject } from './support/large-project';

test('a 10,000-pair project opens, scrolls to the end and is edited there', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = makeTempDir('large');
  const projectPath = join(dataDir, 'large.muqabala');
  const built = performance.now();
  const pairs = writeLargeProject(projectPath);
  const buildMs = performance.now() - built;
  expect(pairs).toBeGreaterThanOrEqual(10_000);
  const server = await startBridge(dataDir, { projectPath });
  try {
    const editor = new EditorPage(page);
    const opened = performance.now();
    await editor.open(server.url);
    await editor.waitForRows();
    const openMs = performance.now() - opened;
    expect(await editor.rowCount()).toBe(pairs);
    expect(await editor.rows.count()).toBeLessThan(100);
    // Where the open went, by the page's own clock (ms from the start of navigation).
    await expect(page.locator('.english-editor .monaco-editor')).toBeVisible();
    const inPage = await page.evaluate(() => {
      const at = (name: string) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? -1);
      const startup = (performance.getEntriesByType('resource') as unknown as Array<{ name: string; startTime: number; responseEnd: number }>).find((entry) => entry.name.endsWith('/api/startup'));
      return {
        scriptRunMs: Math.round(startup?.startTime ?? -1),
        projectReceivedMs: Math.round(startup?.responseEnd ?? -1),
        rowsShownMs: at('muqabala:project-shown'),
        englishEditorReadyMs: at('muqabala:editor-ready'),
      };
    });

    const scrolled = performance.now();
    await editor.pressOnGrid('End');
    await expect(editor.row(pairs - 1)).toHaveAttribute('aria-selected', 'true');
    await expect(editor.row(pairs - 1)).toBeInViewport();
    const scrollToEndMs = performance.now() - scrolled;

    // Paging back up through the list keeps the DOM small.
    const paged = performance.now();
    for (let step = 0; step < 20; step++) await page.keyboard.press('PageUp');
    await expect(editor.selectedRow()).toBeInViewport();
    const pageUp20Ms = performance.now() - paged;
    expect(await editor.rows.count()).toBeLessThan(100);

    await editor.pressOnGrid('End');
    const target = pairs - 1;
    const approved = performance.now();
    await page.keyboard.press('a');
    await expect(editor.row(target).locator('.status')).toHaveAttribute('aria-label', 'Approved');
    const approveMs = performance.now() - approved;

    const merged = performance.now();
    await editor.selectRow(pairs - 2);
    await page.keyboard.press('Control+m');
    await expect.poll(() => editor.rowCount()).toBe(pairs - 1);
    const mergeMs = performance.now() - merged;

    const timings = { pairs, buildProjectMs: Math.round(buildMs), openMs: Math.round(openMs), ...inPage, scrollToEndMs: Math.round(scrollToEndMs), pageUp20Ms: Math.round(pageUp20Ms), approveMs: Math.round(approveMs), mergeNearEndMs: Math.round(mergeMs), domRows: await editor.rows.count() };
    mkdirSync(join(REPO_ROOT, 'dist', 'bench'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'dist', 'bench', 'large-project.json'), JSON.stringify(timings, null, 2) + '\n');
    console.log('large project timings', timings);
  } finally {
    await server.close();
    removeDir(dataDir);
  }
});
