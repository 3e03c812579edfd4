// Scratch tuning run: F1 per pair and macro F1 of a make_docs.py directory
// (default ../shared/eval/dev). Usage: node dist/tests/bench/align-dev.js [DIR]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreDirectory, sharedDir } from './alignment';

const dir = process.argv[2] ?? path.join(sharedDir, 'eval/dev');
const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-align-dev-'));
try {
  const started = Date.now();
  const { pairs, macroF1 } = scoreDirectory(dir, workDir);
  for (const pair of pairs) {
    const flag = pair.f1 < 0.97 ? '  <' : '';
    console.log(`${pair.name} P ${pair.precision.toFixed(3)} R ${pair.recall.toFixed(3)} F1 ${pair.f1.toFixed(3)} match ${pair.matchScore.toFixed(2)}${flag}`);
  }
  console.log(`macro F1 ${macroF1.toFixed(4)} over ${pairs.length} pairs (${Date.now() - started} ms)`);
  console.log(`lowest match score ${Math.min(...pairs.map((p) => p.matchScore)).toFixed(3)}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
