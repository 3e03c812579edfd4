// The editor's 10,000-pair measurement, run by `npm run bench` itself: the
// Playwright spec tests/e2e/large-project.spec.ts opens the project in
// Chromium over the bridge and writes its timings to dist/bench/large-project.json.
// Only a file written by this run is printed, never one left by an earlier run,
// with the load averages around the run.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { repoRoot } from './alignment';

export function benchmarkEditor(): string {
  const timings = path.join(repoRoot, 'dist', 'bench', 'large-project.json');
  rmSync(timings, { force: true });
  const playwright = path.join(repoRoot, 'node_modules', '.bin', 'playwright');
  const loadBefore = loadAverages();
  const result = spawnSync(playwright, ['test', 'tests/e2e/large-project.spec.ts', '--workers=1', '--reporter=line'], {
    cwd: repoRoot, encoding: 'utf8', timeout: 600_000,
  });
  if (result.status !== 0 || !existsSync(timings)) {
    const why = (result.stdout + result.stderr).trim().split('\n').slice(-3).join(' / ');
    return `Editor, 10,000-pair project: skipped (the Playwright run did not finish: ${why || result.error?.message})`;
  }
  return `Editor, 10,000-pair project in Chromium over the bridge (this run of tests/e2e/large-project.spec.ts, ms;`
    + ` open and approve are medians of the runs listed; load average 1/5/15 min before ${loadBefore}, after ${loadAverages()}):\n`
    + `  ${readFileSync(timings, 'utf8').trim().replace(/\s*\n\s*/g, ' ')}`;
}

/** The machine's load: the timings mean little without it on a shared machine. */
function loadAverages(): string {
  return loadavg().map((load) => load.toFixed(2)).join(' ');
}
