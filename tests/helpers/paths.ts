// Where tests and benchmarks find the repository, the seed samples (in the
// repository) and the shared data the benchmark may use (../shared next to the
// repository: eval, NTREX), in one place. Tests never read ../shared.

import fs from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest folder above this file holding package.json (works from tests/ and dist/tests/). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** The shared folder (eval, data) for the benchmark only: $MUQABALA_SHARED, or ../shared next to the repository. */
export function sharedDir(): string {
  return process.env.MUQABALA_SHARED ? path.resolve(process.env.MUQABALA_SHARED) : path.resolve(repoRoot(), '../shared');
}

// Seeds 001 (Arabic) and 000 (its English rendering) are the app's sample project;
// 002-004 (same events, not translations) are test fixtures.
const SEED_FILES: Record<string, string> = {
  '000': 'assets/sample/putin-bases-taliban.en.txt',
  '001': 'assets/sample/putin-bases-taliban.ar.txt',
  '002': 'tests/fixtures/samples/002_716a7d0f8711187b.txt',
  '003': 'tests/fixtures/samples/003_adf2256e8049195c.txt',
  '004': 'tests/fixtures/samples/004_857ead31f5bd07c4.txt',
};

export type Seed = '000' | '001' | '002' | '003' | '004';

/** Path of a seed sample by its number, e.g. seedPath('001') for the Arabic article; all of them live in the repository. */
export function seedPath(seed: Seed): string {
  return path.join(repoRoot(), SEED_FILES[seed]);
}
