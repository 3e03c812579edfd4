// The packaged app itself, driven with Playwright's _electron. Runs wherever the
// Electron binary is present (node_modules/electron/path.txt naming a file under
// node_modules/electron/dist/); elsewhere it is skipped with the reason. It never
// calls require('electron'), which would start a download.

import { _electron as electron, expect, test } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INVOKE_METHODS, LISTENER_METHODS } from '../../main/ipc/contract';
import { electronRuntime } from '../../main/shell/electron-runtime';
import { makeTempDir } from '../helpers/temp-dir';
import { machineArgs, needsVirtualDisplay, startVirtualDisplay, type VirtualDisplay } from './support/launch-options';

const ROOT = path.resolve(__dirname, '..', '..');
const runtime = electronRuntime(path.join(ROOT, 'node_modules', 'electron'), fs.existsSync, (file) => fs.readFileSync(file, 'utf8'));
if (!runtime.present) console.log(`tests/electron skipped: Electron binary not present: ${runtime.reason}`);

/** What window.muqabala must hold: every method of the contract by name, nothing else. */
const CONTRACT_KEYS = [...INVOKE_METHODS, ...LISTENER_METHODS].sort();

test.describe('Muqabala desktop app', () => {
  test.skip(!runtime.present, `Electron binary not present: ${runtime.present ? '' : runtime.reason}`);
  let display: VirtualDisplay | null = null;

  test.beforeAll(async () => {
    if (needsVirtualDisplay()) display = await startVirtualDisplay();
  });

  test.afterAll(async () => {
    await display?.stop();
  });

  test('opens the sample, approves a pair with the keyboard and saves the project', async () => {
    const userData = makeTempDir('electron');
    const app = await electron.launch({
      executablePath: runtime.present ? runtime.binary : '',
      args: [...machineArgs(), ROOT, `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1', ...(display ? { DISPLAY: display.display } : {}) },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toMatch(/^app:\/\/muqabala\//);
      const rows = window.getByRole('row');
      await expect(rows.nth(1)).toBeVisible({ timeout: 30_000 });
      await expect(window.locator('[dir="rtl"][lang="ar"]').first()).toBeVisible();

      // Sandboxed renderer: no Node, only the contract's API.
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { muqabala: object }).muqabala).sort())).toEqual(CONTRACT_KEYS);

      await rows.nth(1).click();
      await window.keyboard.press('a');
      const view = await window.evaluate(() => (window as unknown as { muqabala: { getProject(): Promise<{ beads: { status: string }[]; dirty: boolean }> } }).muqabala.getProject());
      expect(view.beads.some((bead) => bead.status === 'approved')).toBe(true);
      expect(view.dirty).toBe(true);

      const file = path.join(userData, 'saved.muqabala');
      const saved = await window.evaluate((target) => (window as unknown as { muqabala: { saveProjectAs(p: string): Promise<{ path: string }> } }).muqabala.saveProjectAs(target), file);
      expect(saved.path).toBe(file);
      const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as { beads: { status: string }[] };
      expect(onDisk.beads.some((bead) => bead.status === 'approved')).toBe(true);
    } finally {
      await app.close();
    }
  });
});
