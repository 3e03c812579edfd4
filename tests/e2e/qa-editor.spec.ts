// The quality checks inside the pair editor: quick fixes on the English
// editor's squiggles (Ctrl+., the lightbulb, the context menu), glossary terms
// highlighted on both sides, and the glossary and lexicon picked as files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { buildProject } from '../../main/core/pipeline';
import { saveProjectFile } from '../../main/services/project-file';
import type { EditorPage } from './support/editor-page';
import { openBridgeForEachTest } from './support/sample-session';

const AR = [
  'قال بوتين إن روسيا مستعدة للتعاون مع الولايات المتحدة.',
  'وقال لافروف إن المحادثات مع واشنطن كانت مثمرة.',
  'وعقد مجلس الأمن جلسة طارئة لمناقشة الوضع.',
].join('\n\n');
const EN = [
  'Putin said Russia was redy to cooperate with the United States.',
  'Lavrov said the talks with Washington were cromulent.',
  'The Security Council held an emergency session to discuss the situation.',
].join('\n\n');

let dataDir: string;
let projectPath: string;
let editor: EditorPage;

openBridgeForEachTest('qa-editor', (opened) => ({ dataDir, editor } = opened), async (dir) => {
  projectPath = join(dir, 'editor-checks.muqabala');
  await saveProjectFile(projectPath, buildProject({
    name: 'Editor checks',
    first: { fileName: 'ar.txt', encoding: 'utf-8', text: AR },
    second: { fileName: 'en.txt', encoding: 'utf-8', text: EN },
  }).project);
  return { projectPath };
});

const squiggles = (page: import('@playwright/test').Page) => page.locator('.english-editor .squiggly-warning');

/** Opens the QA panel and selects a pair whose English has one squiggle; puts the cursor in the squiggled word. */
async function cursorInSquiggle(page: import('@playwright/test').Page, row: number): Promise<void> {
  await editor.pressOnGrid('F7');
  await expect(page.locator('.qa-go').filter({ hasText: 'Spelling' })).toHaveCount(2);
  await editor.selectRow(row);
  await expect(squiggles(page)).toHaveCount(1);
  const box = (await squiggles(page).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 - 4);
}

test('Ctrl+. on a misspelt word offers the suggestions; choosing one fixes the text and the finding goes', async ({ page }) => {
  await cursorInSquiggle(page, 0);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget').getByText('Replace with "ready"');
  await expect(fix).toBeVisible();
  await expect(page.locator('.action-widget').getByText('Add «redy» to the project word list')).toBeVisible();
  await page.screenshot({ path: join(dataDir, '..', 'qa-quick-fix.png') });
  await fix.click();
  await expect(page.locator('.english-editor .view-lines')).toContainText('Russia was ready to cooperate');
  await expect(squiggles(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await editor.projectInPage()).beads[0].en.map((sentence) => sentence.text)).toEqual(['Putin said Russia was ready to cooperate with the United States.']);
  await expect(page.locator('.qa-go').filter({ hasText: 'Spelling' })).toHaveText(['Pair 2 · Spelling: "cromulent" is not in the English dictionary (did you mean "corpulent"?)']);
});

test('the lightbulb reaches the same fixes; a word added to the word list stays accepted in the saved project', async ({ page }) => {
  await cursorInSquiggle(page, 1);
  await page.locator('.english-editor .glyph-margin-widgets [class*="gutter-lightbulb"]').click();
  await page.locator('.action-widget').getByText('Add «cromulent» to the project word list').click();
  await expect(page.locator('.status-message')).toHaveText('"cromulent" added to the project word list');
  await expect(squiggles(page)).toHaveCount(0);
  await expect(page.locator('.qa-go').filter({ hasText: 'Spelling' })).toHaveCount(1);
  await expect(editor.saveState()).toHaveAttribute('data-state', 'unsaved');
  await editor.pressOnGrid('Control+s');
  await expect(editor.saveState()).toHaveAttribute('data-state', 'saved');
  expect(readFileSync(projectPath, 'utf8')).toContain('"cromulent"');
});

test('a glossary picked as a file highlights its terms on both sides of the selected pair, with the entry as tooltip', async ({ page }) => {
  const glossary = join(dataDir, 'terms.tsv');
  writeFileSync(glossary, '# terms\nمجلس الأمن\tSecurity Council\nالأمم المتحدة\tUnited Nations\n');
  const panel = await editor.loadFromQaPanel('glossary', glossary);
  await expect(panel.locator('.qa-summary')).toHaveText('2 findings; glossary of 2 terms');

  await editor.selectRow(2);
  const note = 'glossary: مجلس الأمن = Security Council';
  const highlighted = () => page.evaluate(() => [...(globalThis as unknown as { CSS: { highlights: Map<string, Set<{ toString(): string }>> } })
    .CSS.highlights.get('glossary-term') ?? []].map((range) => range.toString()));
  await expect.poll(highlighted).toEqual(['مجلس الأمن', 'Security Council']);
  await expect(editor.row(2).locator('.cell-ar .sentence')).toHaveAttribute('title', note);
  await expect(editor.row(2).locator('.cell-en .sentence')).toHaveAttribute('title', note);
  const term = page.locator('.english-editor .glossary-term');
  await expect(term).toHaveText('Security Council');
  await term.hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: note })).toBeVisible();
  await page.screenshot({ path: join(dataDir, '..', 'qa-glossary-terms.png') });

  // "United Nations" is not in any pair; a pair without the Arabic term highlights nothing.
  await editor.selectRow(0);
  await expect.poll(highlighted).toEqual([]);
  await expect(page.locator('.english-editor .glossary-term')).toHaveCount(0);
});

test('a lexicon picked as a file is loaded into the project', async ({ page }) => {
  const lexicon = join(dataDir, 'lexicon.tsv');
  writeFileSync(lexicon, 'لافروف\tLavrov\nمثمرة\tfruitful\n');
  const panel = await editor.loadFromQaPanel('lexicon', lexicon);
  await expect(page.locator('.status-message')).toHaveText('Lexicon loaded');
  await expect(editor.saveState()).toHaveAttribute('data-state', 'unsaved');
  await editor.pressOnGrid('Control+s');
  await expect(editor.saveState()).toHaveAttribute('data-state', 'saved');
  expect(readFileSync(projectPath, 'utf8')).toContain('fruitful');
});
