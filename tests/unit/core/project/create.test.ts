import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beadType, enOriginal, hasBothSides, sideText } from '../../../../main/core/project/bead';
import { createProject } from '../../../../main/core/project/create';
import { PROJECT_FORMAT, PROJECT_VERSION } from '../../../../main/core/project/types';

const arText = 'قال الوزير إن الاجتماع ناجح. وأضاف أنه سيعود.\n\nاترك رد';
const enText = 'The minister said the meeting went well. He will return.';

function segmentsOf(text: string, parts: string[]): { text: string; start: number; end: number }[] {
  let from = 0;
  return parts.map((part) => {
    const start = text.indexOf(part, from);
    from = start + part.length;
    return { text: part, start, end: from };
  });
}

const input = () => ({
  name: 'Seed',
  sources: {
    ar: { fileName: '001.txt', encoding: 'windows-1256', text: arText },
    en: { fileName: '000.txt', encoding: 'utf-8', text: enText },
  },
  arSegments: segmentsOf(arText, ['قال الوزير إن الاجتماع ناجح.', 'وأضاف أنه سيعود.', 'اترك رد']),
  enSegments: segmentsOf(enText, ['The minister said the meeting went well.', 'He will return.']),
  beads: [
    { ar: [0, 1], en: [0, 1], confidence: 0.82, reasons: ['2-2 pair'] },
    { ar: [2], en: [], confidence: 0.6, reasons: [] },
  ],
  summary: { matchScore: 0.74, lengthRatio: 1.35, lengthVariance: 7.5 },
  now: new Date('2026-01-02T03:04:05.000Z'),
});

describe('createProject', () => {
  it('builds unreviewed beads whose sentences keep their text, original and source range', () => {
    const project = createProject(input());
    assert.equal(project.format, PROJECT_FORMAT);
    assert.equal(project.version, PROJECT_VERSION);
    assert.equal(project.created, '2026-01-02T03:04:05.000Z');
    assert.equal(project.modified, project.created);
    assert.equal(project.sources.ar.encoding, 'windows-1256');
    assert.deepEqual(project.beads.map(beadType), ['2-2', '1-0']);
    assert.deepEqual(project.beads.map((bead) => bead.id), ['b6', 'b7']);
    assert.deepEqual(project.beads[0].ar.map((s) => s.id), ['s1', 's2']);
    assert.deepEqual(project.beads[0].en.map((s) => s.id), ['s4', 's5']);
    assert.equal(project.nextId, 8);
    for (const bead of project.beads) {
      assert.equal(bead.status, 'unreviewed');
      assert.equal(bead.note, '');
      for (const side of ['ar', 'en'] as const) {
        for (const sentence of bead[side]) {
          assert.equal(sentence.original, sentence.text);
          assert.equal(project.sources[side].text.slice(sentence.source![0], sentence.source![1]), sentence.text);
        }
      }
    }
    assert.equal(project.beads[0].confidence, 0.82);
    assert.deepEqual(project.beads[0].reasons, ['2-2 pair']);
    assert.deepEqual(project.alignment, { matchScore: 0.74, lengthRatio: 1.35, lengthVariance: 7.5 });
  });

  it('refuses an alignment that skips, repeats or reorders segments', () => {
    const skipping = input();
    skipping.beads = [{ ar: [0, 2], en: [0, 1], confidence: 1, reasons: [] }];
    assert.throws(() => createProject(skipping), /bead 0 uses ar segment 2 where segment 1 was expected/);
    const short = input();
    short.beads = [{ ar: [0, 1, 2], en: [0], confidence: 1, reasons: [] }];
    assert.throws(() => createProject(short), /the beads use 1 of 2 en segments/);
  });
});

describe('derived bead values', () => {
  const project = createProject(input());
  const [pair, boilerplate] = project.beads;

  it('joins a side with one space and names the bead type Arabic first', () => {
    assert.equal(sideText(pair, 'en'), 'The minister said the meeting went well. He will return.');
    assert.equal(sideText(boilerplate, 'en'), '');
    assert.equal(beadType(boilerplate), '1-0');
  });

  it('keeps the English as first imported apart from edits', () => {
    const edited = { ...pair, en: [{ ...pair.en[0], text: 'Edited.' }, { id: 'x', text: 'Typed in.', original: '', source: null }] };
    assert.equal(sideText(edited, 'en'), 'Edited. Typed in.');
    assert.equal(enOriginal(edited), 'The minister said the meeting went well.');
  });

  it('counts a side as present only when it has visible text', () => {
    assert.equal(hasBothSides(pair), true);
    assert.equal(hasBothSides(boilerplate), false);
    const blanked = { ...pair, en: [{ ...pair.en[0], text: '  ' }] };
    assert.equal(hasBothSides(blanked), false);
  });
});
