// The pair editor as a reviewer sees it: the note shows its whole text over
// several lines, the English editor wraps at the pane's width, and the focus
// ring stands out wherever focus is, in the light and the dark theme.
import { expect, test } from './support/test';
import type { Locator, Page } from '@playwright/test';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import { EditorPage } from './support/editor-page';

let dataDir: string;
let server: BridgeServer;
let editor: EditorPage;

openSampleForEachTest('panel', (opened) => ({ dataDir, server, editor } = opened));

/** Index of the pair with the longest English (it wraps over several lines). */
async function longestEnglish(): Promise<number> {
  const { beads } = await editor.projectInPage();
  const lengths = beads.map((bead) => bead.en.map((s) => s.text).join(' ').length);
  return lengths.indexOf(Math.max(...lengths));
}

test('the note is a multi-line field that shows all of its text and keeps its line breaks', async ({ page }) => {
  await editor.selectRow(3);
  const note = page.getByRole('textbox', { name: 'Reviewer note of the selected pair' });
  await note.click();
  const text = 'Check the title against the print edition.\nThe English drops "Arabic website".\nAsk the translator.';
  await page.keyboard.insertText(text);
  // Every line is in view: nothing hidden behind a scroll bar or cut at the right.
  const fits = (field: Locator) => field.evaluate((element) => element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1);
  expect(await fits(note)).toBe(true);
  expect((await note.boundingBox())!.height).toBeGreaterThan(3 * 18);
  await page.keyboard.press('Escape');
  await expect(editor.grid).toBeFocused();
  await expect.poll(async () => (await editor.projectInPage()).beads[3].note).toBe(text);
  // Back on the pair later: the whole note again.
  await editor.selectRow(5);
  await expect(note).toHaveValue('');
  await editor.selectRow(3);
  await expect(note).toHaveValue(text);
  expect(await fits(note)).toBe(true);
});

test('the English editor wraps its lines at the width of its pane', async ({ page }) => {
  await editor.selectRow(await longestEnglish());
  const lines = page.locator('.english-editor .view-line');
  await expect.poll(() => lines.count()).toBeGreaterThan(2);
  const { paneWidth, lineWidths } = await page.locator('.english-editor .view-lines').evaluate((view) => ({
    paneWidth: view.getBoundingClientRect().width,
    lineWidths: [...view.querySelectorAll('.view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((line) => line.firstElementChild!.getBoundingClientRect().width),
  }));
  // Every wrapped line but the last fills the pane (to within a long word).
  for (const width of lineWidths.slice(0, -1)) expect(width / paneWidth).toBeGreaterThan(0.85);
});

type Rgb = [number, number, number];

function parseColor(color: string): Rgb {
  const match = /rgba?\((\d+), (\d+), (\d+)/.exec(color);
  if (!match) throw new Error(`not a colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The ring drawn around what has focus (outline, or the English pane's overlay border) and the colour behind it. */
async function ringOf(page: Page): Promise<{ where: string; width: number; ring: string; behind: string }> {
  // Page source, not a function: the tests compile without the DOM's types.
  return page.evaluate(`(() => {
    const active = document.activeElement;
    const solid = (element) => {
      for (let e = element; e; e = e.parentElement) {
        const background = getComputedStyle(e).backgroundColor;
        if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    const english = active.closest('.english-editor');
    if (english) {
      const after = getComputedStyle(english, '::after');
      return { where: 'English editor', width: parseFloat(after.borderTopWidth), ring: after.borderTopColor, behind: solid(english.querySelector('.monaco-editor-background')) };
    }
    // The grid draws the ring on its selected row.
    const target = active.classList.contains('pair-grid') ? active.querySelector('.row.selected') : active;
    const style = getComputedStyle(target);
    return { where: target.className, width: parseFloat(style.outlineWidth), ring: style.outlineColor, behind: solid(target) };
  })()`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the focus ring is thick and stands out from what is behind it (${theme} theme)`, async ({ page }) => {
    if (theme === 'dark') await editor.pressOnGrid('Control+Shift+t');
    await editor.selectRow(4);
    const places: Array<[string, () => Promise<void>]> = [
      ['the list', async () => editor.grid.focus()],
      ['the English editor', async () => page.keyboard.press('Enter')],
      ['the Arabic editor', async () => { await page.keyboard.press('Escape'); await page.keyboard.press('Shift+F2'); }],
      ['the note', async () => page.getByRole('textbox', { name: 'Reviewer note of the selected pair' }).focus()],
      ['a toolbar button', async () => { await page.keyboard.press('Escape'); await page.locator('.toolbar button[data-command="save"]').focus(); }],
    ];
    for (const [name, focus] of places) {
      await focus();
      const ring = await ringOf(page);
      expect(ring.width, `ring width on ${name}`).toBeGreaterThanOrEqual(3);
      expect(contrast(parseColor(ring.ring), parseColor(ring.behind)), `ring contrast on ${name} (${ring.ring} on ${ring.behind})`).toBeGreaterThanOrEqual(3);
    }
  });
}

test('in a narrow window the two editor panes share its width: the Arabic pane stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await editor.selectRow(4);
  const width = 900;
  for (const lang of ['en', 'ar'] as const) {
    const box = await page.locator(`.editor-pane-${lang}`).boundingBox();
    expect(box, lang).not.toBeNull();
    // Each pane gets about half the window, and none reaches past its right edge.
    expect(box!.width, lang).toBeGreaterThan(width * 0.4);
    expect(box!.x + box!.width, lang).toBeLessThanOrEqual(width + 1);
  }
});
