// Scratch: match-score components for translations (dev, another NTREX cut,
// seed 001/000) and non-translations (seed 001 against 002-004, and each dev
// Arabic text against the next document's English), to set MATCH_THRESHOLD.
// Usage: node dist/tests/bench/align-match.js [EXTRA_DIR...]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignWithDiagnostics } from '../../main/core/align/align';
import type { MatchComponents } from '../../main/core/align/matchScore';
import { segmentText } from '../../main/core/segment/segment';
import { sharedDir } from './alignment';

function components(arText: string, enText: string): MatchComponents & { variance: number; ratio: number } {
  const { result, match } = alignWithDiagnostics(segmentText(arText, 'ar'), segmentText(enText, 'en'));
  return { ...match, variance: result.summary.lengthVariance, ratio: result.summary.lengthRatio };
}

function show(label: string, c: ReturnType<typeof components>): void {
  const f = (x: number) => x.toFixed(2);
  console.log(`${label.padEnd(28)} score ${f(c.score)} gain ${f(c.gain)} ratio-plausibility ${f(c.ratioPlausibility)} var ${c.variance.toFixed(1)} ratio ${f(c.ratio)}`);
}

const samples = path.join(sharedDir, 'samples');
const sample = (prefix: string) => readFileSync(path.join(samples, readdirSync(samples).find((f) => f.startsWith(prefix)) as string), 'utf8');
const positives: number[] = [];
const negatives: number[] = [];
for (const other of ['000', '002', '003', '004']) {
  const c = components(sample('001'), sample(other));
  show(`seed 001/${other}`, c);
  (other === '000' ? positives : negatives).push(c.score);
}
for (const dir of [path.join(sharedDir, 'eval/dev'), ...process.argv.slice(2)]) {
  const names = readdirSync(dir).filter((f) => f.endsWith('.ar.txt')).map((f) => f.slice(0, -'.ar.txt'.length)).sort();
  names.forEach((name, k) => {
    const ar = readFileSync(path.join(dir, `${name}.ar.txt`), 'utf8');
    const good = components(ar, readFileSync(path.join(dir, `${name}.en.txt`), 'utf8'));
    const wrongName = names[(k + 1) % names.length];
    const bad = components(ar, readFileSync(path.join(dir, `${wrongName}.en.txt`), 'utf8'));
    positives.push(good.score);
    negatives.push(bad.score);
    if (process.env.VERBOSE) {
      show(`${name}`, good);
      show(`${name} x ${wrongName}`, bad);
    }
  });
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
console.log(`translations: lowest ${sorted(positives).slice(0, 5).map((x) => x.toFixed(3)).join(' ')}`);
console.log(`non-translations: highest ${sorted(negatives).slice(-5).map((x) => x.toFixed(3)).join(' ')}`);
