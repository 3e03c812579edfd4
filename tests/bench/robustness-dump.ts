// Scratch: write one robustness condition's transformed cases to a folder, for align-debug.
// Usage: node dist/tests/bench/robustness-dump.js CONDITION_INDEX OUT_DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../helpers/paths';
import { CONDITIONS } from './robustness';
import { parseCase, renderCase, seededRandom, type GoldCase } from './robustness-transforms';

const c = Number(process.argv[2]);
const out = process.argv[3];
mkdirSync(out, { recursive: true });
const dir = path.join(sharedDir(), 'eval/dev');
const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
names.forEach((name, k) => {
  const gold: GoldCase = {
    ar: readFileSync(path.join(dir, `${name}.ar.txt`), 'utf8'),
    en: readFileSync(path.join(dir, `${name}.en.txt`), 'utf8'),
    beads: (JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as GoldCase).beads,
  };
  const random = seededRandom(1000 * (c + 1) + k);
  const doc = renderCase(CONDITIONS[c].steps.reduce((d, step) => step(d, random), parseCase(gold)));
  writeFileSync(path.join(out, `${name}.ar.txt`), doc.ar);
  writeFileSync(path.join(out, `${name}.en.txt`), doc.en);
  writeFileSync(path.join(out, `${name}.gold.json`), JSON.stringify({ beads: doc.beads }));
});
