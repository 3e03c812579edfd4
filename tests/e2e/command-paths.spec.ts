// Every command of main/ipc/command-table.ts, run through each way a user
// reaches it: its first key (on the list), its toolbar button, the pair's
// right-click menu and the native menu (sent over the bridge the way the
// desktop's menu sends it: main/shell/menu-template.ts). The table says for
// each command which ways exist (null where one does not); the first test
// checks the table against what the page and the menu template really offer,
// the others run each way and check what the user sees, then put the project
// back (undo) before the next way.
import { expect, test } from './support/test';
import type { Locator, Page } from '@playwright/test';
import { COMMANDS, commandInfo, type CommandId } from '../../main/ipc/command-table';
import type { MenuCommand } from '../../main/ipc/contract';
import { buildMenuTemplate } from '../../main/shell/menu-template';
import type { BridgeServer } from '../../main/serve';
import { openSampleForEachTest } from './support/sample-session';
import type { EditorPage } from './support/editor-page';

let server: BridgeServer;
let editor: EditorPage;
openSampleForEachTest('command-paths', (opened) => ({ server, editor } = opened));

type Way = 'key' | 'toolbar' | 'context' | 'menu';
const WAYS: Way[] = ['key', 'toolbar', 'context', 'menu'];

interface Scene {
  page: Page;
  editor: EditorPage;
  /** A 1-1 pair followed by another 1-1 pair: where the pair commands act. */
  row: number;
  rows: number;
}

interface CommandCase {
  /** Which ways exist; a string says why a way does not. */
  ways: Record<Way, true | string>;
  /** Puts the page where the command can act; returns how many project edits it made. */
  setup?: (scene: Scene) => Promise<number>;
  /** What the user sees once the command ran; returns how many project edits the command made. */
  check: (scene: Scene) => Promise<number>;
  /** Puts back what the command changed outside the project (a toggle, an open dialog). */
  after?: (scene: Scene) => Promise<void>;
  /** Where the right-click goes (the selected row's gutter unless said). */
  contextAt?: (scene: Scene) => Locator;
}

const ALL: Record<Way, true> = { key: true, toolbar: true, context: true, menu: true };
const NO_CONTEXT = 'not a pair command: the right-click menu lists what acts on the pair';
const NO_TOOLBAR = 'no toolbar button';
const NAVIGATION = { toolbar: 'moving through the list: keys only', context: NO_CONTEXT, menu: 'moving through the list: keys only' } as const;
const MOVE: Record<Way, true | string> = { ...ALL, toolbar: 'moving a sentence: keys, right-click and the menu' };
const BAR: Record<Way, true | string> = { key: true, toolbar: true, context: NO_CONTEXT, menu: true };
const MENU_ONLY_AND_KEY: Record<Way, true | string> = { key: true, toolbar: NO_TOOLBAR, context: NO_CONTEXT, menu: true };

const status = (scene: Scene, row: number) => scene.editor.row(row).locator('.status');
const beadType = (scene: Scene, row: number) => scene.editor.row(row).locator('.bead-type');
const selected = (scene: Scene, row: number) => expect(scene.editor.row(row)).toHaveAttribute('aria-selected', 'true');
/** A dialog of the app's own opens; Escape closes it again. */
async function dialogOpens(scene: Scene, name: RegExp): Promise<number> {
  const dialog = scene.page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await scene.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return 0;
}
async function oneDocument(scene: Scene): Promise<number> {
  await expect(scene.page.locator('.status-message')).toHaveText('This project holds one document');
  return 0;
}
async function rowCount(scene: Scene, count: number): Promise<void> {
  await expect.poll(() => scene.editor.rowCount()).toBe(count);
}
async function press(scene: Scene, key: string): Promise<void> {
  await scene.editor.pressOnGrid(key);
}

const CASES: Record<CommandId, CommandCase> = {
  'new-project': { ways: { ...BAR, toolbar: true }, check: (s) => dialogOpens(s, /New project/) },
  'open-project': { ways: BAR, check: (s) => dialogOpens(s, /Open project/) },
  'open-bilingual': { ways: BAR, check: (s) => dialogOpens(s, /Open bilingual/) },
  save: { ways: BAR, check: (s) => dialogOpens(s, /Save project/) },
  'save-as': { ways: BAR, check: (s) => dialogOpens(s, /Save project/) },
  export: { ways: BAR, check: (s) => dialogOpens(s, /Export/) },
  'export-document': { ways: BAR, check: (s) => dialogOpens(s, /Export document/) },
  undo: {
    ways: BAR,
    setup: async (s) => { await press(s, 'a'); await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Approved'); return 1; },
    check: async (s) => { await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Unreviewed'); return -1; },
  },
  redo: {
    ways: BAR,
    setup: async (s) => {
      await press(s, 'a');
      await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Approved');
      await press(s, 'Control+z');
      await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Unreviewed');
      return 0;
    },
    check: async (s) => { await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Approved'); return 1; },
  },
  find: {
    ways: MENU_ONLY_AND_KEY,
    check: async (s) => {
      await expect(s.page.getByRole('searchbox', { name: /Search both sides/ })).toBeFocused();
      await s.page.keyboard.press('Escape');
      return 0;
    },
  },
  'find-next': {
    ways: BAR,
    setup: async (s) => { await setSearch(s, 'Putin'); return 0; },
    check: async (s) => { await expect(s.editor.selectedRow()).toContainText('Putin'); return 0; },
    after: async (s) => { await setSearch(s, ''); },
  },
  'find-previous': {
    ways: BAR,
    setup: async (s) => { await setSearch(s, 'Putin'); return 0; },
    check: async (s) => { await expect(s.editor.selectedRow()).toContainText('Putin'); return 0; },
    after: async (s) => { await setSearch(s, ''); },
  },
  replace: {
    ways: BAR,
    check: async (s) => {
      const bar = s.page.locator('.replace-bar');
      await expect(bar).toBeVisible();
      await bar.getByRole('button', { name: 'Close' }).click();
      await expect(bar).toBeHidden();
      return 0;
    },
  },
  filter: {
    ways: MENU_ONLY_AND_KEY,
    check: async (s) => {
      await expect(s.page.getByRole('combobox', { name: /status/i })).toBeFocused();
      await s.page.keyboard.press('Escape');
      return 0;
    },
  },
  'toggle-columns': {
    ways: BAR,
    check: async (s) => { await expect(s.page.locator('.header-row .cell').first()).toContainText('Arabic'); return 0; },
    after: async (s) => { await press(s, 'Control+Shift+X'); await expect(s.page.locator('.header-row .cell').first()).toContainText('English'); },
  },
  'toggle-theme': {
    ways: BAR,
    check: async (s) => { await expect(s.page.locator('.toolbar button[data-command="toggle-theme"]')).toHaveAttribute('aria-pressed', 'true'); return 0; },
    after: async (s) => { await press(s, 'Control+Shift+T'); await expect(s.page.locator('.toolbar button[data-command="toggle-theme"]')).toHaveAttribute('aria-pressed', 'false'); },
  },
  'toggle-diff': {
    ways: MENU_ONLY_AND_KEY,
    check: async (s) => { await expect(s.page.getByRole('region', { name: 'English changes since import' })).toBeVisible(); return 0; },
    after: async (s) => { await press(s, 'Control+d'); await expect(s.page.getByRole('region', { name: 'English changes since import' })).toBeHidden(); },
  },
  statistics: { ways: BAR, check: (s) => dialogOpens(s, /statistics/i) },
  'merge-with-next': {
    ways: ALL,
    check: async (s) => { await rowCount(s, s.rows - 1); await expect(beadType(s, s.row)).toHaveText('2-2'); return 1; },
  },
  'split-pair': {
    ways: ALL,
    // Merge first, then point at the second English sentence: the split gives the two pairs back.
    setup: async (s) => {
      await press(s, 'Control+m');
      await rowCount(s, s.rows - 1);
      await s.editor.row(s.row).locator('.cell-en .sentence').nth(1).click();
      return 1;
    },
    check: async (s) => { await rowCount(s, s.rows); await expect(beadType(s, s.row)).toHaveText('1-1'); return 1; },
    // Right-click on the sentence itself: that is where the split goes.
    contextAt: (s) => s.editor.row(s.row).locator('.cell-en .sentence').nth(1),
  },
  'move-en-first-up': {
    ways: MOVE,
    setup: async (s) => { await s.editor.selectRow(s.row + 1); return 0; },
    check: async (s) => { await expect(beadType(s, s.row)).toHaveText('1-2'); return 1; },
  },
  'move-en-last-down': { ways: MOVE, check: async (s) => { await expect(beadType(s, s.row + 1)).toHaveText('1-2'); return 1; } },
  'move-ar-first-up': {
    ways: MOVE,
    setup: async (s) => { await s.editor.selectRow(s.row + 1); return 0; },
    check: async (s) => { await expect(beadType(s, s.row)).toHaveText('2-1'); return 1; },
  },
  'move-ar-last-down': { ways: MOVE, check: async (s) => { await expect(beadType(s, s.row + 1)).toHaveText('2-1'); return 1; } },
  'insert-empty': {
    ways: ALL,
    check: async (s) => { await rowCount(s, s.rows + 1); await expect(beadType(s, s.row + 1)).toHaveText('0-0'); return 1; },
  },
  'delete-empty': {
    ways: { ...ALL, toolbar: NO_TOOLBAR },
    setup: async (s) => {
      await press(s, 'Control+Enter');
      await rowCount(s, s.rows + 1);
      await s.editor.selectRow(s.row + 1);
      return 1;
    },
    check: async (s) => { await rowCount(s, s.rows); return 1; },
  },
  'detach-sentence': {
    ways: ALL,
    check: async (s) => {
      // A 1-1 pair: which of its two sentences is asked; the English one leaves as a pair of its own.
      await s.page.getByRole('dialog', { name: /no counterpart/ }).getByRole('button', { name: /English sentence/ }).click();
      await rowCount(s, s.rows + 1);
      await expect(beadType(s, s.row)).toHaveText(/^(1-0|0-1)$/);
      await expect(beadType(s, s.row + 1)).toHaveText(/^(1-0|0-1)$/);
      return 1;
    },
  },
  realign: {
    ways: ALL,
    setup: async (s) => {
      await s.editor.selectRow(s.row - 1);
      await press(s, 'a');
      await s.editor.selectRow(s.row + 2);
      await press(s, 'a');
      await s.editor.selectRow(s.row);
      await expect(status(s, s.row + 2)).toHaveAttribute('aria-label', 'Approved');
      return 2;
    },
    check: async (s) => {
      await expect(s.page.locator('.status-message')).toContainText(/pairs stay as they were|Re-align/);
      return (await s.page.locator('.history-label').innerText()).includes('Re-align') ? 1 : 0;
    },
  },
  approve: { ways: ALL, check: async (s) => { await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Approved'); return 1; } },
  reject: { ways: ALL, check: async (s) => { await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Rejected'); return 1; } },
  'reset-status': {
    ways: ALL,
    setup: async (s) => { await press(s, 'a'); await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Approved'); return 1; },
    check: async (s) => { await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Unreviewed'); return 1; },
  },
  'approve-and-next': {
    ways: { ...ALL, toolbar: NO_TOOLBAR, context: 'the right-click menu has Approve; moving on is for the keyboard' },
    check: async (s) => { await expect(status(s, s.row)).toHaveAttribute('aria-label', 'Approved'); await selected(s, s.row + 1); return 1; },
  },
  'next-unreviewed': {
    ways: { ...BAR },
    setup: async (s) => { await s.editor.selectRow(s.row + 1); await press(s, 'a'); await s.editor.selectRow(s.row); return 1; },
    check: async (s) => { await selected(s, s.row + 2); return 0; },
  },
  'next-doubtful': {
    ways: BAR,
    check: async (s) => {
      const { beads } = await s.editor.projectInPage();
      const lowest = beads.reduce((best, bead, k) => (bead.confidence < beads[best].confidence ? k : best), 0);
      await expect(s.editor.selectedRow()).toHaveAttribute('data-bead-id', beads[lowest].id);
      return 0;
    },
  },
  'select-next': { ways: { key: true, ...NAVIGATION }, check: async (s) => { await selected(s, s.row + 1); return 0; } },
  'select-previous': { ways: { key: true, ...NAVIGATION }, check: async (s) => { await selected(s, s.row - 1); return 0; } },
  'page-down': { ways: { key: true, ...NAVIGATION }, check: async (s) => { await expect(s.editor.row(s.row)).toHaveAttribute('aria-selected', 'false'); return 0; } },
  'page-up': { ways: { key: true, ...NAVIGATION }, check: async (s) => { await selected(s, 0); return 0; } },
  'select-first': { ways: { key: true, ...NAVIGATION }, check: async (s) => { await selected(s, 0); return 0; } },
  'select-last': { ways: { key: true, ...NAVIGATION }, check: async (s) => { await selected(s, s.rows - 1); return 0; } },
  // The sample holds one document: the command says so (tests/e2e/many-documents.spec.ts moves between documents).
  'next-document': { ways: MENU_ONLY_AND_KEY, check: oneDocument },
  'previous-document': { ways: MENU_ONLY_AND_KEY, check: oneDocument },
  'go-to-pair': { ways: BAR, check: (s) => dialogOpens(s, /Go to pair/) },
  'extend-selection-down': {
    ways: { key: true, ...NAVIGATION },
    check: async (s) => { await expect(s.page.locator('.grid-canvas .row[aria-selected="true"]')).toHaveCount(2); return 0; },
  },
  'extend-selection-up': {
    ways: { key: true, ...NAVIGATION },
    check: async (s) => { await expect(s.page.locator('.grid-canvas .row[aria-selected="true"]')).toHaveCount(2); return 0; },
  },
  'select-all': {
    ways: { key: true, ...NAVIGATION },
    check: async (s) => { await expect(s.page.locator('.status-bar')).toContainText(`${s.rows} pairs selected`); return 0; },
  },
  'edit-english': {
    ways: { key: true, ...NAVIGATION },
    check: async (s) => { await expect(s.page.locator('.english-editor:focus-within')).toHaveCount(1); await s.page.keyboard.press('Escape'); return 0; },
  },
  'edit-arabic': {
    ways: { key: true, ...NAVIGATION },
    check: async (s) => { await expect(s.page.getByRole('textbox', { name: /Arabic text/ })).toBeFocused(); await s.page.keyboard.press('Escape'); return 0; },
  },
  'toggle-qa-panel': {
    ways: BAR,
    check: async (s) => { await expect(s.page.getByRole('complementary', { name: 'Quality checks' })).toBeVisible(); return 0; },
    after: async (s) => { await press(s, 'F7'); await expect(s.page.getByRole('complementary', { name: 'Quality checks' })).toBeHidden(); },
  },
  'next-finding': {
    ways: BAR,
    // With the panel open, the pair of the next finding is selected.
    // The user sees the panel's findings listed before asking for the next one.
    setup: async (s) => { await press(s, 'F7'); await expect(s.page.getByRole('complementary', { name: 'Quality checks' })).toBeVisible(); await expect(s.page.locator('.qa-item').first()).toBeVisible(); return 0; },
    check: async (s) => { await expect(s.page.locator('.qa-item.current')).toHaveCount(1); return 0; },
    after: async (s) => { await press(s, 'F7'); await expect(s.page.getByRole('complementary', { name: 'Quality checks' })).toBeHidden(); },
  },
  'ignore-finding': {
    ways: MENU_ONLY_AND_KEY,
    // Without the QA panel's findings there is nothing to ignore on the pair: the status bar says so.
    check: async (s) => { await expect(s.page.locator('.status-message')).not.toBeEmpty(); return 0; },
  },
  'load-glossary': {
    ways: { key: 'no key: loading a glossary is rare enough for the menu and the QA panel', toolbar: 'in the QA panel, not the toolbar', context: NO_CONTEXT, menu: true },
    check: (s) => dialogOpens(s, /glossary/i),
  },
  'realign-unreviewed': {
    ways: MENU_ONLY_AND_KEY,
    check: async (s) => {
      await expect(s.page.locator('.status-message')).toContainText(/pairs stay as they were/);
      return 0;
    },
  },
  shortcuts: { ways: BAR, check: (s) => dialogOpens(s, /Keyboard shortcuts/) },
  about: { ways: { key: 'no key', toolbar: NO_TOOLBAR, context: NO_CONTEXT, menu: true }, check: (s) => dialogOpens(s, /About Muqabala/) },
};

async function setSearch(scene: Scene, text: string): Promise<void> {
  const search = scene.page.getByRole('searchbox', { name: /Search both sides/ });
  await search.fill(text);
  await scene.editor.grid.focus();
}

/** The commands the native menu sends: every item of the template clicked once. */
function menuCommands(): Set<CommandId> {
  const sent = new Set<CommandId>();
  const actions = { send: (id: MenuCommand) => sent.add(id), openRecent: () => undefined, clearRecent: () => undefined, openSampleWindow: () => undefined, newWindow: () => undefined };
  const visit = (items: Array<{ click?: unknown; submenu?: unknown }>) => {
    for (const item of items) {
      if (typeof item.click === 'function') (item.click as () => void)();
      if (Array.isArray(item.submenu)) visit(item.submenu as Array<{ click?: unknown; submenu?: unknown }>);
    }
  };
  visit(buildMenuTemplate('linux', { recentFiles: [], isPackaged: true, hasWindow: true }, actions) as Array<{ click?: unknown; submenu?: unknown }>);
  return sent;
}

/** Playwright's name for the first key of a command ('Ctrl+M' -> 'Control+m'). */
function playwrightKey(chord: string): string {
  const parts = chord.split('+');
  const key = parts.pop()!;
  const names: Record<string, string> = { Up: 'ArrowUp', Down: 'ArrowDown', Space: ' ' };
  const shifted = parts.includes('Shift');
  const main = names[key] ?? (key.length === 1 && !shifted ? key.toLowerCase() : key);
  return [...parts.map((part) => (part === 'Ctrl' ? 'Control' : part)), main].join('+');
}

test('the table names every command, and each way it lists is there (and no other)', async ({ page }) => {
  expect(Object.keys(CASES).sort()).toEqual(COMMANDS.map((command) => command.id).sort());
  const toolbar = new Set(await page.locator('.toolbar button[data-command]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-command'))));
  const menu = await editor.openContextMenu(await editor.firstTwoOneToOne());
  const context = new Set(await menu.locator('[data-command]').evaluateAll((items) => items.map((item) => item.getAttribute('data-command'))));
  await page.keyboard.press('Escape');
  const native = menuCommands();
  for (const { id, keys } of COMMANDS) {
    const ways = CASES[id].ways;
    expect.soft(ways.key === true, `${id}: key`).toBe(keys.length > 0);
    expect.soft(ways.toolbar === true, `${id}: toolbar`).toBe(toolbar.has(id));
    expect.soft(ways.context === true, `${id}: context menu`).toBe(context.has(id));
    expect.soft(ways.menu === true, `${id}: native menu`).toBe(native.has(id));
  }
});

async function runWay(scene: Scene, id: CommandId, way: Way): Promise<void> {
  switch (way) {
    case 'key': return scene.editor.pressOnGrid(playwrightKey(commandInfo(id).keys[0]));
    case 'toolbar': return scene.editor.command(id);
    case 'context': {
      const at = CASES[id].contextAt?.(scene);
      let menu: Locator;
      if (at) {
        await at.click({ button: 'right' });
        menu = scene.page.getByRole('menu', { name: 'Pair actions' });
      } else {
        const row = await scene.editor.selectedRow().getAttribute('aria-rowindex');
        menu = await scene.editor.openContextMenu(Number(row) - 2);
      }
      return menu.locator(`[data-command="${id}"]`).click();
    }
    case 'menu': return server.sendMenuCommand(id as MenuCommand);
  }
}

// One test per group of the command table, each command through each of its ways.
const GROUPS = [...new Set(COMMANDS.map((command) => command.group))];
for (const group of GROUPS) {
  test(`${group} commands work through each way a user reaches them`, async ({ page }) => {
    test.setTimeout(240_000);
    const row = await editor.firstTwoOneToOne() + 1;
    const scene: Scene = { page, editor, row, rows: await editor.rowCount() };
    const before = await editor.projectInPage();
    const shape = (beads: typeof before.beads) => beads.map((bead) => `${bead.id}:${bead.status}`).join(' ');
    for (const { id } of COMMANDS.filter((command) => command.group === group)) {
      const entry = CASES[id];
      for (const way of WAYS.filter((candidate) => entry.ways[candidate] === true)) {
        await test.step(`${id} by ${way}`, async () => {
          // Back to the top, where the pair is rendered (an earlier way may have moved far down).
          await editor.pressOnGrid('Home');
          await editor.selectRow(row);
          let edits = (await entry.setup?.(scene)) ?? 0;
          await runWay(scene, id, way);
          edits += await entry.check(scene);
          await entry.after?.(scene);
          for (let k = 0; k < edits; k++) await editor.pressOnGrid('Control+z');
          await expect.poll(async () => shape((await editor.projectInPage()).beads), `${id} by ${way}: undone`).toBe(shape(before.beads));
        });
      }
    }
  });
}
