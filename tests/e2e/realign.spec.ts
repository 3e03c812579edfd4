// Re-align between approved pairs never leaves the pairs worse than before:
// where the aligner scores a fresh alignment no better, the rows stay as they
// were and the status bar says so (the engine's side: realign-never-worse.test.ts).
import { expect, test } from './support/test';
import { openSampleForEachTest } from './support/sample-session';
import { holdBack } from './support/hold-back';
import type { EditorPage } from './support/editor-page';

let editor: EditorPage;

openSampleForEachTest('realign', (opened) => ({ editor } = opened));

test('re-aligning pairs the aligner already scores best keeps them, and says so', async ({ page }) => {
  const before = await editor.projectInPage();
  const rows = async () => (await editor.projectInPage()).beads.map((bead) => `${bead.ar.map((s) => s.id)}|${bead.en.map((s) => s.id)}`);
  const shapes = await rows();
  await editor.approveRows(2, 7);
  await editor.selectRow(4);
  await page.keyboard.press('Control+Shift+A');
  await expect(page.locator('.status-message')).toContainText('The pairs stay as they were');
  expect(await rows()).toEqual(shapes);
  expect((await editor.projectInPage()).beads.map((bead) => bead.confidence)).toEqual(before.beads.map((bead) => bead.confidence));
  // Nothing was done, so nothing is offered to undo but the two approvals.
  await expect(page.locator('.history-label')).not.toContainText('Re-align');
});

test('a key pressed while the re-align progress shows acts once it is done, or is said not taken when cancelled', async ({ page }) => {
  // Seen in review: Ctrl+Shift+A then A at once, the A went to the progress dialog and was lost without a word.
  await editor.approveRows(2, 7);
  await editor.selectRow(4);
  // The re-align's answer held back, as on a long stretch: the progress dialog is up when A is pressed.
  const release = await holdBack(page, '**/api/applyEdit');
  await page.keyboard.press('Control+Shift+A');
  const progress = page.getByRole('dialog', { name: 'Re-aligning' });
  await expect(progress).toBeVisible();
  await page.keyboard.press('a');
  release();
  await expect(progress).toBeHidden();
  const selected = editor.selectedRow();
  await expect(selected.locator('.status')).toHaveAttribute('aria-label', 'Approved');
  // The re-align's own message is kept.
  await expect(page.locator('.status-message')).toContainText(/pairs stay as they were|Re-align/);
  await expect(editor.grid).toBeFocused();
  await page.unroute('**/api/applyEdit');

  // Cancelled: the key is not taken, and the status bar says so.
  await editor.selectRow(5);
  const releaseAgain = await holdBack(page, '**/api/applyEdit');
  await page.keyboard.press('Control+Shift+A');
  await expect(progress).toBeVisible();
  await page.keyboard.press('r');
  await page.keyboard.press('Escape');
  releaseAgain();
  await expect(progress).toBeHidden();
  await expect(page.locator('.status-message')).toContainText('the key pressed meanwhile not taken');
  await expect(editor.row(5).locator('.status')).toHaveAttribute('aria-label', 'Unreviewed');
  await page.unroute('**/api/applyEdit');
});
