// The setup most browser specs share: before each test a bridge with the sample
// project in its own data folder and the page opened on it; after it, the
// bridge closed and the folder removed. One place, so each spec says only
// what it tests.
import type { BridgeServer } from '../../../main/serve';
import { makeTempDir, removeDir, startBridge } from './bridge';
import { EditorPage } from './editor-page';
import { expect, test } from './test';

export interface SampleSession {
  dataDir: string;
  server: BridgeServer;
  editor: EditorPage;
}

/** Registers the hooks; `opened` receives each test's session before the test runs. */
export function openSampleForEachTest(name: string, opened: (session: SampleSession) => void): void {
  let session: SampleSession | null = null;
  test.beforeEach(async ({ page }) => {
    const dataDir = makeTempDir(name);
    const server = await startBridge(dataDir, { openSample: true });
    const editor = new EditorPage(page);
    session = { dataDir, server, editor };
    opened(session);
    await editor.open(server.url);
    await editor.waitForRows();
    // The English editor (Monaco, a chunk of its own) arrives a moment after the
    // rows: a test done before it would close the server under its download.
    await expect(page.locator('.english-editor .monaco-editor')).toBeVisible();
  });
  test.afterEach(async () => {
    if (!session) return;
    await session.server.close();
    removeDir(session.dataDir);
    session = null;
  });
}
