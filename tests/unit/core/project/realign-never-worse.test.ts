// Re-aligning a stretch never leaves pairs the aligner itself scores worse than
// the ones it replaces. A short stretch is aligned with a model estimated from
// those few sentences alone; on a document whose English runs much longer than
// usual (each NTREX sentence twice, a "Title:" line now and then) that model
// glues lines into pairs the whole document's model scores worse.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildProject, createEditContext } from '../../../../main/core/pipeline';
import { planEdit } from '../../../../main/core/project/operations';
import type { Bead, Project } from '../../../../main/core/project/types';
import { repoRoot } from '../../../helpers/paths';

const NTREX = path.join(repoRoot(), 'tests', 'fixtures', 'ntrex');

function verboseProject(): Project {
  const lines = (file: string) => fs.readFileSync(path.join(NTREX, file), 'utf8').split('\n').slice(0, 60);
  const english = lines('ntrex-13-docs.en.txt').map((line, k) => `${line} ${line}${k % 7 === 3 ? '\nTitle:' : ''}`);
  return buildProject({
    name: 'verbose',
    first: { fileName: 'ntrex.ar.txt', encoding: 'utf-8', text: lines('ntrex-13-docs.ar.txt').join('\n') },
    second: { fileName: 'ntrex.en.txt', encoding: 'utf-8', text: english.join('\n') },
  }).project;
}

const shape = (beads: readonly Bead[]) => beads.map((bead) => `${bead.ar.length}-${bead.en.length}`).join(',');

test('re-aligning a stretch keeps the current pairs wherever a fresh alignment scores worse', () => {
  const project = verboseProject();
  const context = createEditContext(project);
  const indices = indicesOf;
  let worse = 0;
  for (let from = 0; from + 1 < project.beads.length; from++) {
    for (let to = from + 1; to < Math.min(from + 4, project.beads.length); to++) {
      const range = project.beads.slice(from, to + 1);
      const ar = range.flatMap((bead) => bead.ar);
      const en = range.flatMap((bead) => bead.en);
      const fresh = context.realign!(ar, en);
      const [current, freshCost] = context.alignmentCosts!(ar, en, [indices(range), fresh]);
      const operation = planEdit(project, { kind: 'realign', fromBeadId: range[0].id, toBeadId: range.at(-1)!.id }, context);
      if (freshCost > current) {
        worse++;
        assert.equal(operation.forward.length, 0, `pairs ${from + 1}-${to + 1} (${shape(range)}) stay as they are`);
      } else if (operation.forward.length > 0) {
        const [splice] = operation.forward;
        const [after] = context.alignmentCosts!(ar, en, [indices(splice.beads)]);
        assert.ok(after <= current, `pairs ${from + 1}-${to + 1}: the new pairs score no worse`);
      }
    }
  }
  assert.ok(worse > 0, 'the document has stretches whose fresh alignment scores worse (else this test shows nothing)');
});

test('re-align unreviewed leaves each stretch between approved pairs no worse than it was', () => {
  const project = verboseProject();
  // Every third pair approved: short stretches, each aligned with its own few sentences' model.
  project.beads = project.beads.map((bead, k) => (k % 3 === 0 ? { ...bead, status: 'approved' } : bead));
  const context = createEditContext(project);
  const operation = planEdit(project, { kind: 'realign-unreviewed' }, context);
  const after: Bead[] = project.beads.slice();
  for (const splice of operation.forward) after.splice(splice.index, splice.deleteCount, ...splice.beads);
  // Stretches are the runs between approved pairs, which re-align never touches.
  const stretches = (beads: readonly Bead[]) => {
    const runs: Bead[][] = [];
    for (const bead of beads) {
      if (bead.status === 'approved') runs.push([]);
      else runs.at(-1)?.push(bead);
    }
    return runs;
  };
  const before = stretches(project.beads);
  const now = stretches(after);
  assert.equal(now.length, before.length);
  let kept = 0;
  before.forEach((run, k) => {
    if (run.length === 0) return;
    const ar = run.flatMap((bead) => bead.ar);
    const en = run.flatMap((bead) => bead.en);
    const [was, is] = context.alignmentCosts!(ar, en, [indicesOf(run), indicesOf(now[k])]);
    assert.ok(is <= was, `stretch ${k + 1} (${shape(run)} -> ${shape(now[k])}) scores no worse: ${is} <= ${was}`);
    if (shape(run) === shape(now[k])) kept++;
  });
  assert.ok(kept > 0);
});

function indicesOf(beads: readonly Bead[]): Array<{ ar: number[]; en: number[] }> {
  let ar = 0;
  let en = 0;
  return beads.map((bead) => ({ ar: bead.ar.map(() => ar++), en: bead.en.map(() => en++) }));
}
