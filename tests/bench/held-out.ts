// One NTREX cut that nothing is tuned on. What the aligner was tuned on:
// - the 60 dev pairs (../shared/eval/dev: NTREX documents 0-59) throughout;
// - the deletion cost (commit 0aa8fb8) was swept on dev, on NTREX documents
//   60-122 cut with another seed, and on dev re-cut with seed 99, so those
//   cuts are tuning data too.
// Every NTREX document has been seen by some tuning, so the held-out cut is
// new in its cuts, not in its sentences: documents 60-122 cut by make_docs.py
// with HELD_OUT_SEED (paragraph breaks, fused sentences, dropped sentences
// and boilerplate all placed anew). Do not tune on it: it is the one figure
// that says how the aligner does on a case it was not fitted to.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreDirectory, sharedDir } from './alignment';

export const HELD_OUT_SEED = 20261126;
const FIRST_DOCUMENT = 60;
const LAST_DOCUMENT = 123;

export function benchmarkHeldOut(): { macroF1: number; pairs: number } | { skipped: string } {
  const ntrex = path.join(sharedDir, 'data', 'ntrex-128-ar-en');
  const makeDocs = path.join(sharedDir, 'eval', 'make_docs.py');
  if (!existsSync(makeDocs) || !existsSync(ntrex)) return { skipped: `${makeDocs} or ${ntrex} is not there` };
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-held-out-'));
  try {
    const cases = path.join(workDir, 'cases');
    execFileSync('/usr/bin/python3', [makeDocs, 'ntrex',
      path.join(ntrex, 'newstest2019-src.eng.txt'), path.join(ntrex, 'newstest2019-ref.arb.txt'), path.join(ntrex, 'DOCUMENT_IDS.tsv'),
      cases, String(HELD_OUT_SEED), String(FIRST_DOCUMENT), String(LAST_DOCUMENT)]);
    const { pairs, macroF1 } = scoreDirectory(cases, workDir);
    return { macroF1, pairs: pairs.length };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

export function formatHeldOut(result: ReturnType<typeof benchmarkHeldOut>): string {
  if ('skipped' in result) return `  held-out NTREX cut: skipped (${result.skipped})`;
  return `  held-out NTREX cut (documents ${FIRST_DOCUMENT}-${LAST_DOCUMENT - 1}, make_docs.py seed ${HELD_OUT_SEED}, never tuned on): `
    + `macro F1 ${result.macroF1.toFixed(4)} over ${result.pairs} pairs`;
}
