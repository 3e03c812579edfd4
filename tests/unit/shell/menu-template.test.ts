// The native menu on each platform, built by the pure template function.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../main/ipc/contract';
import { buildMenuTemplate, type MenuState } from '../../../main/shell/menu-template';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

function build(platform: NodeJS.Platform, state: Partial<MenuState> = {}) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const template = buildMenuTemplate(platform, { recentFiles: [], isPackaged: true, hasWindow: true, ...state }, {
    send: (command) => sent.push(command),
    openRecent: (filePath) => opened.push(filePath),
    clearRecent: () => undefined,
    openSampleWindow: () => undefined,
    newWindow: () => undefined,
  });
  return { template, sent, opened };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byLabel(template: MenuItemConstructorOptions[], label: string | RegExp): MenuItemConstructorOptions {
  const found = items(template).find((item) => (typeof label === 'string' ? item.label === label : label.test(item.label ?? '')));
  assert.ok(found, `no menu item ${label}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('menu template', () => {
  it('macOS: no accelerator without Cmd, so typing A, R, U, N, D or Space in a field never approves or moves; the key is in the label', () => {
    const { template, sent } = build('darwin');
    const accelerators = items(template).filter((item) => item.accelerator && !item.role).map((item) => String(item.accelerator));
    assert.ok(accelerators.length > 10);
    for (const accelerator of accelerators) assert.match(accelerator, /^CmdOrCtrl\+/, accelerator);
    const approve = byLabel(template, 'Approve (A)');
    assert.equal(approve.accelerator, undefined);
    click(approve);
    assert.deepEqual(sent, ['approve']);
    for (const label of ['Reject (R)', 'Reset (U)', 'Approve and Next (Space)', 'Next Unreviewed (N)', 'Next Doubtful (D)', 'Keyboard Shortcuts (?)']) byLabel(template, label);
    assert.equal(byLabel(template, 'Merge with Next').accelerator, 'CmdOrCtrl+M');
  });

  for (const platform of ['win32', 'linux'] as const) {
    it(`${platform}: accelerators are shown but not registered (the page handles every key once)`, () => {
      const { template } = build(platform);
      const approve = byLabel(template, 'Approve');
      assert.equal(approve.accelerator, 'A');
      const commands = items(template).filter((item) => item.accelerator && !item.role && item.label !== 'New Window');
      assert.ok(commands.length > 20);
      for (const item of commands) assert.equal(item.registerAccelerator, false, item.label);
    });
  }

  for (const platform of PLATFORMS) {
    it(`${platform}: standard roles where they exist, Undo/Redo sent to the page to route by focus`, () => {
      const { template, sent } = build(platform);
      const roles = new Set(items(template).map((item) => item.role).filter(Boolean));
      for (const role of ['cut', 'copy', 'paste', 'selectAll', 'close', 'windowMenu', 'help', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) {
        assert.ok(roles.has(role as MenuItemConstructorOptions['role']), `${platform}: role ${role}`);
      }
      assert.equal(roles.has('appMenu'), platform === 'darwin');
      // macOS's Quit lives in the app menu; elsewhere File ends with Quit.
      assert.equal(roles.has('quit'), platform !== 'darwin');
      assert.equal(roles.has('undo'), false);
      click(byLabel(template, 'Undo'));
      click(byLabel(template, 'Redo'));
      assert.deepEqual(sent, ['undo', 'redo']);
      assert.equal(byLabel(template, 'Redo').accelerator, platform === 'darwin' ? 'CmdOrCtrl+Shift+Z' : 'CmdOrCtrl+Y');
    });

    it(`${platform}: a recent file with & in its name is shown as written, not as a mnemonic`, () => {
      const recent = platform === 'win32' ? 'D:\\projects\\R&D notes.muqabala' : '/srv/projects/R&D notes.muqabala';
      const { template, opened } = build(platform, { recentFiles: [recent] });
      const item = byLabel(template, /^R&&D notes\.muqabala — /);
      click(item);
      assert.deepEqual(opened, [recent]);
    });

    it(`${platform}: with no window open, New Project and Open stay available and the project commands are disabled`, () => {
      const { template } = build(platform, { hasWindow: false });
      assert.notEqual(byLabel(template, 'New Project…').enabled, false);
      assert.notEqual(byLabel(template, 'Open…').enabled, false);
      for (const label of ['Save', 'Save As…', 'Export…', 'Undo', 'Close', 'Merge with Next']) {
        assert.equal(byLabel(template, label).enabled, false, label);
      }
      assert.notEqual(build(platform).template.length, 0);
      assert.notEqual(byLabel(build(platform).template, 'Save').enabled, false);
    });
  }

  for (const platform of PLATFORMS) {
    it(`${platform}: Next and Previous Document move between a many-document project's documents, with their keys shown`, () => {
      const { template, sent } = build(platform);
      const next = byLabel(template, /^Next Document/);
      const previous = byLabel(template, /^Previous Document/);
      click(next);
      click(previous);
      assert.deepEqual(sent, ['next-document', 'previous-document']);
      if (platform === 'darwin') {
        // No Cmd in Alt+PageDown: macOS would take the key from a text field, so it is only written in the label.
        assert.equal(next.label, 'Next Document (Alt+PageDown)');
        assert.equal(next.accelerator, undefined);
      } else {
        assert.equal(next.accelerator, 'Alt+PageDown');
        assert.equal(previous.accelerator, 'Alt+PageUp');
      }
    });
  }

  it('developer items only when not packaged', () => {
    const roles = (isPackaged: boolean) => items(build('linux', { isPackaged }).template).map((item) => item.role);
    assert.ok(roles(false).includes('toggleDevTools'));
    assert.ok(!roles(true).includes('toggleDevTools'));
  });
});
