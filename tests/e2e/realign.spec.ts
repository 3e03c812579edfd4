// Re-align between approved pairs never leaves the pairs worse than before:
// where the aligner scores a fresh alignment no better, the rows stay as they
// were and the status bar says so (the engine's side: realign-never-worse.test.ts).
import { expect, test } from './support/test';
import { openSampleForEachTest } from './support/sample-session';
import type { EditorPage } from './support/editor-page';

let editor: EditorPage;

openSampleForEachTest('realign', (opened) => ({ editor } = opened));

test('re-aligning pairs the aligner already scores best keeps them, and says so', async ({ page }) => {
  const before = await editor.projectInPage();
  const rows = async () => (await editor.projectInPage()).beads.map((bead) => `${bead.ar.map((s) => s.id)}|${bead.en.map((s) => s.id)}`);
  const shapes = await rows();
  await editor.selectRow(2);
  await editor.pressOnGrid('a');
  await editor.selectRow(7);
  await editor.pressOnGrid('a');
  await editor.selectRow(4);
  await page.keyboard.press('Control+Shift+A');
  await expect(page.locator('.status-message')).toContainText('The pairs stay as they were');
  expect(await rows()).toEqual(shapes);
  expect((await editor.projectInPage()).beads.map((bead) => bead.confidence)).toEqual(before.beads.map((bead) => bead.confidence));
  // Nothing was done, so nothing is offered to undo but the two approvals.
  await expect(page.locator('.history-label')).not.toContainText('Re-align');
});
