// What the gutter and the status bar claim: the save state of a project never
// saved, the confidence colours at the README's thresholds, an empty pair.
import { expect, test } from './support/test';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('gutter', (opened) => ({ dataDir, server, editor } = opened));

test('a fresh sample is "not saved yet", never "Saved" at the same time', async ({ page }) => {
  await expect(editor.saveState()).toHaveText('Not saved yet');
  await expect(page.locator('.project-name')).not.toContainText('not saved yet');
});

test('confidence is green from 80%, amber from 50%, red below (as the README says)', async () => {
  const { beads } = await editor.projectInPage();
  const level = (confidence: number) => (confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low');
  const rendered = await editor.rows.count();
  let checked = 0;
  for (let position = 0; position < rendered; position++) {
    const row = editor.row(position);
    if ((await row.count()) === 0) continue;
    const percent = Number(await row.locator('.confidence').innerText());
    await expect(row.locator('.confidence')).toHaveClass(new RegExp(`confidence-${level(beads[position].confidence)}`));
    expect(percent).toBe(Math.round(beads[position].confidence * 100));
    checked++;
  }
  expect(checked).toBeGreaterThan(5);
  // The sample has pairs between 70% and 80% (amber, not green: the boundary the README states).
  expect(beads.some((bead) => bead.confidence >= 0.7 && bead.confidence < 0.8)).toBe(true);
});

test('a new empty pair shows no confidence, not 100% green', async ({ page }) => {
  await editor.selectRow(2);
  await page.keyboard.press('Control+Enter');
  const empty = editor.row(3);
  await expect(empty.locator('.bead-type')).toHaveText('0-0');
  await expect(empty.locator('.confidence')).toHaveText('–');
  await expect(empty.locator('.confidence')).toHaveClass(/confidence-none/);
});
