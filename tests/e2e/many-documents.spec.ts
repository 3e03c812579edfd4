// A project that holds several documents: made by `muqabala batch --project`
// over a folder (two NTREX articles and a pair that is not a translation),
// opened in the editor; the document list, moving between documents (click and
// keyboard), search and filters over one document or all, export of one or
// all; and New Project from several files with the pairing shown first.
import { expect, test } from './support/test';
import type { Locator, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BridgeServer } from '../../main/serve';
import type { MuqabalaApi, ProjectView } from '../../main/ipc/contract';
import { closeBridge, makeTempDir, removeDir, REPO_ROOT, startBridge } from './support/bridge';
import { EditorPage } from './support/editor-page';
import { holdBack } from './support/hold-back';

const CORPUS = join(REPO_ROOT, 'tests', 'fixtures', 'corpus');
const CLI = join(REPO_ROOT, 'dist', 'main', 'cli.js');

let dataDir: string;
let server: BridgeServer | null = null;

/** A client's folder: two articles and a pair whose English belongs to another article. */
function writeFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(CORPUS, 'ntrex-009.ar.txt'), join(folder, 'article-1.ar.txt'));
  copyFileSync(join(CORPUS, 'ntrex-009.en.txt'), join(folder, 'article-1.en.txt'));
  copyFileSync(join(CORPUS, 'ntrex-019.ar.txt'), join(folder, 'article-2.ar.txt'));
  copyFileSync(join(CORPUS, 'ntrex-019.en.txt'), join(folder, 'article-2.en.txt'));
  // ntrex-039's Arabic against ntrex-019's English: flagged (its anchors disagree). Against ntrex-054's it is
  // only undecided: ten sentences are few to judge by (tests/bench/align-match.ts).
  copyFileSync(join(CORPUS, 'ntrex-039.ar.txt'), join(folder, 'article-3.ar.txt'));
  copyFileSync(join(CORPUS, 'ntrex-019.en.txt'), join(folder, 'article-3.en.txt'));
}

const documentEntry = (page: Page, name: string) => page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: new RegExp(`^${name}`) });
const pairsOf = (project: ProjectView, id: string) => project.beads.filter((bead) => bead.document === id);
const englishWords = (project: ProjectView, id: string) => new Set(pairsOf(project, id).flatMap((bead) => bead.en.map((s) => s.text))
  .join(' ').toLowerCase().match(/[a-z]{7,}/g) ?? []);

test.beforeEach(() => {
  dataDir = makeTempDir('documents');
});

test.afterEach(async ({ page }) => {
  await closeBridge(page, server);
  server = null;
  removeDir(dataDir);
});

/** The client's three articles through `batch --project`, and the editor opened on the corpus project it wrote. */
async function openClientBatch(page: Page): Promise<EditorPage> {
  writeFolder(join(dataDir, 'client'));
  const batch = spawnSync(process.execPath, [CLI, 'batch', join(dataDir, 'client'), '--out', join(dataDir, 'out'), '--format', 'tsv', '--project'], { encoding: 'utf8' });
  expect(batch.status, batch.stderr).toBe(0);
  server = await startBridge(dataDir, { projectPath: join(dataDir, 'out', 'corpus.muqabala') });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  return editor;
}

test('a three-document project: the list, moving between documents, search and filters over one or all, export one or all', async ({ page }) => {
  const editor = await openClientBatch(page);
  const project = await editor.projectInPage();
  const ids = ['article-1', 'article-2', 'article-3'];
  expect(project.documents?.map((document) => document.id)).toEqual(ids);
  const counts = ids.map((id) => pairsOf(project, id).length);

  // The list: every document with its progress, the non-translation flagged; all documents shown at first.
  const list = page.getByRole('navigation', { name: 'Documents' });
  await expect(list).toBeVisible();
  await expect(documentEntry(page, 'All documents')).toHaveAttribute('aria-current', 'true');
  expect(await editor.rowCount()).toBe(project.beads.length);
  for (const [k, id] of ids.entries()) await expect(documentEntry(page, id).locator('.document-count')).toHaveText(`0 / ${counts[k]}`);
  await expect(documentEntry(page, 'article-3').locator('.document-warning')).toBeVisible();
  await expect(documentEntry(page, 'article-1').locator('.document-warning')).toHaveCount(0);

  // A click shows one document; the keyboard moves to the next and back.
  await documentEntry(page, 'article-2').click();
  await expect(documentEntry(page, 'article-2')).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => editor.rowCount()).toBe(counts[1]);
  expect(await editor.rowText(0, 'en')).toBe(pairsOf(project, 'article-2')[0].en.map((s) => s.text).join(' '));
  await editor.pressOnGrid('Alt+PageDown');
  await expect(documentEntry(page, 'article-3')).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => editor.rowCount()).toBe(counts[2]);
  // The banner speaks of the document shown: the third is not a translation, the others are.
  await expect(page.locator('.translation-banner')).toBeVisible();
  await expect(page.locator('.translation-banner')).toContainText(`match score ${project.documents?.[2].matchScore.toFixed(2)}`);
  await page.keyboard.press('Alt+PageUp');
  await expect(documentEntry(page, 'article-2')).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => editor.rowCount()).toBe(counts[1]);
  await expect(page.locator('.translation-banner')).toBeHidden();

  // Approving a pair counts in its document's progress.
  await editor.pressOnGrid('a');
  await expect(documentEntry(page, 'article-2').locator('.document-count')).toHaveText(`1 / ${counts[1]}`);
  await expect(documentEntry(page, 'All documents').locator('.document-count')).toHaveText(`1 / ${project.beads.length}`);

  // Search: a word only the first article has finds nothing in the second, and its pairs under All documents.
  const others = new Set([...englishWords(project, 'article-2'), ...englishWords(project, 'article-3')]);
  const word = [...englishWords(project, 'article-1')].find((candidate) => !others.has(candidate)) as string;
  expect(word).toBeTruthy();
  const search = page.getByRole('searchbox', { name: /Search both sides/ });
  await search.fill(word);
  await expect.poll(() => editor.rowCount()).toBe(0);
  await documentEntry(page, 'All documents').click();
  const hits = pairsOf(project, 'article-1').filter((bead) => bead.en.some((s) => s.text.toLowerCase().includes(word))).length;
  await expect.poll(() => editor.rowCount()).toBe(hits);
  await search.fill('');

  // A status filter over all documents, then over one.
  await page.getByLabel('Show pairs with status').selectOption('approved');
  await expect.poll(() => editor.rowCount()).toBe(1);
  await documentEntry(page, 'article-1').click();
  await expect.poll(() => editor.rowCount()).toBe(0);
  await page.getByLabel('Show pairs with status').selectOption('all');
  await expect.poll(() => editor.rowCount()).toBe(counts[0]);

  // Export: the document shown by default, or every document.
  const bothSides = (beads: ProjectView['beads']) => beads.filter((bead) => bead.ar.length > 0 && bead.en.length > 0).length;
  for (const [choice, path, expected] of [
    ['Only article-1', join(dataDir, 'one.tsv'), bothSides(pairsOf(project, 'article-1'))],
    ['Every document', join(dataDir, 'all.tsv'), bothSides(project.beads)],
  ] as const) {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export pairs' });
    await expect(dialog.getByLabel('Documents to export')).toHaveValue('article-1');
    await dialog.getByRole('radio', { name: '(.tsv)', exact: false }).check();
    await dialog.getByRole('radio', { name: 'All pairs' }).check();
    await dialog.getByLabel('Documents to export').selectOption({ label: choice });
    await expect(dialog.locator('.export-count')).toContainText(`${expected} pairs will be written`);
    await dialog.getByLabel(/Output file/).fill(path);
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(dialog.locator('.export-outcome')).toContainText(`Wrote ${expected} pairs`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(existsSync(path)).toBe(true);
  }
  expect(readFileSync(join(dataDir, 'all.tsv'), 'utf8').length).toBeGreaterThan(readFileSync(join(dataDir, 'one.tsv'), 'utf8').length);

  // Checks: the QA panel lists the findings of the document shown, or of every document.
  await editor.pressOnGrid('F7');
  const findings = page.getByRole('complementary', { name: 'Quality checks' }).getByRole('list', { name: 'Findings' }).locator('.qa-go');
  const report = await page.evaluate(() => (globalThis as unknown as { muqabala: MuqabalaApi }).muqabala.getFindings());
  const documentOfBead = new Map(project.beads.map((bead) => [bead.id, bead.document]));
  const findingsIn = (id: string) => report.findings.filter((finding) => documentOfBead.get(finding.beadId) === id).length;
  expect(report.findings.length).toBeGreaterThan(findingsIn('article-1'));
  await expect(findings).toHaveCount(findingsIn('article-1'));
  await documentEntry(page, 'All documents').click();
  await expect(findings).toHaveCount(report.findings.length);
  await page.screenshot({ path: join(REPO_ROOT, 'dist', 'many-documents.png') });
});

test('the status bar counts the pairs of the document shown, and names it; all documents\' pairs only when all are shown', async ({ page }) => {
  // Seen while reviewing: one document of 5 pairs shown, and the status bar said "Showing 5 of 19"
  // (every document's pairs), as if a filter hid 14 of them.
  const editor = await openClientBatch(page);
  const project = await editor.projectInPage();
  const total = project.beads.length;
  const inSecond = pairsOf(project, 'article-2').length;
  const count = page.locator('.status-bar .filter-count');
  await expect(count).toHaveText('');

  await documentEntry(page, 'article-2').click();
  await expect.poll(() => editor.rowCount()).toBe(inSecond);
  await expect(count).toHaveText(`article-2: ${inSecond} pairs`);

  // A filter inside the document counts against the document's pairs.
  await editor.pressOnGrid('a');
  await page.getByLabel('Show pairs with status').selectOption('unreviewed');
  await expect.poll(() => editor.rowCount()).toBe(inSecond - 1);
  await expect(count).toHaveText(`Showing ${inSecond - 1} of ${inSecond} in article-2`);

  // All documents: the project's pairs again.
  await documentEntry(page, 'All documents').click();
  await expect.poll(() => editor.rowCount()).toBe(total - 1);
  await expect(count).toHaveText(`Showing ${total - 1} of ${total}`);
  await page.getByLabel('Show pairs with status').selectOption('all');
  await expect(count).toHaveText('');

  // At 800x600, a document shown under a filter, an undo label and a message: the bar keeps to the
  // window and the message is wholly in view; the count gives way (its whole text on hover).
  await page.setViewportSize({ width: 800, height: 600 });
  await documentEntry(page, 'article-2').click();
  await page.getByLabel('Show pairs with status').selectOption('unreviewed');
  await editor.pressOnGrid('F8');
  const message = page.locator('.status-message');
  await expect(message).toHaveText(/\S/);
  await expect(count).toHaveAttribute('title', `Showing ${inSecond - 1} of ${inSecond} in article-2`);
  const bar = page.locator('.status-bar');
  expect(await bar.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const box = (await message.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(800);
  expect(await message.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
});

test('Replace all with one document shown changes that document only; with all shown, every document', async ({ page }) => {
  // Seen while reviewing: article-2 shown, Find said "Match 1 of 4", and Replace all changed
  // 24 matches, 20 of them in documents the reviewer was not looking at.
  const editor = await openClientBatch(page);
  const before = await editor.projectInPage();
  const englishOf = (project: ProjectView, id: string) => pairsOf(project, id).map((bead) => bead.en.map((s) => s.text).join(' '));
  const count = (texts: string[], word: string) => texts.join(' ').split(word).length - 1;
  expect(count(englishOf(before, 'article-1'), ' the ')).toBeGreaterThan(0);
  expect(count(englishOf(before, 'article-2'), ' the ')).toBeGreaterThan(0);

  await documentEntry(page, 'article-2').click();
  await editor.pressOnGrid('Control+f');
  await page.keyboard.type(' the ');
  await page.keyboard.press('Enter');
  await expect(page.locator('.status-message')).toContainText('Match 1 of');
  const found = Number(/Match 1 of (\d+)/.exec(await page.locator('.status-message').innerText())?.[1]);
  await page.keyboard.press('Control+h');
  const replaceField = page.getByRole('textbox', { name: /Replace the matches in the English with/ });
  await replaceField.fill(' THE ');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.locator('.status-message')).toContainText(`Replaced ${found} matches in the English (article-2 only): one undo step`);
  const after = await editor.projectInPage();
  expect(englishOf(after, 'article-1')).toEqual(englishOf(before, 'article-1'));
  expect(englishOf(after, 'article-3')).toEqual(englishOf(before, 'article-3'));
  expect(count(englishOf(after, 'article-2'), ' the ')).toBe(0);

  // Undone in one step; then over all documents, every document's matches.
  await editor.pressOnGrid('Control+z');
  await expect.poll(async () => englishOf(await editor.projectInPage(), 'article-2')).toEqual(englishOf(before, 'article-2'));
  await documentEntry(page, 'All documents').click();
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.locator('.status-message')).toContainText('in the English: one undo step');
  const everywhere = await editor.projectInPage();
  for (const id of ['article-1', 'article-2', 'article-3']) expect(count(englishOf(everywhere, id), ' the '), id).toBe(0);
});

test('at a document\'s edge, merge and move say why they cannot cross into the next document, in the status bar and the menu, with no error dialog', async ({ page }) => {
  // Seen while reviewing: Ctrl+M on the last pair of a document opened "That change could not be made";
  // with the document shown alone it said "the next pair is hidden by the filter" (there was no filter).
  const editor = await openClientBatch(page);
  const project = await editor.projectInPage();
  const last = pairsOf(project, 'article-1').length - 1;
  const message = page.locator('.status-message');
  const merge = 'The last pair of a document cannot merge with the next document\'s first pair';
  const down = 'The last pair of a document cannot pass a sentence to another document';
  const up = 'The first pair of a document cannot pass a sentence to another document';

  for (const shown of ['All documents', 'article-1']) {
    await documentEntry(page, shown).click();
    await editor.selectRow(last);
    await page.keyboard.press('Control+m');
    await expect(message).toHaveText(merge);
    await page.keyboard.press('Control+ArrowDown');
    await expect(message).toHaveText(down);
    await page.keyboard.press('Control+Shift+ArrowDown');
    await expect(message).toHaveText(down);
    const menu = await editor.openContextMenu(last);
    await expect(menu.getByRole('menuitem', { name: /Merge with next pair/ })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: /Move last English sentence to next pair/ })).toBeDisabled();
    await page.keyboard.press('Escape');
  }
  await documentEntry(page, 'All documents').click();
  await editor.selectRow(last + 1);
  await page.keyboard.press('Control+ArrowUp');
  await expect(message).toHaveText(up);
  await page.keyboard.press('Control+Shift+ArrowUp');
  await expect(message).toHaveText(up);
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  expect((await editor.projectInPage()).beads.length).toBe(project.beads.length);

  // Re-align with nothing approved yet: the stretch is this document's pairs, not every document's
  // (which the engine refused with "pairs of two documents cannot be re-aligned together").
  await page.keyboard.press('Control+Shift+A');
  await expect(message).toContainText('The pairs stay as they were');
  await expect(page.getByRole('dialog', { name: 'That change could not be made' })).toHaveCount(0);
});

test('D with every pair of the document shown reviewed says so of the document, not of a filter', async ({ page }) => {
  // Seen while reviewing: "No unreviewed pair among the pairs shown: the filter hides the others",
  // with no filter set (the other documents were what was not shown).
  const editor = await openClientBatch(page);
  await documentEntry(page, 'article-1').click();
  await editor.pressOnGrid('Control+a');
  await page.keyboard.press('a');
  const project = await editor.projectInPage();
  await expect(documentEntry(page, 'article-1').locator('.document-count')).toHaveText(new RegExp(`^${pairsOf(project, 'article-1').length} /`));
  await page.keyboard.press('d');
  await expect(page.locator('.status-message')).toHaveText('No unreviewed pair left in article-1');
  // Under a filter as well, the filter is named.
  await page.getByLabel('Show pairs with confidence').selectOption('0.75');
  await editor.pressOnGrid('d');
  await expect(page.locator('.status-message')).toHaveText('No unreviewed pair among the pairs shown: the filter hides the others');
});

test('the quality checks panel counts the findings of the document shown, and names it', async ({ page }) => {
  // Seen while reviewing: article-1 shown, the panel said "15 findings" above an empty list
  // (its 15 were in the other documents), and its filter counted them too.
  const editor = await openClientBatch(page);
  const project = await editor.projectInPage();
  await editor.pressOnGrid('F7');
  const panel = page.getByRole('complementary', { name: 'Quality checks' });
  const items = panel.getByRole('list', { name: 'Findings' }).locator('.qa-go');
  const report = await page.evaluate(() => (globalThis as unknown as { muqabala: MuqabalaApi }).muqabala.getFindings());
  const documentOfBead = new Map(project.beads.map((bead) => [bead.id, bead.document]));
  const findingsIn = (id: string) => report.findings.filter((finding) => documentOfBead.get(finding.beadId) === id).length;
  const total = report.findings.length;
  const plural = (n: number) => `${n} ${n === 1 ? 'finding' : 'findings'}`;
  await expect(panel.locator('.qa-summary')).toHaveText(plural(total));
  await expect(panel.getByLabel('Show pairs with findings of')).toContainText(`Pairs with findings (${total})`);
  for (const id of ['article-1', 'article-3']) {
    await documentEntry(page, id).click();
    await expect(items).toHaveCount(findingsIn(id));
    await expect(panel.locator('.qa-summary')).toHaveText(`${plural(findingsIn(id))} in ${id}; ${total} in all documents`);
    await expect(panel.getByLabel('Show pairs with findings of')).toContainText(`Pairs with findings (${findingsIn(id)})`);
  }
  expect(findingsIn('article-1')).not.toBe(total);
  // F8 where the document shown has none says so of the document, not of the project.
  await documentEntry(page, 'article-1').click();
  expect(findingsIn('article-1')).toBe(0);
  await editor.pressOnGrid('F8');
  await expect(page.locator('.status-message')).toHaveText(`No findings in article-1; ${total} in all documents`);
  await documentEntry(page, 'All documents').click();
  await expect(panel.locator('.qa-summary')).toHaveText(plural(total));
});

test('with the document list and the quality checks both open the pairs keep the room: narrower panels at 1000 px, the list folded to a rail at 800 px, unfolded at a click', async ({ page }) => {
  // Seen while reviewing at 1000x700: document list 240 px + checks 300 px left the pairs 460 px
  // (two text columns of a few words a line).
  const editor = await openClientBatch(page);
  await editor.pressOnGrid('F7');
  const panel = page.getByRole('complementary', { name: 'Quality checks' });
  await expect(panel).toBeVisible();
  const list = page.getByRole('navigation', { name: 'Documents' });
  const pairsWidth = async () => (await page.locator('.grid-body').boundingBox())!.width;
  const names = list.locator('.document-name');
  const namesWhole = () => names.evaluateAll((spans) => spans.every((span) => span.scrollWidth <= span.clientWidth && span.clientWidth > 0));
  const fold = list.getByRole('button', { name: /document list/ });

  for (const [width, height, least] of [[1400, 900, 800], [1000, 700, 580]]) {
    await page.setViewportSize({ width, height });
    await expect.poll(pairsWidth, `${width}x${height}: the pairs' width`).toBeGreaterThanOrEqual(least);
    // Both panels stay usable: every document's name whole, a finding readable.
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    expect(await namesWhole(), `${width}x${height}: document names whole`).toBe(true);
    expect((await panel.boundingBox())!.width, `${width}x${height}: the checks panel`).toBeGreaterThanOrEqual(260);
  }

  // 800x600: the list folds to a rail naming the document shown; keys still move between documents.
  await page.setViewportSize({ width: 800, height: 600 });
  await expect.poll(pairsWidth, '800x600: the pairs\' width').toBeGreaterThanOrEqual(480);
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(fold).toHaveAccessibleName('Show the document list');
  await editor.pressOnGrid('Alt+PageDown');
  await expect(list.locator('.document-rail-name')).toHaveText('article-1');
  await page.screenshot({ path: join(REPO_ROOT, 'dist', 'many-documents-800-rail.png') });

  // A click unfolds it (the reviewer's choice, kept at this width), another folds it again.
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(namesWhole).toBe(true);
  // The click leaves the keys with the pairs, as the toolbar's buttons do: Space approves, it does not fold the list again.
  await page.keyboard.press('Space');
  await expect(documentEntry(page, 'article-1').locator('.document-count')).toHaveText(/^1 \//);
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(pairsWidth).toBeGreaterThanOrEqual(480);
  // Folded by choice, it stays folded at 1400 px too, and unfolds at a click.
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await fold.click();
  await expect.poll(namesWhole).toBe(true);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.screenshot({ path: join(REPO_ROOT, 'dist', 'many-documents-1000-panels.png') });
});

test('the menu moves between documents; the statistics and the status bar\'s match score follow the document shown', async ({ page }) => {
  const editor = await openClientBatch(page);
  const project = await editor.projectInPage();
  const documents = project.documents ?? [];
  const counts = documents.map((document) => pairsOf(project, document.id).length);
  // Over all documents: each document's score, weighted by its pairs (not the first document's).
  const overall = documents.reduce((sum, document, k) => sum + document.matchScore * counts[k], 0) / project.beads.length;
  expect(overall.toFixed(2)).not.toBe(documents[0].matchScore.toFixed(2));
  const match = page.locator('.status-bar .match-score');
  await expect(match).toHaveText(`Match ${overall.toFixed(2)}`);

  const statistics = async (pairs: number, score: number, screenshot?: string) => {
    await server?.sendMenuCommand('statistics');
    const dialog = page.getByRole('dialog', { name: 'Project statistics' });
    const summary = dialog.getByRole('table', { name: 'Summary' });
    await expect(summary.getByRole('row', { name: /^Pairs/ })).toHaveText(new RegExp(`^Pairs\\s*${pairs}$`));
    await expect(summary.getByRole('row', { name: /^Match score/ })).toContainText(score.toFixed(2));
    if (screenshot) await page.screenshot({ path: join(REPO_ROOT, 'dist', screenshot) });
    await dialog.getByRole('button', { name: 'Close' }).click();
  };
  await statistics(project.beads.length, overall);

  // The native menu's Next Document and Previous Document (the same commands as Alt+PageDown / Alt+PageUp).
  await server?.sendMenuCommand('next-document');
  await expect(documentEntry(page, 'article-1')).toHaveAttribute('aria-current', 'true');
  await server?.sendMenuCommand('next-document');
  await server?.sendMenuCommand('next-document');
  await expect(documentEntry(page, 'article-3')).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => editor.rowCount()).toBe(counts[2]);
  await expect(match).toHaveText(`Match ${documents[2].matchScore.toFixed(2)}`);
  await statistics(counts[2], documents[2].matchScore);
  await server?.sendMenuCommand('previous-document');
  await expect(documentEntry(page, 'article-2')).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => editor.rowCount()).toBe(counts[1]);
  await expect(match).toHaveText(`Match ${documents[1].matchScore.toFixed(2)}`);
  await statistics(counts[1], documents[1].matchScore, 'many-documents-statistics.png');
});

/** The editor on the sample, and New Project's dialog for several documents or a folder. */
async function openSeveralDocumentsDialog(page: Page): Promise<{ editor: EditorPage; dialog: Locator }> {
  server = await startBridge(dataDir, { openSample: true });
  const editor = new EditorPage(page);
  await editor.open(server.url);
  await editor.waitForRows();
  await editor.command('new-project');
  await page.getByRole('dialog', { name: 'New project' }).getByRole('button', { name: 'Several documents or a folder…' }).click();
  return { editor, dialog: page.getByRole('dialog', { name: 'New project from several documents' }) };
}

test('New Project from several files shows the pairing by name before aligning, then opens the documents', async ({ page }) => {
  const folder = join(dataDir, 'client');
  writeFolder(folder);
  copyFileSync(join(CORPUS, 'ntrex-054.ar.txt'), join(folder, 'lonely.ar.txt'));
  const { editor, dialog } = await openSeveralDocumentsDialog(page);
  const files = ['article-1.ar.txt', 'article-1.en.txt', 'article-2.ar.txt', 'article-2.en.txt', 'article-3.ar.txt', 'article-3.en.txt', 'lonely.ar.txt'];
  await dialog.getByLabel('Document files').setInputFiles(files.map((name) => join(folder, name)));
  // The pairing, before anything is aligned.
  const pairing = dialog.getByRole('table', { name: 'Pairing' });
  await expect(pairing.locator('tbody tr')).toHaveCount(3);
  await expect(pairing.locator('tbody tr').nth(1)).toHaveText(/article-2\s*article-2\.ar\.txt\s*article-2\.en\.txt/);
  await expect(dialog.locator('.pairing-problems')).toContainText('lonely.ar.txt: no English counterpart');
  await dialog.getByRole('button', { name: 'Align 3 documents' }).click();

  await expect(documentEntry(page, 'article-3')).toBeVisible();
  await expect(page.locator('.status-message')).toContainText('3 documents aligned');
  await expect(page.locator('.status-message')).toContainText('1 do not look like translations');
  const project = await editor.projectInPage();
  expect(project.documents?.map((document) => document.id)).toEqual(['article-1', 'article-2', 'article-3']);
  expect(await editor.rowCount()).toBe(project.beads.length);
  await documentEntry(page, 'article-1').click();
  await expect.poll(() => editor.rowCount()).toBe(pairsOf(project, 'article-1').length);
});

test('New Project from a folder (the folder picker) pairs the files inside it, subfolders included', async ({ page }) => {
  const folder = join(dataDir, 'client');
  writeFolder(folder);
  mkdirSync(join(folder, 'late'));
  copyFileSync(join(CORPUS, 'ntrex-054.ar.txt'), join(folder, 'late', 'article-4.ar.txt'));
  copyFileSync(join(CORPUS, 'ntrex-054.en.txt'), join(folder, 'late', 'article-4.en.txt'));
  const { editor, dialog } = await openSeveralDocumentsDialog(page);
  await dialog.getByLabel('Folder of documents').setInputFiles(folder);
  const pairing = dialog.getByRole('table', { name: 'Pairing' });
  await expect(pairing.locator('tbody tr')).toHaveCount(4);
  // Named by their path inside the chosen folder, without the folder's own name.
  await expect(pairing.locator('tbody tr').nth(0)).toHaveText(/^article-1\s*article-1\.ar\.txt\s*article-1\.en\.txt/);
  await expect(pairing.locator('tbody')).toContainText('late/article-4.ar.txt');
  await expect(pairing.locator('tbody')).not.toContainText('client/');
  await dialog.getByRole('button', { name: 'Align 4 documents' }).click();

  await expect(page.locator('.status-message')).toContainText('4 documents aligned');
  const project = await editor.projectInPage();
  expect(project.documents).toHaveLength(4);
  for (const document of project.documents ?? []) await expect(documentEntry(page, document.id)).toBeVisible();
  expect(await editor.rowCount()).toBe(project.beads.length);
});

test('files the pairing cannot place are listed with the reason, not left out without a word', async ({ page }) => {
  // Seen while reviewing: a folder of seed-ar.md, seed-en.md, … showed only "0 documents paired from 6 files".
  const folder = join(dataDir, 'dashed');
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(CORPUS, 'ntrex-009.ar.txt'), join(folder, 'news-ar.txt'));
  copyFileSync(join(CORPUS, 'ntrex-009.en.txt'), join(folder, 'news-en.txt'));
  copyFileSync(join(CORPUS, 'ntrex-019.ar.txt'), join(folder, 'other.ar.txt'));
  copyFileSync(join(CORPUS, 'ntrex-019.en.txt'), join(folder, 'other.en.txt'));
  const { dialog } = await openSeveralDocumentsDialog(page);
  await dialog.getByLabel('Folder of documents').setInputFiles(folder);
  await expect(dialog.locator('.pairing-summary')).toHaveText('1 document paired from 4 files.');
  const leftOut = dialog.locator('.pairing-problems');
  await expect(leftOut).toContainText('news-ar.txt: no .ar. or .en. tag before the extension (NAME.ar.EXT pairs with NAME.en.EXT)');
  await expect(leftOut).toContainText('news-en.txt: no .ar. or .en. tag');
  await expect(leftOut).not.toContainText('other.');
});

test('keys pressed while the documents are aligned are not run on the new project, and the status bar says so', async ({ page }) => {
  // Seen while reviewing: J and A pressed during "Aligning the documents" were lost without a word.
  const folder = join(dataDir, 'client');
  writeFolder(folder);
  const { editor, dialog } = await openSeveralDocumentsDialog(page);
  await dialog.getByLabel('Folder of documents').setInputFiles(folder);
  const release = await holdBack(page, '**/api/createDocumentsProject');
  await dialog.getByRole('button', { name: 'Align 3 documents' }).click();
  const progress = page.getByRole('dialog', { name: 'Aligning the documents' });
  await expect(progress).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('a');
  release();
  await expect(progress).toBeHidden();
  await expect(page.locator('.status-message')).toContainText('3 documents aligned');
  await expect(page.locator('.status-message')).toContainText('The 2 keys pressed while aligning were not taken');
  expect((await editor.projectInPage()).beads.every((bead) => bead.status === 'unreviewed')).toBe(true);
  await page.unroute('**/api/createDocumentsProject');
});

test('a reload (or a reopen) comes back to the document shown, not to all documents', async ({ page }) => {
  // Seen while reviewing: in document article-2, J, reload: the pair was still selected
  // but the list showed every document again.
  const folder = join(dataDir, 'client');
  writeFolder(folder);
  const { editor, dialog } = await openSeveralDocumentsDialog(page);
  await dialog.getByLabel('Folder of documents').setInputFiles(folder);
  await dialog.getByRole('button', { name: 'Align 3 documents' }).click();
  await expect(page.locator('.status-message')).toContainText('3 documents aligned');
  await documentEntry(page, 'article-2').click();
  const project = await editor.projectInPage();
  await expect.poll(() => editor.rowCount()).toBe(pairsOf(project, 'article-2').length);
  await editor.pressOnGrid('j');
  const selected = await editor.selectedRow().locator('.row-number').innerText();

  page.once('dialog', (question) => void question.accept());
  await page.reload();
  await editor.waitForRows();
  await expect(documentEntry(page, 'article-2')).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => editor.rowCount()).toBe(pairsOf(project, 'article-2').length);
  await expect(editor.selectedRow().locator('.row-number')).toHaveText(selected);
});
