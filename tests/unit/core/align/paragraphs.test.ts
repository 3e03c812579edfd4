import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { alignWithDiagnostics, type AlignInput } from '../../../../main/core/align/align';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { initialParameters, SHAPE_AR, SHAPE_EN } from '../../../../main/core/align/model';
import { alignParagraphs } from '../../../../main/core/align/paragraphs';
import { segmentText, type Segment } from '../../../../main/core/segment/segment';
import { lastAtOrBefore } from '../../../../main/core/text/sorted';
import { repoRoot } from '../../../helpers/paths';

/** The NTREX excerpt (CC BY-SA 4.0, see tests/fixtures/ntrex/README.md): line k of one file translates line k of the other. */
function ntrexLines(side: 'ar' | 'en'): string[] {
  const file = path.join(repoRoot(), 'tests/fixtures/ntrex', `ntrex-13-docs.${side}.txt`);
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => line.trim());
}

interface RenderedSide {
  segments: Segment[];
  inputs: AlignInput[];
  /** Start offset of each line in the text. */
  lineStarts: number[];
}

/** The lines as one text, a blank line before each line listed in `breaks`, the others joined by a space; then segmented. */
function render(lines: string[], breaks: (line: number) => boolean, side: 'ar' | 'en'): RenderedSide {
  let text = '';
  const lineStarts: number[] = [];
  lines.forEach((line, k) => {
    if (k > 0) text += breaks(k) ? '\n\n' : ' ';
    lineStarts.push(text.length);
    text += line;
  });
  const segments = segmentText(text, side);
  return { segments, inputs: segments.map((s) => ({ text: s.text, paragraph: s.paragraph })), lineStarts };
}

function align(breaksAr: (line: number) => boolean, breaksEn: (line: number) => boolean) {
  const ar = render(ntrexLines('ar'), breaksAr, 'ar');
  const en = render(ntrexLines('en'), breaksEn, 'en');
  return { ar, en, run: alignWithDiagnostics(ar.inputs, en.inputs) };
}

/** Beads whose Arabic and English sentences do not come from the same NTREX lines (a right bead never mixes lines). */
function wrongBeads(ar: RenderedSide, en: RenderedSide, beads: Array<{ ar: number[]; en: number[] }>): string[] {
  const linesOf = (indices: number[], side: RenderedSide) => [...new Set(indices.map((k) => lastAtOrBefore(side.lineStarts, side.segments[k].start)))].join(',');
  return beads
    .filter((bead) => linesOf(bead.ar, ar) !== linesOf(bead.en, en))
    .map((bead) => `${bead.ar.map((k) => ar.inputs[k].text.slice(0, 30))} | ${bead.en.map((k) => en.inputs[k].text.slice(0, 30))}`);
}

const everyFourth = (line: number) => line % 4 === 0;

describe('paragraphs as a coarse first pass', () => {
  it('where the paragraphs correspond, no bead crosses a paragraph end', () => {
    // Both sides in paragraphs of four lines: paragraph k of one side translates paragraph k of the other.
    const { ar, en, run } = align(everyFourth, everyFourth);
    assert.equal(run.pass, 'paragraphs');
    const crossing = run.result.beads.filter((bead) => {
      const paragraphs = new Set([...bead.ar.map((k) => ar.inputs[k].paragraph), ...bead.en.map((k) => en.inputs[k].paragraph)]);
      return paragraphs.size > 1;
    });
    // The sentence-level search alone paired "They're just being playful." with the next paragraph's Arabic.
    assert.deepEqual(crossing.map((bead) => bead.en.map((k) => en.inputs[k].text)), []);
    // Two beads of the excerpt are left unpaired (the Arabic line 'بوبو لأول مرة.' and an English one).
    assert.ok(wrongBeads(ar, en, run.result.beads).length <= 2, wrongBeads(ar, en, run.result.beads).join('\n'));
  });

  it('where the paragraphs were broken independently on the two sides, the sentence-level path is kept', () => {
    // Arabic in paragraphs of four lines, English of three: the paragraphs say nothing about where the sentences meet.
    const { ar, en, run } = align(everyFourth, (line) => line % 3 === 0);
    assert.equal(run.pass, 'sentences');
    // Held to paragraph blocks, lines would be forced together across the misplaced breaks (over 30 beads
    // wrong); the sentence-level search gets all but 5 right, as before.
    const wrong = wrongBeads(ar, en, run.result.beads);
    assert.ok(wrong.length <= 5, wrong.join('\n'));
  });

  it('a paragraph split in two on one side is a 1-2 paragraph bead, and its sentences still pair up', () => {
    // The English splits the paragraph of lines 40-43 after line 41.
    const splitEn = (line: number) => line % 4 === 0 || line === 42;
    const ar = render(ntrexLines('ar'), everyFourth, 'ar');
    const en = render(ntrexLines('en'), splitEn, 'en');
    const features = extractPairFeatures(ar.inputs, en.inputs);
    const paragraphs = alignParagraphs(features.ar, features.en, initialParameters(features.ar, features.en), {});
    assert.ok(paragraphs);
    const shapes = paragraphs.path.map(({ i, j, shape }) => `${i - SHAPE_AR[shape]}-${i - 1}:${j - SHAPE_EN[shape]}-${j - 1}`);
    // Arabic paragraph 10 (lines 40-43) is English paragraphs 10 and 11; every other paragraph bead is one to one.
    assert.ok(shapes.includes('10-10:10-11'), shapes.join(' '));
    const others = paragraphs.path.filter(({ shape }) => SHAPE_AR[shape] !== 1 || SHAPE_EN[shape] !== 1);
    assert.equal(others.length, 1, shapes.join(' '));
    assert.equal(paragraphs.correspond, true);

    const run = alignWithDiagnostics(ar.inputs, en.inputs);
    assert.equal(run.pass, 'paragraphs');
    assert.ok(wrongBeads(ar, en, run.result.beads).length <= 2, wrongBeads(ar, en, run.result.beads).join('\n'));
  });
});
