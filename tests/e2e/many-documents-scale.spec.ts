// A 200-document project with 20,000 pairs opens with its document list, moves
// to a document far down the list, and takes edits there. Times are written to
// dist/bench/many-documents.json for the benchmark to print; nothing here
// asserts a duration.
import { expect, test } from './support/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, removeDir, REPO_ROOT, startBridge } from './support/bridge';
import { EditorPage } from './support/editor-page';
import { writeManyDocumentsProject } from './support/many-documents-project';
import { writeLargeProject } from './support/large-project';

test('a 200-document project with 20,000 pairs opens, moves between documents and is edited', async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = makeTempDir('many-documents');
  const projectPath = join(dataDir, 'chapters.muqabala');
  const built = performance.now();
  const { documents, pairs, pairsOf } = writeManyDocumentsProject(projectPath);
  const buildMs = performance.now() - built;
  expect(pairs).toBeGreaterThanOrEqual(20_000);
  // What opening costs whatever the size: the page with a one-document sample, in the same run.
  const sample = await startBridge(makeTempDir('many-documents-sample'), { openSample: true });
  const baseline = performance.now();
  await new EditorPage(page).open(sample.url);
  await new EditorPage(page).waitForRows();
  const openSampleMs = performance.now() - baseline;
  // Leave the page before its server goes: the editor loads Monaco lazily, and a fetch cut short is a page error.
  await page.goto('about:blank');
  await sample.close();
  // The bench (MUQABALA_BENCH=1) also opens one document of the same size, for comparison; `npm test` need not build it.
  let openSingleDocumentMs: number | null = null;
  if (process.env.MUQABALA_BENCH === '1') {
    const singlePath = join(dataDir, 'one-document.muqabala');
    const singlePairs = writeLargeProject(singlePath, pairs);
    const single = await startBridge(makeTempDir('many-documents-single'), { projectPath: singlePath });
    const singleOpened = performance.now();
    await new EditorPage(page).open(single.url);
    await new EditorPage(page).waitForRows();
    await expect.poll(() => new EditorPage(page).rowCount()).toBe(singlePairs);
    openSingleDocumentMs = Math.round(performance.now() - singleOpened);
    await page.goto('about:blank');
    await single.close();
  }
  const server = await startBridge(dataDir, { projectPath });
  try {
    const editor = new EditorPage(page);
    const list = page.getByRole('navigation', { name: 'Documents' });
    const opened = performance.now();
    await editor.open(server.url);
    await editor.waitForRows();
    await expect(list.getByRole('listitem')).toHaveCount(documents + 1);
    const openMs = performance.now() - opened;
    expect(await editor.rowCount()).toBe(pairs);
    expect(await editor.rows.count()).toBeLessThan(100);

    const entry = list.getByRole('button', { name: /^chapter-150/ });
    const switched = performance.now();
    await entry.click();
    await expect(entry).toHaveAttribute('aria-current', 'true');
    // The grid's row count (one header row) as an auto-retrying assertion: expect.poll waits 100-500 ms between tries and would time that.
    const showsRows = (rows: number) => expect(editor.grid).toHaveAttribute('aria-rowcount', String(rows + 1));
    await showsRows(pairsOf.get('chapter-150') as number);
    const switchMs = performance.now() - switched;

    const stepped = performance.now();
    await editor.pressOnGrid('Alt+PageDown');
    await expect(list.getByRole('button', { name: /^chapter-151/ })).toHaveAttribute('aria-current', 'true');
    await expect(editor.row(0)).toHaveAttribute('aria-selected', 'true');
    const nextDocumentMs = performance.now() - stepped;

    const approved = performance.now();
    await editor.pressOnGrid('a');
    await expect(editor.row(0).locator('.status')).toHaveAttribute('aria-label', 'Approved');
    await expect(list.getByRole('button', { name: /^chapter-151/ }).locator('.document-count')).toHaveText(/^1 \//);
    const approveMs = performance.now() - approved;

    const merged = performance.now();
    const before = await editor.rowCount();
    await editor.selectRow(1);
    await page.keyboard.press('Control+m');
    await showsRows(before - 1);
    const mergeMs = performance.now() - merged;

    const allShown = performance.now();
    await list.getByRole('button', { name: /^All documents/ }).click();
    await showsRows(pairs - 1);
    const allDocumentsMs = performance.now() - allShown;

    const timings = {
      documents, pairs, buildProjectMs: Math.round(buildMs), openSampleMs: Math.round(openSampleMs), openSingleDocumentMs, openMs: Math.round(openMs), switchToDocument150Ms: Math.round(switchMs),
      nextDocumentKeyMs: Math.round(nextDocumentMs), approveMs: Math.round(approveMs), mergeMs: Math.round(mergeMs),
      showAllDocumentsMs: Math.round(allDocumentsMs), domRows: await editor.rows.count(),
    };
    mkdirSync(join(REPO_ROOT, 'dist', 'bench'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'dist', 'bench', 'many-documents.json'), JSON.stringify(timings, null, 2) + '\n');
    console.log('many-documents timings', timings);
  } finally {
    await server.close();
    removeDir(dataDir);
  }
});
