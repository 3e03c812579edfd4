// Temporary folders for tests. Each is removed by the test that made it where
// it can, and in any case when the test process exits, so that a full run
// leaves nothing behind in the system's temporary folder.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created = new Set<string>();

function removeAll(): void {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  created.clear();
}

/** A fresh folder `muqabala-PREFIX-XXXXXX` in the system's temporary folder. */
export function makeTempDir(prefix: string): string {
  if (created.size === 0) process.once('exit', removeAll);
  const dir = mkdtempSync(join(tmpdir(), `muqabala-${prefix}-`));
  created.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  created.delete(dir);
}
