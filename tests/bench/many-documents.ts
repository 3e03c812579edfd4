// The 200-document, 20,000-pair project, measured by `npm run bench` itself:
// the Playwright spec tests/e2e/many-documents-scale.spec.ts opens it in
// Chromium over the bridge (after a one-document sample, for the cost every
// opening pays), moves between documents and edits, and writes its timings to
// dist/bench/many-documents.json. Only a file written by this run is printed.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './alignment';

export function benchmarkManyDocuments(): string {
  const timings = path.join(repoRoot, 'dist', 'bench', 'many-documents.json');
  rmSync(timings, { force: true });
  const playwright = path.join(repoRoot, 'node_modules', '.bin', 'playwright');
  const result = spawnSync(playwright, ['test', 'tests/e2e/many-documents-scale.spec.ts', '--workers=1', '--reporter=line'], {
    cwd: repoRoot, encoding: 'utf8', timeout: 600_000, env: { ...process.env, MUQABALA_BENCH: '1' },
  });
  if (result.status !== 0 || !existsSync(timings)) {
    const why = (result.stdout + result.stderr).trim().split('\n').slice(-3).join(' / ');
    return `Editor, 200 documents / 20,000 pairs: skipped (the Playwright run did not finish: ${why || result.error?.message})`;
  }
  const numbers = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number | null>;
  return `Editor, ${numbers.documents} documents / ${numbers.pairs} pairs in one project, Chromium over the bridge (ms):\n`
    + `  open ${numbers.openMs} (one document of as many pairs: ${numbers.openSingleDocumentMs}; the one-document sample: ${numbers.openSampleMs}); show document 150 ${numbers.switchToDocument150Ms}; `
    + `next document (Alt+PageDown) ${numbers.nextDocumentKeyMs}; approve ${numbers.approveMs}; merge ${numbers.mergeMs}; `
    + `show all documents ${numbers.showAllDocumentsMs}; rows in the page ${numbers.domRows}; building the fixture ${numbers.buildProjectMs}`;
}
