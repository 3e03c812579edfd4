// The learning loop, measured: on each dev document the reviewer approves the
// gold-correct pairs of the first third, then "Re-align the unreviewed pairs"
// runs with what the approvals taught (the project lexicon as a dictionary).
// F1 (score.py) of the rest of the document, before and after. Next to it, to
// tell why: the same re-align with the lexicon of every gold-correct pair of
// the document (the most its approvals could teach), without the keep-the-better
// rule, and with FreeDict. Then the loop over the dev documents as one body of
// work (approvals in the first third of the documents, the others re-aligned).
// Prints only. Run alone: node dist/tests/bench/learning.js

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDictdDictionary, type BilingualDictionary } from '../../main/core/align/dictionary';
import { jsonlRecord } from '../../main/core/formats/jsonl';
import { createEditContext, buildProject } from '../../main/core/pipeline';
import { EditHistory } from '../../main/core/project/history';
import { planEdit } from '../../main/core/project/operations';
import type { Bead } from '../../main/core/project/types';
import { lexiconDictionary, projectLexicon } from '../../main/services/qa';
import type { GoldFile } from '../helpers/qa-plant';
import { sharedDir } from '../helpers/paths';
import { SYSTEM_PYTHON } from '../helpers/python';

type Span = [number, number];

function sideSpan(sentences: Bead['ar']): Span | null {
  const spans = sentences.map((s) => s.source).filter((span): span is Span => span !== null);
  return spans.length === 0 ? null : [spans[0][0], spans[spans.length - 1][1]];
}

function goldSpan(spans: Span[]): Span | null {
  return spans.length === 0 ? null : [spans[0][0], spans[spans.length - 1][1]];
}

const same = (a: Span | null, b: Span | null) => (a === null && b === null) || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);

/** Beads that start at or after the cut on both sides (a side without text does not count). */
function after(beads: readonly Bead[], cut: { ar: number; en: number }): Bead[] {
  return beads.filter((bead) => {
    const ar = sideSpan(bead.ar);
    const en = sideSpan(bead.en);
    return (ar === null || ar[0] >= cut.ar) && (en === null || en[0] >= cut.en) && (ar !== null || en !== null);
  });
}

function score(gold: GoldFile, beads: readonly Bead[], arPath: string, enPath: string, workDir: string, name: string): number {
  const goldPath = path.join(workDir, `${name}.gold.json`);
  const systemPath = path.join(workDir, `${name}.jsonl`);
  writeFileSync(goldPath, JSON.stringify(gold));
  writeFileSync(systemPath, beads.map((bead) => JSON.stringify(jsonlRecord(bead))).join('\n') + '\n');
  const output = execFileSync(SYSTEM_PYTHON, [path.join(sharedDir(), 'eval/score.py'), goldPath, arPath, enPath, systemPath], { encoding: 'utf8' });
  const match = /F1=([0-9.]+)/.exec(output);
  if (!match) throw new Error(`score.py printed no F1: ${output}`);
  return Number(match[1]);
}

/** The installed FreeDict Arabic-English dictionary (Debian's dict-freedict-ara-eng), or null. */
function freeDict(): BilingualDictionary | null {
  const index = '/usr/share/dictd/freedict-ara-eng.index';
  if (!existsSync(index) || !existsSync(index.replace(/\.index$/, '.dict.dz'))) return null;
  return parseDictdDictionary(readFileSync(index, 'utf8'), readFileSync(index.replace(/\.index$/, '.dict.dz')));
}

/** Both dictionaries' translations of a word. */
function union(a: BilingualDictionary, b: BilingualDictionary | undefined): BilingualDictionary {
  if (!b) return a;
  return { size: a.size + b.size, translations: (word) => [...new Set([...a.translations(word), ...b.translations(word)])] };
}

const isGoldBead = (gold: GoldFile) => (bead: Bead) =>
  gold.beads.some((g) => same(sideSpan(bead.ar), goldSpan(g.ar)) && same(sideSpan(bead.en), goldSpan(g.en)));

/** What re-aligning the unreviewed pairs is tried with, besides the project lexicon (see the lines printed). */
type Variant = 'plain' | 'lexicon' | 'oracle lexicon' | 'oracle, no keep-the-better' | 'FreeDict' | 'FreeDict + lexicon';

export function benchmarkLearning(): string[] {
  const dir = path.join(sharedDir(), 'eval/dev');
  if (!existsSync(dir)) return [`Learning loop: skipped (${dir} not found)`];
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-learning-'));
  const free = freeDict();
  const variants: Variant[] = ['plain', 'lexicon', 'oracle lexicon', 'oracle, no keep-the-better', ...(free ? ['FreeDict', 'FreeDict + lexicon'] as const : [])];
  const totals = new Map<Variant, number>(variants.map((v) => [v, 0]));
  let before = 0;
  let documents = 0;
  let approved = 0;
  let lexiconSize = 0;
  let alignerEntries = 0;
  let oracleEntries = 0;
  let changedDocuments = 0;
  try {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const name = file.replace(/\.gold\.json$/, '');
      const arPath = path.join(dir, `${name}.ar.txt`);
      const enPath = path.join(dir, `${name}.en.txt`);
      const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GoldFile;
      const { project } = buildProject({
        name,
        first: { fileName: `${name}.ar.txt`, encoding: 'utf-8', text: readFileSync(arPath, 'utf8') },
        second: { fileName: `${name}.en.txt`, encoding: 'utf-8', text: readFileSync(enPath, 'utf8') },
      });
      const third = Math.floor(project.beads.length / 3);
      const restStart = project.beads[third];
      const cut = { ar: sideSpan(restStart.ar)?.[0] ?? Infinity, en: sideSpan(restStart.en)?.[0] ?? Infinity };
      if (!Number.isFinite(cut.ar) || !Number.isFinite(cut.en)) continue;
      const goldRest: GoldFile = { ...gold, beads: gold.beads.filter((bead) => (bead.ar[0]?.[0] ?? Infinity) >= cut.ar && (bead.en[0]?.[0] ?? Infinity) >= cut.en) };
      // The reviewer approves what the gold says is right in the first third.
      const correct = project.beads.slice(0, third).filter(isGoldBead(gold));
      if (correct.length === 0) continue;
      new EditHistory().apply(project, planEdit(project, { kind: 'set-status', beadIds: correct.map((bead) => bead.id), status: 'approved' }));
      approved += correct.length;
      before += score(goldRest, after(project.beads, cut), arPath, enPath, workDir, `${name}-before`);
      lexiconSize += projectLexicon(project).length;
      const lexicon = lexiconDictionary(project);
      alignerEntries += lexicon?.size ?? 0;
      // The most approvals could teach: the lexicon of every gold-correct pair of the document, the rest included.
      const everyRight = { ...project, beads: project.beads.map((bead) => (isGoldBead(gold)(bead) ? { ...bead, status: 'approved' as const } : bead)) };
      const oracle = lexiconDictionary(everyRight);
      oracleEntries += oracle?.size ?? 0;
      const realigned = (dictionary: BilingualDictionary | undefined, keepTheBetter = true): Bead[] => {
        const copy = { ...project, beads: [...project.beads] };
        const context = createEditContext(copy, dictionary);
        if (!keepTheBetter) delete context.alignmentCosts;
        new EditHistory().apply(copy, planEdit(copy, { kind: 'realign-unreviewed' }, context));
        return copy.beads;
      };
      const beadsOf: Record<Variant, () => Bead[]> = {
        plain: () => realigned(undefined),
        lexicon: () => realigned(lexicon),
        'oracle lexicon': () => realigned(oracle),
        'oracle, no keep-the-better': () => realigned(oracle, false),
        FreeDict: () => realigned(free ?? undefined),
        'FreeDict + lexicon': () => realigned(free ? union(free, lexicon) : undefined),
      };
      for (const variant of variants) {
        const beads = beadsOf[variant]();
        if (variant === 'lexicon' && JSON.stringify(beads.map((b) => b.id)) !== JSON.stringify(project.beads.map((b) => b.id))) changedDocuments++;
        totals.set(variant, (totals.get(variant) ?? 0) + score(goldRest, after(beads, cut), arPath, enPath, workDir, `${name}-${variants.indexOf(variant)}`));
      }
      documents++;
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const mean = (total: number) => (total / Math.max(1, documents)).toFixed(4);
  return [
    'Learning loop (approve the gold-correct pairs of the first third, re-align the unreviewed pairs with the project lexicon)',
    `  ${documents} dev documents, ${approved} pairs approved; lexicon ${(lexiconSize / Math.max(1, documents)).toFixed(1)} entries per document,`
      + ` ${(alignerEntries / Math.max(1, documents)).toFixed(1)} Arabic headwords given to the aligner (learnt from every gold-correct pair: ${(oracleEntries / Math.max(1, documents)).toFixed(1)})`,
    `  macro F1 of the rest: before ${mean(before)}, after ${mean(totals.get('lexicon') ?? 0)}; alignment changed in ${changedDocuments} documents`,
    `  re-aligned with: ${variants.map((v) => `${v} ${mean(totals.get(v) ?? 0)}`).join(', ')}`,
    ...(free ? [] : ['  (FreeDict not installed: its lines skipped)']),
  ];
}

/**
 * The same loop over the dev documents as one body of work (as in a project of
 * many documents): the reviewer approves the gold-correct pairs of the first
 * third of the documents; the lexicon learnt from all of them re-aligns each
 * later document. Words recur across documents more than inside one.
 */
export function benchmarkLearningAcrossDocuments(): string[] {
  const dir = path.join(sharedDir(), 'eval/dev');
  if (!existsSync(dir)) return [`Learning loop across documents: skipped (${dir} not found)`];
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-learning-'));
  const free = freeDict();
  const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => f.replace(/\.gold\.json$/, ''));
  const firstThird = Math.floor(names.length / 3);
  try {
    const documents = names.map((name) => {
      const arPath = path.join(dir, `${name}.ar.txt`);
      const enPath = path.join(dir, `${name}.en.txt`);
      const gold = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as GoldFile;
      const { project } = buildProject({
        name,
        first: { fileName: `${name}.ar.txt`, encoding: 'utf-8', text: readFileSync(arPath, 'utf8') },
        second: { fileName: `${name}.en.txt`, encoding: 'utf-8', text: readFileSync(enPath, 'utf8') },
      });
      return { name, arPath, enPath, gold, project };
    });
    const approvedBeads = documents.slice(0, firstThird).flatMap(({ project, gold }) =>
      project.beads.filter(isGoldBead(gold)).map((bead) => ({ ...bead, status: 'approved' as const })));
    const learnt = { ...documents[0].project, beads: approvedBeads, qa: undefined };
    const lexicon = lexiconDictionary(learnt);
    const variants: Array<[string, BilingualDictionary | undefined]> = [['lexicon', lexicon], ...(free ? [['FreeDict', free], ['FreeDict + lexicon', union(free, lexicon)]] as Array<[string, BilingualDictionary]> : [])];
    let before = 0;
    const totals = variants.map(() => 0);
    let changed = 0;
    for (const { name, arPath, enPath, gold, project } of documents.slice(firstThird)) {
      before += score(gold, project.beads, arPath, enPath, workDir, `${name}-before`);
      variants.forEach(([, dictionary], k) => {
        const copy = { ...project, beads: [...project.beads] };
        new EditHistory().apply(copy, planEdit(copy, { kind: 'realign-unreviewed' }, createEditContext(copy, dictionary)));
        if (k === 0 && copy.beads.some((bead, b) => bead !== project.beads[b])) changed++;
        totals[k] += score(gold, copy.beads, arPath, enPath, workDir, `${name}-${k}`);
      });
    }
    const rest = documents.length - firstThird;
    return [
      `Learning loop across documents (approve the gold-correct pairs of dev documents 1-${firstThird}, re-align each of the other ${rest})`,
      `  ${approvedBeads.length} pairs approved, lexicon ${projectLexicon(learnt).length} entries, ${lexicon?.size ?? 0} Arabic headwords given to the aligner`,
      `  macro F1 of the other documents: before ${(before / rest).toFixed(4)}; re-aligned with: ${variants.map(([v], k) => `${v} ${(totals[k] / rest).toFixed(4)}`).join(', ')};`
        + ` the lexicon changed ${changed} documents`,
    ];
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  for (const line of [...benchmarkLearning(), ...benchmarkLearningAcrossDocuments()]) console.log(line);
}
