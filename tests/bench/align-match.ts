// Scratch: match-score components for translations (dev, seed 001/000, the
// robustness conditions) and non-translations (seed 001 against 002-004, and
// each dev Arabic text against the next document's English, in every condition), to set
// MATCH_THRESHOLD. Usage: node dist/tests/bench/align-match.js
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { alignWithDiagnostics } from '../../main/core/align/align';
import type { MatchComponents } from '../../main/core/align/matchScore';
import { parseDictdDictionary } from '../../main/core/align/dictionary';
import { segmentText } from '../../main/core/segment/segment';
import { corpusDocuments } from '../helpers/corpus';
import { seedPath, sharedDir } from '../helpers/paths';
import { CONDITIONS } from './robustness';
import { parseCase, renderCase, seededRandom, type GoldCase } from './robustness-transforms';

function components(arText: string, enText: string): MatchComponents {
  return alignWithDiagnostics(segmentText(arText, 'ar'), segmentText(enText, 'en'), { dictionary: DICTIONARY }).match;
}

const DICTIONARY = process.env.DICT ? parseDictdDictionary(readFileSync(process.env.DICT, 'utf8'), readFileSync(process.env.DICT.replace(/index$/, 'dict.dz'))) : undefined;
const stat = (c: MatchComponents) => (process.env.STAT === 'z' ? (c.real - c.shuffled) / Math.max(1, c.spread) : c.ratio);

const rows: Array<Record<string, unknown>> = [];
/** Verdicts per group ('translations' / 'non-translations') and condition. */
const verdicts = new Map<string, Record<MatchComponents['verdict'], number>>();
function count(group: string, c: MatchComponents): void {
  const tally = verdicts.get(group) ?? { translation: 0, undecided: 0, 'not a translation': 0 };
  tally[c.verdict]++;
  verdicts.set(group, tally);
}
function show(label: string, c: MatchComponents): void {
  rows.push({ label, ...c });
  const f = (x: number) => x.toFixed(2);
  console.log(`${label.padEnd(40)} score ${f(c.score)} ratio ${f(c.ratio)} real/s ${f(c.real / c.sentences)} null/s ${f(c.shuffled / c.sentences)} anchors ${f(c.anchorAgreement)} gain ${f(c.real - c.shuffled)} sd ${f(c.spread)} z ${f((c.real - c.shuffled) / Math.max(1, c.spread))} n ${c.sentences} pot ${c.namingSentences} und ${c.undecided}`);
}

const seed = (s: '000' | '001' | '002' | '003' | '004') => readFileSync(seedPath(s), 'utf8');
const positives: Array<[string, number]> = [];
const negatives: Array<[string, number]> = [];
for (const other of ['000', '002', '003', '004'] as const) {
  const c = components(seed('001'), seed(other));
  show(`seed 001/${other}`, c);
  (other === '000' ? positives : negatives).push([`seed ${other}`, stat(c)]);
  count(other === '000' ? 'translations: seed 001/000' : 'non-translations: seed 001/002-004', c);
}
// The short documents of tests/fixtures/corpus, each against its own English and the next one's.
const corpus = corpusDocuments();
corpus.forEach((document, k) => {
  const own = components(readFileSync(document.arPath, 'utf8'), readFileSync(document.enPath, 'utf8'));
  show(`corpus ${document.id}`, own);
  positives.push([`corpus ${document.id}`, stat(own)]);
  count('translations: tests/fixtures/corpus', own);
  const other = corpus[(k + 1) % corpus.length];
  const wrong = components(readFileSync(document.arPath, 'utf8'), readFileSync(other.enPath, 'utf8'));
  show(`corpus ${document.id} x ${other.id}`, wrong);
  negatives.push([`corpus ${document.id} x ${other.id}`, stat(wrong)]);
  count('non-translations: tests/fixtures/corpus', wrong);
});
const dir = path.join(sharedDir(), 'eval/dev');
const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
const cases = names.map((name) => ({
  name,
  gold: {
    ar: readFileSync(path.join(dir, `${name}.ar.txt`), 'utf8'),
    en: readFileSync(path.join(dir, `${name}.en.txt`), 'utf8'),
    beads: (JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as GoldCase).beads,
  } as GoldCase,
}));
const only = process.env.CONDITIONS ? process.env.CONDITIONS.split(',').map(Number) : CONDITIONS.map((_, c) => c);
for (const c of only) {
  const condition = CONDITIONS[c];
  const ratios: number[] = [];
  const transformed = cases.map(({ gold }, k) => {
    const random = seededRandom(1000 * (c + 1) + k);
    return renderCase(condition.steps.reduce((d, step) => step(d, random), parseCase(gold)));
  });
  cases.forEach(({ name }, k) => {
    const out = transformed[k];
    const m = components(out.ar, out.en);
    ratios.push(m.ratio);
    positives.push([`${condition.name} ${name}`, stat(m)]);
    // A case whose English was condensed away entirely is no translation to judge (robustness.ts leaves it out too).
    if (m.sentences > 0 && out.en.trim() !== '') count(`translations: ${condition.name}`, m);
    if (process.env.VERBOSE || process.env.JSON) show(`${condition.name} ${name}`, m);
    // The same condition's Arabic against the next document's English: not a translation.
    const bad = components(out.ar, transformed[(k + 1) % cases.length].en);
    negatives.push([`${condition.name} ${name} x next`, stat(bad)]);
    count(`non-translations: ${condition.name}`, bad);
    if (process.env.VERBOSE || process.env.JSON) show(`${condition.name} ${name} x next`, bad);
  });
  ratios.sort((a, b) => a - b);
  console.log(`${condition.name.padEnd(40)} ratio min ${ratios[0].toFixed(2)} p10 ${ratios[Math.floor(ratios.length / 10)].toFixed(2)} median ${ratios[ratios.length >> 1].toFixed(2)}`);
}
const sorted = (xs: Array<[string, number]>) => [...xs].sort((a, b) => a[1] - b[1]);
console.log(`translations: lowest ${sorted(positives).slice(0, 6).map(([n, x]) => `${n}=${x.toFixed(2)}`).join(' ')}`);
console.log(`non-translations: highest ${sorted(negatives).slice(-6).map(([n, x]) => `${n}=${x.toFixed(2)}`).join(' ')}`);
console.log('verdicts (flagged = "not a translation"):');
for (const [group, tally] of verdicts) {
  console.log(`  ${group.padEnd(60)} flagged ${String(tally['not a translation']).padStart(2)}  undecided ${String(tally.undecided).padStart(2)}  translation ${String(tally.translation).padStart(2)}`);
}
if (process.env.JSON) writeFileSync(process.env.JSON, rows.map((row) => JSON.stringify(row)).join('\n'));
