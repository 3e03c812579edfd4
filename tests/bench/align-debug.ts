// Scratch: print the aligner's beads for one make_docs.py case next to the gold.
// Usage: node dist/tests/bench/align-debug.js NAME [DIR]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { alignSentences } from '../../main/core/align/align';
import { segmentText } from '../../main/core/segment/segment';
import { sharedDir } from './alignment';

const name = process.argv[2];
const dir = process.argv[3] ?? path.join(sharedDir, 'eval/dev');
const arText = readFileSync(path.join(dir, `${name}.ar.txt`), 'utf8');
const enText = readFileSync(path.join(dir, `${name}.en.txt`), 'utf8');
const ar = segmentText(arText, 'ar');
const en = segmentText(enText, 'en');
const result = alignSentences(ar, en);
const gold = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as { beads: { ar: number[][]; en: number[][] }[] };
// Gold bead number of each segment (by its start offset), '-' when outside every gold bead.
const goldOf = (spans: 'ar' | 'en', start: number) => {
  const k = gold.beads.findIndex((b) => b[spans].some(([s, e]) => start >= s && start < e));
  return k < 0 ? '-' : String(k);
};
console.log(JSON.stringify(result.summary));
for (const bead of result.beads) {
  const arGold = bead.ar.map((i) => goldOf('ar', ar[i].start)).join(',');
  const enGold = bead.en.map((i) => goldOf('en', en[i].start)).join(',');
  const ok = new Set([...arGold.split(','), ...enGold.split(',')].filter((x) => x !== '')).size <= 1 ? ' ' : '!';
  console.log(`${ok} [${bead.ar}|${bead.en}] ${bead.ar.length}-${bead.en.length} conf ${bead.confidence.toFixed(2)} gold[${arGold}|${enGold}] ${bead.reasons.join('; ')}`);
  for (const i of bead.ar) console.log(`    AR ${ar[i].text.slice(0, 90)}`);
  for (const j of bead.en) console.log(`    EN ${en[j].text.slice(0, 110)}`);
}
