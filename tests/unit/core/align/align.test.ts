import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignSentences, AlignmentCancelled, type AlignedBead, type AlignInput } from '../../../../main/core/align/align';
import {
  ONE_AR_THREE_EN, ONE_AR_TWO_EN, PAIRS, THREE_AR_ONE_EN, TWO_AR_ONE_EN, TWO_AR_TWO_EN,
} from './sentences';

/** Sentences of one side, all in paragraph 0 unless given as [text, paragraph]. */
function side(items: Array<string | [string, number]>): AlignInput[] {
  return items.map((item) => (typeof item === 'string' ? { text: item, paragraph: 0 } : { text: item[0], paragraph: item[1] }));
}

function shapes(beads: AlignedBead[]): string[] {
  return beads.map((bead) => `${bead.ar.length}-${bead.en.length}`);
}

/** The bead holding Arabic sentence `ar` (or English sentence `en`). */
function beadWith(beads: AlignedBead[], which: { ar?: number; en?: number }): AlignedBead {
  const bead = beads.find((b) => (which.ar !== undefined ? b.ar.includes(which.ar) : b.en.includes(which.en as number)));
  assert.ok(bead, `no bead holds ${JSON.stringify(which)}`);
  return bead;
}

function assertCoversInOrder(beads: AlignedBead[], arCount: number, enCount: number): void {
  const ar = beads.flatMap((bead) => bead.ar);
  const en = beads.flatMap((bead) => bead.en);
  assert.deepEqual(ar, [...Array(arCount).keys()], 'every Arabic sentence once, in order');
  assert.deepEqual(en, [...Array(enCount).keys()], 'every English sentence once, in order');
  for (const bead of beads) assert.ok(bead.ar.length + bead.en.length > 0, 'no empty bead');
}

const before = PAIRS.slice(0, 4);
const after = PAIRS.slice(4);

/** Context pairs, then the case, then more context; returns the beads and where the case starts. */
function alignCase(arCase: string[], enCase: string[]) {
  const ar = side([...before.map((p) => p.ar), ...arCase, ...after.map((p) => p.ar)]);
  const en = side([...before.map((p) => p.en), ...enCase, ...after.map((p) => p.en)]);
  const result = alignSentences(ar, en);
  assertCoversInOrder(result.beads, ar.length, en.length);
  return { result, first: before.length };
}

describe('alignSentences: bead types', () => {
  it('pairs translated sentences one to one', () => {
    const { result } = alignCase([], []);
    assert.deepEqual(shapes(result.beads), PAIRS.map(() => '1-1'));
    result.beads.forEach((bead, k) => assert.deepEqual([bead.ar, bead.en], [[k], [k]]));
  });

  it('gives one long Arabic sentence its two English sentences (1-2)', () => {
    const { result, first } = alignCase([ONE_AR_TWO_EN.ar], ONE_AR_TWO_EN.en);
    const bead = beadWith(result.beads, { ar: first });
    assert.deepEqual([bead.ar, bead.en], [[first], [first, first + 1]]);
  });

  it('gives one long Arabic sentence its three English sentences (1-3)', () => {
    const { result, first } = alignCase([ONE_AR_THREE_EN.ar], ONE_AR_THREE_EN.en);
    const bead = beadWith(result.beads, { ar: first });
    assert.deepEqual([bead.ar, bead.en], [[first], [first, first + 1, first + 2]]);
    assert.ok(bead.reasons.includes('merged 3 English sentences'), bead.reasons.join('; '));
  });

  it('joins two Arabic sentences that the English fused (2-1)', () => {
    const { result, first } = alignCase(TWO_AR_ONE_EN.ar, [TWO_AR_ONE_EN.en]);
    const bead = beadWith(result.beads, { en: first });
    assert.deepEqual([bead.ar, bead.en], [[first, first + 1], [first]]);
  });

  it('joins three short Arabic sentences rendered as one English sentence (3-1)', () => {
    const { result, first } = alignCase(THREE_AR_ONE_EN.ar, [THREE_AR_ONE_EN.en]);
    const bead = beadWith(result.beads, { en: first });
    assert.deepEqual([bead.ar, bead.en], [[first, first + 1, first + 2], [first]]);
  });

  it('makes a 2-2 bead where the sentence boundaries fall differently on the two sides', () => {
    const { result, first } = alignCase(TWO_AR_TWO_EN.ar, TWO_AR_TWO_EN.en);
    const bead = beadWith(result.beads, { ar: first });
    assert.deepEqual([bead.ar, bead.en], [[first, first + 1], [first, first + 1]]);
  });

  it('leaves a sentence missing from the English as a 1-0 bead', () => {
    const ar = side(PAIRS.map((p) => p.ar));
    const en = side(PAIRS.filter((_, k) => k !== 3).map((p) => p.en));
    const { beads } = alignSentences(ar, en);
    assertCoversInOrder(beads, ar.length, en.length);
    const dropped = beadWith(beads, { ar: 3 });
    assert.deepEqual([dropped.ar, dropped.en], [[3], []]);
    assert.ok(dropped.reasons.includes('no counterpart found'));
    assert.equal(beads.filter((b) => b.ar.length === 1 && b.en.length === 1).length, PAIRS.length - 1);
  });

  it('leaves a sentence missing from the Arabic as a 0-1 bead', () => {
    const ar = side(PAIRS.filter((_, k) => k !== 5).map((p) => p.ar));
    const en = side(PAIRS.map((p) => p.en));
    const { beads } = alignSentences(ar, en);
    assertCoversInOrder(beads, ar.length, en.length);
    const dropped = beadWith(beads, { en: 5 });
    assert.deepEqual([dropped.ar, dropped.en], [[], [5]]);
  });
});

describe('alignSentences: page furniture', () => {
  it('keeps captions, share links and comment prompts out of real pairs', () => {
    const ar = side([
      [PAIRS[0].ar, 0], [PAIRS[1].ar, 0],
      ['سيرغي لافروف (رويترز)', 1],
      [PAIRS[2].ar, 2], [PAIRS[3].ar, 2], [PAIRS[4].ar, 3],
      ['اقرأ أيضاً', 4],
      [PAIRS[5].ar, 5], [PAIRS[6].ar, 5], [PAIRS[7].ar, 6],
      ['اترك رد', 7],
    ]);
    const en = side([
      [PAIRS[0].en, 0], [PAIRS[1].en, 0], [PAIRS[2].en, 0],
      ['Share this article', 1],
      [PAIRS[3].en, 2], [PAIRS[4].en, 2], [PAIRS[5].en, 2],
      ['Read more', 3],
      [PAIRS[6].en, 4], [PAIRS[7].en, 4],
      ['Our readers are reading too', 5],
    ]);
    const { beads } = alignSentences(ar, en);
    assertCoversInOrder(beads, ar.length, en.length);
    for (const furniture of [2, 6, 10]) assert.deepEqual(beadWith(beads, { ar: furniture }), { ...beadWith(beads, { ar: furniture }), ar: [furniture], en: [] });
    for (const furniture of [3, 7, 10]) assert.deepEqual(beadWith(beads, { en: furniture }).ar, []);
    assert.equal(beads.filter((b) => b.ar.length === 1 && b.en.length === 1).length, PAIRS.length);
  });

  it('keeps a breadcrumb line out even when it shares a paragraph and names with the headline', () => {
    const ar = side([
      ['أخبار عاجلة', 0],
      ['الرئيسية / الأخبار / أخبار العالم / بوتين يعرض على واشنطن قواعده', 0],
      ['بوتين يعرض على واشنطن قواعده العسكرية', 1],
      [PAIRS[0].ar, 2], [PAIRS[1].ar, 2], [PAIRS[2].ar, 3], [PAIRS[3].ar, 3],
    ]);
    const en = side([
      ['Putin offers Washington his military bases', 0],
      [PAIRS[0].en, 1], [PAIRS[1].en, 1], [PAIRS[2].en, 1], [PAIRS[3].en, 1],
    ]);
    const { beads } = alignSentences(ar, en);
    assertCoversInOrder(beads, ar.length, en.length);
    assert.deepEqual(beadWith(beads, { ar: 1 }).en, [], 'the breadcrumb has no counterpart');
    assert.deepEqual(beadWith(beads, { en: 0 }).ar, [2], 'the headline pairs with the headline');
  });
});

describe('alignSentences: anchors and the length model', () => {
  it('anchors on numbers written in Arabic-Indic digits', () => {
    // Three Arabic sentences of about the same length; the English keeps only the middle one,
    // so lengths cannot tell which one it renders: the number ٤٥٠ = 450 does.
    const candidates = [
      'وقال مسؤول في الوزارة إن اللجنة ستجتمع مرة أخرى الأسبوع المقبل.',
      'وأضاف أن الحكومة رصدت ٤٥٠ مليون دولار لإعادة بناء المدارس.',
      'وأوضح أن العمل في المشروع سيبدأ قبل نهاية فصل الصيف الحالي.',
    ];
    const { result, first } = alignCase(candidates, ['He added that the government set aside 450 million dollars for schools.']);
    assert.deepEqual(beadWith(result.beads, { en: first }).ar, [first + 1]);
  });

  it('estimates the length ratio from the texts themselves', () => {
    const lengths = [60, 95, 140, 72, 110, 85, 130, 66, 101, 120, 90, 77];
    const text = (letter: string, length: number) => (letter.repeat(4) + ' ').repeat(Math.ceil(length / 5)).slice(0, length).trim() + '.';
    const ar = side(lengths.map((l) => text('س', l)));
    const ratioOf = (ratio: number) =>
      alignSentences(ar, side(lengths.map((l) => text('e', Math.round(l * ratio))))).summary.lengthRatio;
    const close = ratioOf(1.1);
    const loose = ratioOf(1.5);
    assert.ok(Math.abs(close - 1.1) < 0.1, `ratio ${close} for a 1.1 pair`);
    assert.ok(Math.abs(loose - 1.5) < 0.15, `ratio ${loose} for a 1.5 pair`);
  });
});

describe('alignSentences: confidence, determinism, progress, cancelling', () => {
  it('gives every bead a confidence in [0, 1], lower where numbers disagree', () => {
    const ar = side(PAIRS.map((p) => p.ar));
    const en = side(PAIRS.map((p, k) => (k === 5 ? p.en.replace('1,200', '1,900') : p.en)));
    const { beads } = alignSentences(ar, en);
    for (const bead of beads) assert.ok(bead.confidence >= 0 && bead.confidence <= 1, String(bead.confidence));
    const changed = beadWith(beads, { ar: 5 });
    assert.ok(changed.reasons.some((r) => r === 'numbers differ: 1200 vs 1900'), changed.reasons.join('; '));
    const others = beads.filter((b) => b !== changed).map((b) => b.confidence);
    assert.ok(changed.confidence < Math.min(...others), `${changed.confidence} vs ${Math.min(...others)}`);
  });

  it('returns the same result for the same input', () => {
    const ar = side([...PAIRS.map((p) => p.ar), ONE_AR_TWO_EN.ar]);
    const en = side([...PAIRS.map((p) => p.en), ...ONE_AR_TWO_EN.en]);
    assert.deepEqual(alignSentences(ar, en), alignSentences(ar, en));
  });

  it('reports progress from 0 to 1', () => {
    const fractions: number[] = [];
    alignSentences(side(PAIRS.map((p) => p.ar)), side(PAIRS.map((p) => p.en)), { onProgress: (f) => fractions.push(f) });
    assert.ok(fractions.length >= 2);
    assert.equal(fractions[fractions.length - 1], 1);
    for (let k = 1; k < fractions.length; k++) assert.ok(fractions[k] >= fractions[k - 1] && fractions[k] >= 0);
  });

  it('stops with AlignmentCancelled when asked to, even midway through a long text', () => {
    const ar = side(Array.from({ length: 3000 }, (_, k) => PAIRS[k % PAIRS.length].ar));
    const en = side(Array.from({ length: 3000 }, (_, k) => PAIRS[k % PAIRS.length].en));
    let polls = 0;
    assert.throws(() => alignSentences(ar, en, { shouldCancel: () => ++polls > 3 }), AlignmentCancelled);
    assert.ok(polls > 3, 'polled more than once before giving up');
  });

  it('aligns against an empty side with one-sided beads', () => {
    const { beads, isTranslation } = alignSentences(side(PAIRS.slice(0, 2).map((p) => p.ar)), []);
    assert.deepEqual(beads.map((b) => [b.ar, b.en]), [[[0], []], [[1], []]]);
    assert.equal(isTranslation, false);
  });
});

describe('beads up to 1-6 and 6-1', () => {
  // One Arabic sentence joined with و from five, against the five English sentences (a literary translator's split).
  const joined = PAIRS.slice(0, 5).map((p) => p.ar.replace(/\.$/, '')).join('، و') + '.';
  const context = PAIRS.slice(5);

  it('pairs one long Arabic sentence with the five English sentences it became', () => {
    const ar = side([joined, ...context.map((p) => p.ar)]);
    const en = side([...PAIRS.slice(0, 5).map((p) => p.en), ...context.map((p) => p.en)]);
    const { beads } = alignSentences(ar, en);
    assert.deepEqual(beadWith(beads, { ar: 0 }).en, [0, 1, 2, 3, 4]);
    assertCoversInOrder(beads, ar.length, en.length);
  });

  it('pairs five Arabic sentences with the one English sentence they were fused into', () => {
    const fused = PAIRS.slice(0, 5).map((p) => p.en.replace(/\.$/, '')).join('; ') + '.';
    const ar = side([...PAIRS.slice(0, 5).map((p) => p.ar), ...context.map((p) => p.ar)]);
    const en = side([fused, ...context.map((p) => p.en)]);
    const { beads } = alignSentences(ar, en);
    assert.deepEqual(beadWith(beads, { en: 0 }).ar, [0, 1, 2, 3, 4]);
  });
});
