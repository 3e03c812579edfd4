// Two subtitle files: cue times are the anchor. The fixture pair (written by
// hand, tests/fixtures/documents/film-*.srt) has an Arabic cue the English
// drops, English cues far shorter or longer than the Arabic, and cues of two
// lines or two sentences: text alone pairs most of it wrongly.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alignSentences } from '../../../../main/core/align/align';
import { TimeAnchors } from '../../../../main/core/align/time-anchors';
import { importDocument } from '../../../../main/core/documents/import';
import { buildProject, createEditContext } from '../../../../main/core/pipeline';
import type { Project, SourceDocument } from '../../../../main/core/project/types';
import { repoRoot } from '../../../helpers/paths';

const DOCUMENTS = path.join(repoRoot(), 'tests', 'fixtures', 'documents');

async function film(): Promise<{ ar: SourceDocument; en: SourceDocument }> {
  const load = (name: string) => importDocument(fs.readFileSync(path.join(DOCUMENTS, name)), name);
  return { ar: await load('film-ar.srt'), en: await load('film-en.srt') };
}

/** Each bead as 'Arabic cue numbers = English cue numbers' (1-based, as the files number them). */
function cuePairs(project: Project): string[] {
  const cueOf = (source: SourceDocument, start: number) =>
    1 + (source.paragraphs ?? []).findIndex((p) => p.start <= start && start < p.end + 1);
  const cues = (source: SourceDocument, starts: number[]) => [...new Set(starts.map((start) => cueOf(source, start)))].join(',');
  return project.beads.map((bead) =>
    `${cues(project.sources.ar, bead.ar.map((s) => s.source?.[0] ?? -1))}=${cues(project.sources.en, bead.en.map((s) => s.source?.[0] ?? -1))}`);
}

/** Gold pairs whose cues (Arabic and English) are in no other bead than that one. */
function rightCues(pairs: string[]): number {
  const parsed = pairs.map((pair) => pair.split('=').map((cues) => (cues === '' ? [] : cues.split(','))));
  return BY_TIME.filter((gold) => {
    const [[ar], [en]] = gold.split('=').map((cues) => (cues === '' ? [] : cues.split(',')));
    const touching = pairs.filter((_, k) => parsed[k][0].includes(ar) || (en !== undefined && parsed[k][1].includes(en)));
    return touching.length === 1 && touching[0] === gold;
  }).length;
}

// Arabic cue 4 ("آه.") has no English; every other cue has the English cue spoken at the same time.
const BY_TIME = ['1=1', '2=2', '3=3', '4=', '5=4', '6=5', '7=6', '8=7', '9=8', '10=9'];

test('two subtitle files: cues spoken at the same time are paired, a cue the other side drops stands alone', async () => {
  const { ar, en } = await film();
  const { project } = buildProject({ name: 'film', first: ar, second: en });
  assert.deepEqual(cuePairs(project), BY_TIME);
  assert.equal(rightCues(cuePairs(project)), BY_TIME.length);
});

test('the same files without their times are misaligned by text alone (what the times are needed for)', async () => {
  const { ar, en } = await film();
  for (const paragraph of ar.paragraphs ?? []) delete paragraph.time;
  const { project } = buildProject({ name: 'film', first: ar, second: en });
  const right = rightCues(cuePairs(project));
  assert.ok(right <= BY_TIME.length / 2, `text alone got ${right} of ${BY_TIME.length} cues right`);
});

test('re-aligning a subtitle project uses the cue times too', async () => {
  const { ar, en } = await film();
  const { project } = buildProject({ name: 'film', first: ar, second: en });
  const sentences = { ar: project.beads.flatMap((b) => b.ar), en: project.beads.flatMap((b) => b.en) };
  const beads = (createEditContext(project).realign as NonNullable<ReturnType<typeof createEditContext>["realign"]>)(sentences.ar, sentences.en);
  assert.deepEqual(beads.map((b) => [b.ar, b.en]), project.beads.map((b, k) => {
    const arBefore = project.beads.slice(0, k).reduce((n, x) => n + x.ar.length, 0);
    const enBefore = project.beads.slice(0, k).reduce((n, x) => n + x.en.length, 0);
    return [b.ar.map((_, x) => arBefore + x), b.en.map((_, x) => enBefore + x)];
  }));
});

test('times count only when every sentence of both sides has one', () => {
  // Lengths pair the long with the long; the times say otherwise.
  const ar = [
    { text: 'جملة قصيرة.', paragraph: 0, time: [0, 1000] as const },
    { text: 'هذه جملة طويلة جدا فيها كلمات كثيرة وتفاصيل عديدة عن الموضوع كله.', paragraph: 1, time: [5000, 6000] as const },
  ];
  const en = [
    { text: 'This is a very long sentence with many words and many details about the whole subject.', paragraph: 0, time: [0, 1000] as const },
    { text: 'A short one.', paragraph: 1, time: [5000, 6000] as const },
  ];
  const shapes = (beads: { ar: number[]; en: number[] }[]) => beads.map((b) => `${b.ar}=${b.en}`);
  assert.deepEqual(shapes(alignSentences(ar, en).beads), ['0=0', '1=1']);
  const partly = en.map((input, k) => (k === 0 ? { text: input.text, paragraph: input.paragraph } : input));
  assert.notDeepEqual(shapes(alignSentences(ar, partly).beads), ['0=0', '1=1']);
});

test('a bead pays for time outside the other side\'s span; dropping a covered cue pays, one over silence does not', () => {
  const span = (pairs: [number, number][]) => ({ start: Float64Array.from(pairs, (p) => p[0]), end: Float64Array.from(pairs, (p) => p[1]) });
  const anchors = new TimeAnchors(span([[0, 1000], [2000, 3000], [8000, 9000]]), span([[100, 1100], [2000, 3000]]));
  assert.equal(anchors.beadCost(0, 1, 0, 1), 0, 'overlapping cues (within the tolerance)');
  assert.ok(anchors.beadCost(0, 1, 1, 2) > 0, 'cues at different times');
  assert.ok(anchors.beadCost(1, 3, 1, 2) > anchors.beadCost(1, 2, 1, 2), 'a cue outside the span glued in');
  assert.ok(anchors.arDeletion[1] > 0, 'Arabic cue 2 has English over it');
  assert.equal(anchors.arDeletion[2], 0, 'Arabic cue 3 is spoken over silence');
});
