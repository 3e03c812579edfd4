// The setup most browser specs share: before each test a bridge over its own
// data folder (with the sample project, a project the spec built, or none)
// and the page opened on it; after it, the bridge closed and the folder
// removed. One place, so each spec says only what it tests.
import type { BridgeServer, BridgeServerOptions } from '../../../main/serve';
import { closeBridge, makeTempDir, removeDir, startBridge } from './bridge';
import { EditorPage } from './editor-page';
import { expect, test } from './test';

export interface SampleSession {
  dataDir: string;
  server: BridgeServer;
  editor: EditorPage;
}

/** What the bridge starts with, given the test's fresh data folder (a project saved there, say). */
export type BridgeSetup = (dataDir: string) => Partial<BridgeServerOptions> | Promise<Partial<BridgeServerOptions>>;

/** Registers the hooks; `opened` receives each test's session before the page opens. */
export function openBridgeForEachTest(name: string, opened: (session: SampleSession) => void, setup: BridgeSetup = () => ({})): void {
  let session: SampleSession | null = null;
  test.beforeEach(async ({ page }) => {
    const dataDir = makeTempDir(name);
    const server = await startBridge(dataDir, await setup(dataDir));
    const editor = new EditorPage(page);
    session = { dataDir, server, editor };
    opened(session);
    await editor.open(server.url);
    await editor.waitForRows();
    // The English editor (Monaco, a chunk of its own) arrives a moment after the
    // rows: a test done before it would close the server under its download.
    await expect(page.locator('.english-editor .monaco-editor')).toBeVisible();
  });
  test.afterEach(async ({ page }) => {
    if (!session) return;
    await closeBridge(page, session.server);
    removeDir(session.dataDir);
    session = null;
  });
}

/** The same with the sample project open. */
export function openSampleForEachTest(name: string, opened: (session: SampleSession) => void): void {
  openBridgeForEachTest(name, opened, () => ({ openSample: true }));
}
