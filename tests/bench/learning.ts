// The learning loop, measured: on each dev document the reviewer approves the
// gold-correct pairs of the first third, then "Re-align the unreviewed pairs"
// runs with what the approvals taught (the project lexicon as a dictionary).
// F1 (score.py) of the rest of the document, before and after. Prints only.
// Run alone: node dist/tests/bench/learning.js

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jsonlRecord } from '../../main/core/formats/jsonl';
import { createEditContext, buildProject } from '../../main/core/pipeline';
import { EditHistory } from '../../main/core/project/history';
import { planEdit } from '../../main/core/project/operations';
import type { Bead, Project } from '../../main/core/project/types';
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

export function benchmarkLearning(): string[] {
  const dir = path.join(sharedDir(), 'eval/dev');
  if (!existsSync(dir)) return [`Learning loop: skipped (${dir} not found)`];
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-learning-'));
  let before = 0;
  let afterF1 = 0;
  let documents = 0;
  let approved = 0;
  let lexiconSize = 0;
  let changedDocuments = 0;
  let plain = 0;
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
      const correct = project.beads.slice(0, third).filter((bead) =>
        gold.beads.some((g) => same(sideSpan(bead.ar), goldSpan(g.ar)) && same(sideSpan(bead.en), goldSpan(g.en))));
      if (correct.length === 0) continue;
      const history = new EditHistory();
      history.apply(project, planEdit(project, { kind: 'set-status', beadIds: correct.map((bead) => bead.id), status: 'approved' }));
      approved += correct.length;
      const scoreBefore = score(goldRest, after(project.beads, cut), arPath, enPath, workDir, `${name}-before`);
      lexiconSize += projectLexicon(project).length;
      // The same re-align without the lexicon, to tell what re-aligning does from what the lexicon adds.
      const withoutLexicon = { ...project, beads: [...project.beads] };
      new EditHistory().apply(withoutLexicon, planEdit(withoutLexicon, { kind: 'realign-unreviewed' }, createEditContext(withoutLexicon)));
      plain += score(goldRest, after(withoutLexicon.beads, cut), arPath, enPath, workDir, `${name}-plain`);
      const beadsBefore = JSON.stringify(project.beads.map((bead) => [bead.ar.map((s) => s.id), bead.en.map((s) => s.id)]));
      history.apply(project, planEdit(project, { kind: 'realign-unreviewed' }, createEditContext(project, lexiconDictionary(project as Project))));
      if (JSON.stringify(project.beads.map((bead) => [bead.ar.map((s) => s.id), bead.en.map((s) => s.id)])) !== beadsBefore) changedDocuments++;
      const scoreAfter = score(goldRest, after(project.beads, cut), arPath, enPath, workDir, `${name}-after`);
      before += scoreBefore;
      afterF1 += scoreAfter;
      documents++;
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return [
    'Learning loop (approve the gold-correct pairs of the first third, re-align the unreviewed pairs with the project lexicon)',
    `  ${documents} dev documents, ${approved} pairs approved, lexicon ${(lexiconSize / Math.max(1, documents)).toFixed(1)} entries per document`,
    `  macro F1 of the rest: before ${(before / Math.max(1, documents)).toFixed(4)}, after ${(afterF1 / Math.max(1, documents)).toFixed(4)}`
      + ` (re-aligned without the lexicon: ${(plain / Math.max(1, documents)).toFixed(4)}); alignment changed in ${changedDocuments} documents`,
  ];
}

if (require.main === module) {
  for (const line of benchmarkLearning()) console.log(line);
}
