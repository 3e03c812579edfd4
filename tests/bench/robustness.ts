// Robustness suite (issue 12): the dev cases of ../shared/eval/dev turned into
// the kinds of translation the aligner meets outside news (robustness-transforms.ts),
// gold beads kept. Per condition: macro F1 (score.py), how well the bead
// confidence ranks the mistakes (calib.py: AUROC, share of wrong beads in the
// lowest-confidence 20%), the whole-pair match score and the share of these
// positive pairs the editor would wrongly flag as "not translations".
// Prints, never asserts.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MATCH_THRESHOLD, type AlignOptions } from '../../main/core/align/align';
import { alignFiles } from './alignment';
import { sharedDir } from '../helpers/paths';
import {
  anchorPoor,
  condense,
  glueFootnotes,
  longSentences,
  parseCase,
  renderCase,
  restructure,
  seededRandom,
  type Doc,
  type GoldCase,
} from './robustness-transforms';

const PYTHON = '/usr/bin/python3';

type Transform = (doc: Doc, random: () => number) => Doc;

export const CONDITIONS: ReadonlyArray<{ name: string; steps: Transform[] }> = [
  { name: 'news (as is)', steps: [] },
  { name: 'anchor-poor', steps: [anchorPoor] },
  { name: 'restructured', steps: [restructure] },
  { name: 'condensed', steps: [condense] },
  { name: 'long sentences', steps: [longSentences] },
  { name: 'footnote digits', steps: [glueFootnotes] },
  { name: 'anchor-poor + restructured', steps: [anchorPoor, restructure] },
  { name: 'restructured + condensed + footnotes', steps: [restructure, condense, glueFootnotes] },
  { name: 'all five', steps: [anchorPoor, restructure, condense, longSentences, glueFootnotes] },
];

export interface ConditionResult {
  name: string;
  cases: number;
  macroF1: number;
  /** calib.py's line: beads, wrong, auroc, caught@10%, caught@20%, mean confidence of right and wrong beads. */
  calibration: string;
  /** Beads per confidence band: how many, and the share right (from calib.py's own judgement of each bead). */
  reliability: Array<{ band: string; beads: number; right: number }>;
  matchMin: number;
  matchMean: number;
  /** Share of the pairs flagged as "not translations", and of those judged undecided (evidence too weak either way; not flagged). */
  flagged: number;
  undecided: number;
  /** Cases left without any gold bead by the transformation (all English condensed away): not counted as translations. */
  empty: number;
  /** The same cases aligned with the lexicon learnt from each pair (AlignOptions.learnLexicon). */
  withLexicon?: ConditionResult;
}

function loadCase(dir: string, name: string): GoldCase {
  const gold = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as { beads: GoldCase['beads'] };
  return {
    ar: readFileSync(path.join(dir, `${name}.ar.txt`), 'utf8'),
    en: readFileSync(path.join(dir, `${name}.en.txt`), 'utf8'),
    beads: gold.beads,
  };
}

function writeCase(dir: string, name: string, goldCase: GoldCase): void {
  writeFileSync(path.join(dir, `${name}.ar.txt`), goldCase.ar);
  writeFileSync(path.join(dir, `${name}.en.txt`), goldCase.en);
  writeFileSync(path.join(dir, `${name}.gold.json`), JSON.stringify({ ar_file: `${name}.ar.txt`, en_file: `${name}.en.txt`, beads: goldCase.beads }));
}

/** Python that prints, for a folder of cases with NAME.ar.txt.jsonl beside them, calib.py's verdict per bead as JSON. */
const RELIABILITY_SCRIPT = `
import glob, json, os, sys
sys.path.insert(0, sys.argv[2])
from calib import beads_of
items = []
for g in sorted(glob.glob(os.path.join(sys.argv[1], '*.gold.json'))):
    name = g[:-len('.gold.json')]
    items += beads_of(json.load(open(g, encoding='utf-8')), open(name + '.ar.txt', encoding='utf-8').read(), open(name + '.en.txt', encoding='utf-8').read(), name + '.ar.txt.jsonl')
print(json.dumps(items))
`;

const BANDS: ReadonlyArray<[number, number]> = [[0, 0.5], [0.5, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 0.95], [0.95, 1.0001]];

export function reliabilityTable(items: Array<[number, boolean]>): ConditionResult['reliability'] {
  return BANDS.map(([lo, hi]) => {
    const inBand = items.filter(([c]) => c >= lo && c < hi);
    return { band: `${lo.toFixed(2)}-${Math.min(1, hi).toFixed(2)}`, beads: inBand.length, right: inBand.filter(([, ok]) => ok).length };
  });
}

/** Align, score and calibrate every case of `dir` (NAME.ar.txt, NAME.en.txt, NAME.gold.json). */
export function evaluateFolder(dir: string, name: string, options: AlignOptions = {}): ConditionResult {
  const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  const f1s: number[] = [];
  const scores: number[] = [];
  let flagged = 0;
  let undecided = 0;
  let empty = 0;
  const evalDir = path.join(sharedDir(), 'eval');
  for (const caseName of names) {
    const arPath = path.join(dir, `${caseName}.ar.txt`);
    const enPath = path.join(dir, `${caseName}.en.txt`);
    const { jsonl, result } = alignFiles(readFileSync(arPath, 'utf8'), readFileSync(enPath, 'utf8'), options);
    const goldBeads = (JSON.parse(readFileSync(path.join(dir, `${caseName}.gold.json`), 'utf8')) as { beads: unknown[] }).beads.length;
    writeFileSync(`${arPath}.jsonl`, jsonl);
    const output = execFileSync(PYTHON, [path.join(evalDir, 'score.py'), path.join(dir, `${caseName}.gold.json`), arPath, enPath, `${arPath}.jsonl`], { encoding: 'utf8' });
    f1s.push(Number(/F1=([0-9.]+)/.exec(output)?.[1] ?? NaN));
    if (goldBeads === 0) {
      empty++;
    } else {
      scores.push(result.summary.matchScore);
      if (result.verdict === 'not a translation') flagged++;
      if (result.verdict === 'undecided') undecided++;
    }
  }
  // calib.py re-runs its command per case: here the command only copies the export made above.
  const calibration = execFileSync(PYTHON, [path.join(evalDir, 'calib.py'), dir, 'cp {ar}.jsonl {out}'], { encoding: 'utf8' }).trim();
  const items = JSON.parse(execFileSync(PYTHON, ['-c', RELIABILITY_SCRIPT, dir, evalDir], { encoding: 'utf8', maxBuffer: 1 << 26 })) as Array<[number, boolean]>;
  return {
    name,
    cases: names.length,
    macroF1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    calibration,
    reliability: reliabilityTable(items),
    matchMin: Math.min(...scores),
    matchMean: scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length),
    flagged: flagged / Math.max(1, scores.length),
    undecided: undecided / Math.max(1, scores.length),
    empty,
  };
}

/** Every condition built from the dev cases (seeded per condition and case) and evaluated; null when ../shared is missing. */
export function benchmarkRobustness(): ConditionResult[] | null {
  const devDir = path.join(sharedDir(), 'eval/dev');
  if (!existsSync(devDir)) return null;
  const names = readdirSync(devDir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  const cases = names.map((name) => ({ name, gold: loadCase(devDir, name) }));
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-robust-'));
  try {
    return CONDITIONS.map((condition, c) => {
      const dir = path.join(workDir, `condition-${c}`);
      mkdirSync(dir);
      cases.forEach(({ name, gold }, k) => {
        const random = seededRandom(1000 * (c + 1) + k);
        const doc = condition.steps.reduce((d, step) => step(d, random), parseCase(gold));
        writeCase(dir, name, renderCase(doc));
      });
      return { ...evaluateFolder(dir, condition.name), withLexicon: evaluateFolder(dir, condition.name, { learnLexicon: true }) };
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

export function formatRobustness(results: ConditionResult[] | null): string {
  if (!results) return 'Robustness suite: skipped (no ../shared/eval/dev)';
  const lines = [`Robustness suite (dev cases transformed; match threshold ${MATCH_THRESHOLD})`];
  for (const r of results) {
    lines.push(
      `  ${r.name.padEnd(38)} F1 ${r.macroF1.toFixed(3)}  match min ${r.matchMin.toFixed(2)} mean ${r.matchMean.toFixed(2)}  ` +
        `wrongly flagged ${(100 * r.flagged).toFixed(0)}% (undecided ${(100 * r.undecided).toFixed(0)}%${r.empty ? `; ${r.empty} case(s) with no gold bead left out` : ''})`,
    );
    lines.push(`    calib.py: ${r.calibration}`);
    const l = r.withLexicon;
    if (l) {
      lines.push(
        `    with the lexicon learnt from the pair: F1 ${l.macroF1.toFixed(3)} (${signed(l.macroF1 - r.macroF1)}), ` +
          `wrongly flagged ${(100 * l.flagged).toFixed(0)}%; calib.py: ${l.calibration}`,
      );
    }
    lines.push(
      `    reliability: ${r.reliability.map((b) => `${b.band}: ${b.beads ? `${((100 * b.right) / b.beads).toFixed(0)}% of ${b.beads}` : '-'}`).join(' | ')}`,
    );
  }
  return lines.join('\n');
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
}

if (require.main === module) console.log(formatRobustness(benchmarkRobustness()));
