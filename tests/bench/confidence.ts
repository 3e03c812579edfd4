// Bead confidence as a reviewer meets it: how well it ranks the aligner's own
// mistakes (calib.py's AUROC and caught@) and how well it is calibrated (share
// of beads right per confidence band), on ../shared/eval/dev and on fresh
// cuts the model was not fitted to (confidence-data.ts FRESH_CUTS).
// Next to it, the hand-set rules alone (judgeByRules), the confidence before the fitted model.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { judgeByRules } from '../../main/core/align/confidence';
import { sharedDir } from '../helpers/paths';
import { auroc, caughtAt, FRESH_CUTS, labelledBeads, type LabelledBead } from './confidence-data';
import { makeCases } from './confidence-fit';
import { reliabilityTable } from './robustness';

function summary(name: string, rows: LabelledBead[]): string[] {
  const judged = rows.filter((r) => r.ok !== null);
  const items = judged.map((r) => [r.confidence, r.ok as boolean] as [number, boolean]);
  const rules = judged.map((r) => [judgeByRules(r.facts, r.lengthModel).confidence, r.ok as boolean] as [number, boolean]);
  const figures = (x: Array<[number, boolean]>) =>
    `AUROC ${auroc(x).toFixed(3)}, caught@10% ${caughtAt(x, 0.1).toFixed(2)}, caught@20% ${caughtAt(x, 0.2).toFixed(2)}`;
  const wrong = items.filter(([, ok]) => !ok).length;
  return [
    `  ${name}: ${judged.length} beads, ${wrong} wrong; ${figures(items)} (rules alone: ${figures(rules)})`,
    `    reliability (band: share right of beads): ${reliabilityTable(items)
      .map((b) => `${b.band}: ${b.beads ? `${((100 * b.right) / b.beads).toFixed(0)}% of ${b.beads}` : '-'}`)
      .join(' | ')}`,
  ];
}

export function benchmarkConfidence(): string[] {
  const dev = path.join(sharedDir(), 'eval', 'dev');
  if (!existsSync(dev)) return [`Bead confidence: skipped (${dev} is not there)`];
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-confidence-'));
  try {
    return [
      'Bead confidence (wrong = calib.py\'s verdict against the gold; model fitted on NTREX 60-122 seeds 1001-1012, see tests/bench/confidence-fit.ts):',
      ...summary('dev (NTREX 0-59)', labelledBeads(dev)),
      ...FRESH_CUTS.flatMap(({ seed, first, last }) =>
        summary(`fresh cut (NTREX ${first}-${last - 1}, seed ${seed})`, labelledBeads(makeCases(workDir, seed, first, last)))),
    ];
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (require.main === module) console.log(benchmarkConfidence().join('\n'));
