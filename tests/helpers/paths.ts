// Where tests and benchmarks find the repository and the shared data
// (../shared next to the repository: samples, eval, NTREX), in one place.

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

/** The shared folder (eval, samples, data): $MUQABALA_SHARED, or ../shared next to the repository. */
export function sharedDir(): string {
  return process.env.MUQABALA_SHARED ? path.resolve(process.env.MUQABALA_SHARED) : path.resolve(repoRoot(), '../shared');
}

// The seeds, from the repository: 000 and 001 are the sample project, 002-004 test fixtures
// (tests/fixtures/seeds/README.md), all copied unchanged from the shared samples.
const SEED_FILES: Record<string, string> = {
  '000': 'assets/sample/putin-bases-taliban.en.txt',
  '001': 'assets/sample/putin-bases-taliban.ar.txt',
  '002': 'tests/fixtures/seeds/002_716a7d0f8711187b.txt',
  '003': 'tests/fixtures/seeds/003_adf2256e8049195c.txt',
  '004': 'tests/fixtures/seeds/004_857ead31f5bd07c4.txt',
};

/** Path of a seed sample by its number, e.g. seedPath('001') for the Arabic article. */
export function seedPath(seed: '000' | '001' | '002' | '003' | '004'): string {
  return path.join(repoRoot(), SEED_FILES[seed]);
}
