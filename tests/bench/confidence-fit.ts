// Fits the bead-confidence model of main/core/align/confidence-model.ts and
// prints its constants to paste there. Training data: NTREX documents 60-122
// cut by make_docs.py with seeds 1001-1012 (never dev, documents 0-59, nor the
// benchmark's fresh cuts). A logistic regression of "wrong" (calib.py's
// verdict) with a ridge chosen by leave-one-seed-out AUROC, then an isotonic
// (pool-adjacent-violators) map from its score to the share of beads right.
// Run it again whenever the aligner's beads change (costs, band, segmenter).
// It ends with the AUROC and caught@20% of the model it has just fitted on dev
// and on the fresh cuts (confidence-data.ts FRESH_CUTS), as the aligner would
// show them (judgeBead), so a refit is judged before its constants are pasted.
// Usage: npm run build && node dist/tests/bench/confidence-fit.js

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { judgeBead, judgeByRules, type FittedModel } from '../../main/core/align/confidence';
import { confidenceFeatures, FEATURE_NAMES, wrongScore } from '../../main/core/align/confidence-model';
import { sharedDir } from '../helpers/paths';
import { auroc, caughtAt, FRESH_CUTS, labelledBeads, type LabelledBead } from './confidence-data';

export const TRAINING_SEEDS = [1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012];
/** Ridges tried; the one with the best mean leave-one-seed-out AUROC is used (chosen without dev or the fresh cuts). */
const RIDGES = [1, 2, 5, 10, 20, 50];

/** make_docs.py cases of NTREX documents [first, last) with `seed`, in a new folder under `parent`. */
export function makeCases(parent: string, seed: number, first: number, last: number): string {
  const ntrex = path.join(sharedDir(), 'data', 'ntrex-128-ar-en');
  const out = path.join(parent, `cases-${seed}-${first}-${last}`);
  execFileSync('/usr/bin/python3', [path.join(sharedDir(), 'eval', 'make_docs.py'), 'ntrex',
    path.join(ntrex, 'newstest2019-src.eng.txt'), path.join(ntrex, 'newstest2019-ref.arb.txt'), path.join(ntrex, 'DOCUMENT_IDS.tsv'),
    out, String(seed), String(first), String(last)]);
  return out;
}

export function featuresOf(bead: LabelledBead): number[] {
  return confidenceFeatures(bead.facts, bead.lengthModel, judgeByRules(bead.facts, bead.lengthModel, false).confidence);
}

/** Solve A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Ridge logistic regression by Newton's method (the bias is not penalised). */
export function fitLogistic(x: number[][], wrong: number[], ridge: number): number[] {
  const d = x[0].length;
  const w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 30; iteration++) {
    const g = w.map((v, k) => (k === 0 ? 0 : ridge * v));
    const h = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i > 0 ? ridge : 0)));
    x.forEach((row, n) => {
      const p = 1 / (1 + Math.exp(-wrongScore(row, w)));
      const q = p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i] += (p - wrong[n]) * row[i];
        for (let j = 0; j < d; j++) h[i][j] += q * row[i] * row[j];
      }
    });
    const step = solve(h, g);
    for (let k = 0; k < d; k++) w[k] -= step[k];
  }
  return w;
}

/** Pool adjacent violators: the share right, non-increasing in the score; knots at each pooled block's mean score. */
export function fitIsotonic(scores: number[], right: number[]): { scores: number[]; right: number[] } {
  const order = scores.map((s, k) => k).sort((a, b) => scores[a] - scores[b]);
  const blocks: Array<{ sum: number; count: number; scoreSum: number }> = [];
  for (const k of order) {
    blocks.push({ sum: right[k], count: 1, scoreSum: scores[k] });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const before = blocks[blocks.length - 2];
      if (before.sum / before.count > last.sum / last.count) break;
      before.sum += last.sum;
      before.count += last.count;
      before.scoreSum += last.scoreSum;
      blocks.pop();
    }
  }
  return { scores: blocks.map((b) => b.scoreSum / b.count), right: blocks.map((b) => b.sum / b.count) };
}

function round(values: number[], digits: number): string {
  return `[${values.map((v) => Number(v.toFixed(digits))).join(', ')}]`;
}

/** AUROC / caught@20% of a fitted model on dev and the fresh cuts, and over all of them pooled. */
function printEvaluation(workDir: string, fitted: FittedModel): void {
  const sets: Array<[string, string]> = [
    ['dev', path.join(sharedDir(), 'eval', 'dev')],
    ...FRESH_CUTS.map(({ seed, first, last }) => [`NTREX ${first}-${last - 1} seed ${seed}`, makeCases(workDir, seed, first, last)] as [string, string]),
  ];
  const pooled: Array<[number, boolean]> = [];
  console.log('// set: AUROC / caught@20% (this fit, as judgeBead shows it)');
  for (const [name, dir] of sets) {
    const items = labelledBeads(dir).filter((r) => r.ok !== null)
      .map((r) => [judgeBead(r.facts, r.lengthModel, fitted).confidence, r.ok as boolean] as [number, boolean]);
    pooled.push(...items);
    console.log(`//   ${name}: ${auroc(items).toFixed(3)} / ${caughtAt(items, 0.2).toFixed(2)}`);
  }
  console.log(`//   all pooled: ${auroc(pooled).toFixed(3)} / ${caughtAt(pooled, 0.2).toFixed(2)}`);
}

function main(): void {
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-confidence-fit-'));
  try {
    const perSeed = TRAINING_SEEDS.map((seed) => labelledBeads(makeCases(workDir, seed, 60, 123)).filter((r) => r.ok !== null));
    const seedFeatures = perSeed.map((rows) => rows.map(featuresOf));
    // Leave-one-seed-out: how the model does on a cut it was not fitted to (for choosing features and the ridge without dev).
    let ridge = RIDGES[0];
    let bestMean = -Infinity;
    for (const candidate of RIDGES) {
      const figures = TRAINING_SEEDS.map((seed, k) => {
        const others = perSeed.map((_, o) => o).filter((o) => o !== k);
        const w = fitLogistic(others.flatMap((o) => seedFeatures[o]), others.flatMap((o) => perSeed[o].map((r) => (r.ok ? 0 : 1))), candidate);
        const items = perSeed[k].map((r, n) => [-wrongScore(seedFeatures[k][n], w), r.ok as boolean] as [number, boolean]);
        return { auroc: auroc(items), caught: caughtAt(items, 0.2) };
      });
      const mean = figures.reduce((sum, f) => sum + f.auroc, 0) / figures.length;
      console.log(`// ridge ${candidate}: held-out seeds AUROC ${figures.map((f) => f.auroc.toFixed(3)).join(' ')} (mean ${mean.toFixed(3)}), caught@20% ${figures.map((f) => f.caught.toFixed(2)).join(' ')}`);
      if (mean > bestMean) [ridge, bestMean] = [candidate, mean];
    }
    const rows = perSeed.flat();
    const x = seedFeatures.flat();
    const wrong: number[] = rows.map((r) => (r.ok ? 0 : 1));
    const weights = fitLogistic(x, wrong, ridge);
    const iso = fitIsotonic(x.map((row) => wrongScore(row, weights)), rows.map((r) => (r.ok ? 1 : 0)));
    console.log(`// ridge ${ridge}; ${rows.length} beads, ${wrong.reduce((a, b) => a + b, 0)} wrong; weights:`);
    FEATURE_NAMES.forEach((name, k) => console.log(`//   ${name}: ${weights[k].toFixed(3)}`));
    console.log(`export const WRONG_WEIGHTS: readonly number[] = ${round(weights, 4)};`);
    console.log(`export const CALIBRATION_SCORES: readonly number[] = ${round(iso.scores, 3)};`);
    console.log(`export const CALIBRATION_RIGHT: readonly number[] = ${round(iso.right, 4)};`);
    printEvaluation(workDir, { weights, scores: iso.scores, right: iso.right });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (require.main === module) main();
