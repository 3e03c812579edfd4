// pdf.js (an ES module, loaded lazily) runs inside a worker thread as well as
// on the main thread: the app may import off the main thread, and the
// alignment worker's process is the same Node.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '../../../helpers/paths';

test('a PDF is imported inside a worker thread, offline', async () => {
  const importModule = path.join(repoRoot(), 'dist/main/core/documents/import.js');
  const pdf = path.join(repoRoot(), 'tests/fixtures/documents/features-en.pdf');
  const worker = new Worker(`
    const { parentPort, workerData } = require('node:worker_threads');
    const { importDocument } = require(workerData.importModule);
    importDocument(require('node:fs').readFileSync(workerData.pdf), 'features-en.pdf')
      .then((document) => parentPort.postMessage(document.text), (error) => parentPort.postMessage('failed: ' + error.message));
  `, { eval: true, workerData: { importModule, pdf } });
  const text = await new Promise<string>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  assert.match(text, /^Meeting report\n\nThe chair opened the session at ten in the morning\./);
});
