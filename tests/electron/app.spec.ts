// The packaged app itself, driven with Playwright's _electron. Runs wherever the
// Electron binary is present (node_modules/electron/path.txt naming a file under
// node_modules/electron/dist/); elsewhere it is skipped with the reason. It never
// calls require('electron'), which would start a download.

import { _electron as electron, expect, test } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { INVOKE_METHODS } from '../../main/ipc/contract';

const ROOT = path.resolve(__dirname, '..', '..');
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');

function electronBinary(): { path: string } | { missing: string } {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!fs.existsSync(pathFile)) return { missing: `${path.relative(ROOT, pathFile)} does not exist (the binary is downloaded on first run)` };
  const binary = path.join(ELECTRON_DIR, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  if (!fs.existsSync(binary)) return { missing: `${path.relative(ROOT, binary)} does not exist` };
  return { path: binary };
}

const binary = electronBinary();
if ('missing' in binary) console.log(`tests/electron skipped: Electron binary not present: ${binary.missing}`);

test.describe('Muqabala desktop app', () => {
  test.skip('missing' in binary, `Electron binary not present: ${'missing' in binary ? binary.missing : ''}`);

  test('opens the sample, approves a pair with the keyboard and saves the project', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'muqabala-electron-'));
    const app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [ROOT, `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toMatch(/^app:\/\/muqabala\//);
      const rows = window.getByRole('row');
      await expect(rows.nth(1)).toBeVisible({ timeout: 30_000 });
      await expect(window.locator('[dir="rtl"][lang="ar"]').first()).toBeVisible();

      // Sandboxed renderer: no Node, only the contract's API.
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { muqabala: object }).muqabala).sort()))
        .toEqual([...INVOKE_METHODS, 'onMenuCommand', 'onProgress'].sort());

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
