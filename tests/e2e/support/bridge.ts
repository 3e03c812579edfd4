// Starting the real loopback bridge (dist/main/serve.js) for a test: its own
// temporary data directory, the built renderer, and the page opened on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { BridgeServer, BridgeServerOptions } from '../../../main/serve';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..').replace(/[\\/]dist$/, '');
export const SERVE_SCRIPT = join(REPO_ROOT, 'dist', 'main', 'serve.js');
/** The sample project's two texts (seed 001 Arabic, seed 000 its English rendering), shipped with the app. */
export const SEED_ARABIC = join(REPO_ROOT, 'assets', 'sample', 'putin-bases-taliban.ar.txt');
export const SEED_ENGLISH = join(REPO_ROOT, 'assets', 'sample', 'putin-bases-taliban.en.txt');

// Load the compiled server (tests/ may run from source under Playwright or from dist/).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serve = require(SERVE_SCRIPT) as { startBridgeServer(options: BridgeServerOptions): Promise<BridgeServer> };

export { makeTempDir, removeTempDir as removeDir } from '../../helpers/temp-dir';

/** The bridge as `npm run serve` starts it: the sample opens unless a project is given or openSample is false. */
export async function startBridge(dataDir: string, options: Partial<BridgeServerOptions> = {}): Promise<BridgeServer> {
  return serve.startBridgeServer({ dataDir, defaultDirectory: dataDir, openSample: true, ...options });
}

/**
 * Ends a test's session the way a user does, window first: the page closes
 * (skipping the unsaved-changes question), so a check or a save the app still
 * had scheduled cannot reach a server that is gone; then the bridge stops.
 */
export async function closeBridge(page: Page, server: BridgeServer | null): Promise<void> {
  await page.close();
  await server?.close();
}

/** `node dist/main/serve.js` as a child process (for kill -9 tests); resolves with its URL. */
export async function spawnBridge(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVE_SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve.js printed no URL: ${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.js exited with ${code}: ${output}`));
    });
  });
  return { child, url };
}

/**
 * Stops a bridge started by spawnBridge and waits until it has exited, so that
 * it writes nothing more (an autosave, say) into a data directory the test is
 * about to read or remove.
 */
export async function stopBridge(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill(signal);
  await exited;
}
