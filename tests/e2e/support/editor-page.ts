// What the tests do with the editor page: wait for it, read rows, press keys.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Bead, MuqabalaApi, ProjectView } from '../../../main/ipc/contract';
import { fromWireBeads } from '../../../main/ipc/wire-beads';

export class EditorPage {
  readonly grid: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Aligned pairs' });
    this.rows = page.locator('.grid-canvas .row');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.grid).toBeVisible();
  }

  /** Waits until a project with rows is shown. */
  async waitForRows(): Promise<void> {
    await expect(this.rows.first()).toBeVisible();
  }

  async rowCount(): Promise<number> {
    return Number(await this.grid.getAttribute('aria-rowcount')) - 1;
  }

  row(index: number): Locator {
    return this.page.locator(`.grid-canvas .row[aria-rowindex="${index + 2}"]`);
  }

  selectedRow(): Locator {
    return this.page.locator('.grid-canvas .row[aria-selected="true"]');
  }

  async rowText(index: number, side: 'ar' | 'en'): Promise<string> {
    return (await this.row(index).locator(`.cell-${side}`).innerText()).replace(/\s+/g, ' ').trim();
  }

  async selectRow(index: number): Promise<void> {
    await this.row(index).locator('.gutter').click();
    await expect(this.row(index)).toHaveAttribute('aria-selected', 'true');
  }

  /** Right-clicks a row (its gutter) and returns the menu that opened. */
  async openContextMenu(index: number): Promise<Locator> {
    await this.row(index).scrollIntoViewIfNeeded();
    await this.row(index).locator('.gutter').click({ button: 'right' });
    const menu = this.page.getByRole('menu', { name: 'Pair actions' });
    await expect(menu).toBeVisible();
    await expect(this.row(index)).toHaveAttribute('aria-selected', 'true');
    return menu;
  }

  /**
   * Where word k (from 0; words are split at spaces) of a sentence shown in the
   * grid is drawn, to point at it with the mouse. (The tests compile without the
   * DOM's types: the page's objects are described as far as used.)
   */
  async wordPoint(sentence: Locator, k: number): Promise<{ x: number; y: number }> {
    await sentence.scrollIntoViewIfNeeded();
    interface TextNode { data: string }
    interface PageDocument {
      createTreeWalker(root: unknown, show: number): { nextNode(): TextNode | null };
      createRange(): { setStart(node: TextNode, at: number): void; setEnd(node: TextNode, at: number): void; getBoundingClientRect(): { left: number; top: number; width: number; height: number } };
    }
    return sentence.evaluate((span, wordIndex) => {
      const page = globalThis as unknown as { document: PageDocument };
      const SHOW_TEXT = 4;
      const walker = page.document.createTreeWalker(span, SHOW_TEXT);
      let words = -1;
      let inWord = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let at = 0; at < node.data.length; at++) {
          const space = /\s/.test(node.data[at]);
          if (!space && !inWord && ++words === wordIndex) {
            const range = page.document.createRange();
            range.setStart(node, at);
            range.setEnd(node, Math.min(node.data.length, at + 2));
            const rect = range.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          inWord = !space;
        }
      }
      throw new Error(`no word ${wordIndex}`);
    }, k);
  }

  /**
   * Enter on the list, then waits for the English editor to take the caret, as a
   * user sees it blink there before typing (Monaco loads after the list shows).
   */
  async editEnglish(): Promise<void> {
    await this.pressOnGrid('Enter');
    await expect(this.page.locator('.english-editor .monaco-editor.focused')).toHaveCount(1);
  }

  /**
   * Opens the QA panel (F7) and loads a glossary or a lexicon through its
   * "Load …" button and the file dialog; returns the panel.
   */
  async loadFromQaPanel(kind: 'glossary' | 'lexicon', file: string): Promise<Locator> {
    await this.pressOnGrid('F7');
    const panel = this.page.getByRole('complementary', { name: 'Quality checks' });
    await panel.getByText('Checks and glossary').click();
    await panel.getByRole('button', { name: `Load ${kind}…` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Load ${kind}` });
    await dialog.getByLabel(`Load ${kind}`).setInputFiles(file);
    await dialog.getByRole('button', { name: 'Load', exact: true }).click();
    return panel;
  }

  /** Presses a key with the grid focused (single-key review commands act only there). */
  async pressOnGrid(key: string): Promise<void> {
    await this.grid.focus();
    await this.page.keyboard.press(key);
  }

  /** Approves these rows with A, one after the other (re-align works between approved pairs). */
  async approveRows(...indices: number[]): Promise<void> {
    for (const index of indices) {
      await this.selectRow(index);
      await this.pressOnGrid('a');
      await expect(this.row(index).locator('.status')).toHaveAttribute('aria-label', 'Approved');
    }
  }

  /** Clicks a toolbar command: its button, or under More when the button did not fit on the line. */
  async command(name: string): Promise<void> {
    const button = this.page.locator(`.toolbar button[data-command="${name}"]`);
    if (await button.isVisible()) return button.click();
    await this.page.getByRole('toolbar', { name: 'Commands' }).getByRole('button', { name: 'More commands' }).click();
    await this.page.getByRole('menu', { name: 'More commands' }).locator(`[data-command="${name}"]`).click();
  }

  /** The project as the page's window.muqabala reports it (the main process's view). */
  /** The open project as the page's bridge answers it, each sentence's original restored as the renderer does. */
  async projectInPage(): Promise<Omit<ProjectView, 'beads'> & { beads: Bead[] }> {
    const project = await this.page.evaluate(() => (globalThis as unknown as { muqabala: MuqabalaApi }).muqabala.getProject());
    if (!project) throw new Error('no project open in the page');
    return { ...project, beads: fromWireBeads(project.beads) };
  }

  /** Index of the first bead that, like the next one, is a 1-1 pair (the aligner decides where). */
  async firstTwoOneToOne(): Promise<number> {
    const { beads } = await this.projectInPage();
    const oneToOne = (index: number) => beads[index].ar.length === 1 && beads[index].en.length === 1;
    const index = beads.findIndex((_, i) => i + 1 < beads.length && oneToOne(i) && oneToOne(i + 1));
    if (index < 0) throw new Error('the sample has no two consecutive 1-1 pairs');
    return index;
  }

  /** Index of the first bead whose English starts with this text. */
  async beadStartingWith(prefix: string): Promise<number> {
    const { beads } = await this.projectInPage();
    const index = beads.findIndex((bead) => bead.en.map((sentence) => sentence.text).join(' ').startsWith(prefix));
    if (index < 0) throw new Error(`no pair starts with "${prefix}"`);
    return index;
  }

  /**
   * What is wrong with the rows now in the page, in words (empty when nothing):
   * two neighbouring rows that overlap or leave a gap, a cell whose text runs
   * past its row's bottom or is cut by its own box, and the last row not reachable.
   */
  async layoutProblems(): Promise<string[]> {
    await this.page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
    // Two animation frames: a resize or font swap is handled on the next frame.
    for (let frame = 0; frame < 2; frame++) {
      await this.page.evaluate(() => new Promise((resolve) => (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame(() => resolve(null))));
    }
    return this.rows.evaluateAll((elements) => {
      const problems: string[] = [];
      const rows = elements
        .map((row) => ({ row, index: Number(row.getAttribute('aria-rowindex')) - 2, box: row.getBoundingClientRect() }))
        .sort((a, b) => a.index - b.index);
      rows.forEach(({ row, index, box }, k) => {
        const next = rows[k + 1];
        if (next && next.index === index + 1 && Math.abs(next.box.top - box.bottom) > 1) {
          problems.push(`pair ${index + 1} ends at ${box.bottom.toFixed(1)} but pair ${index + 2} starts at ${next.box.top.toFixed(1)}`);
        }
        for (const cell of Array.from(row.querySelectorAll('.cell') as ArrayLike<typeof row>)) {
          const cellBox = cell.getBoundingClientRect();
          if (cell.scrollHeight > cell.clientHeight + 1 || cell.scrollWidth > cell.clientWidth + 1 || cellBox.bottom > box.bottom + 1) {
            problems.push(`pair ${index + 1}: a ${cell.getAttribute('lang')} cell clips its text`);
          }
        }
      });
      const canvas = elements[0]?.parentElement;
      const last = rows[rows.length - 1];
      if (canvas && last && last.index === Number(canvas.parentElement?.parentElement?.getAttribute('aria-rowcount')) - 2
          && last.box.bottom > canvas.getBoundingClientRect().bottom + 1) {
        problems.push(`the last pair runs ${(last.box.bottom - canvas.getBoundingClientRect().bottom).toFixed(1)} px past the end of the list`);
      }
      return problems;
    });
  }

  saveState(): Locator {
    return this.page.locator('.save-state');
  }
}
