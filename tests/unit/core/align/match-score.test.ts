import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { alignSentences, MATCH_THRESHOLD } from '../../../../main/core/align/align';
import { segmentText } from '../../../../main/core/segment/segment';

import { corpusDocuments } from '../../../helpers/corpus';
import { seedPath, type Seed } from '../../../helpers/paths';

function sample(seed: Seed): string {
  return readFileSync(seedPath(seed), 'utf8');
}

function alignSamples(arabic: Seed, english: Seed) {
  return alignSentences(segmentText(sample(arabic), 'ar'), segmentText(sample(english), 'en'));
}

describe('match score', () => {
  it('is in [0, 1] with the threshold inside, for a translation, for other texts and for a one-sided pair', () => {
    assert.ok(MATCH_THRESHOLD > 0 && MATCH_THRESHOLD < 1);
    // The translation's raw gain lies above the scale and the other seeds' below it.
    const scores = (['000', '002', '003', '004'] as const).map((english) => alignSamples('001', english).summary.matchScore);
    scores.push(alignSentences(segmentText(sample('001'), 'ar'), []).summary.matchScore);
    for (const score of scores) assert.ok(score >= 0 && score <= 1, `match scores ${scores.join(', ')}`);
  });

  it('recognises seed 000 as the translation of seed 001', () => {
    const result = alignSamples('001', '000');
    assert.ok(result.summary.matchScore >= MATCH_THRESHOLD, `match score ${result.summary.matchScore}`);
    assert.equal(result.verdict, 'translation');
    assert.equal(result.isTranslation, true);
  });

  for (const other of ['002', '003', '004'] as const) {
    it(`tells seed ${other}, about the same events, from a translation of seed 001`, () => {
      const result = alignSamples('001', other);
      assert.ok(result.summary.matchScore < MATCH_THRESHOLD, `match score ${result.summary.matchScore}`);
      assert.equal(result.verdict, 'not a translation');
      assert.equal(result.isTranslation, false);
      assert.ok(result.summary.matchScore >= 0 && result.summary.matchScore <= 1);
    });
  }

  it('gives the real translation more confident beads than a text that is not one', () => {
    const mean = (beads: { confidence: number }[]) => beads.reduce((t, b) => t + b.confidence, 0) / beads.length;
    const translation = alignSamples('001', '000');
    const other = alignSamples('001', '002');
    assert.ok(mean(translation.beads) > mean(other.beads) + 0.1, `${mean(translation.beads)} vs ${mean(other.beads)}`);
  });

  it('aligns the seed pair as an editor would: captions and links alone, the article one to one', () => {
    const ar = segmentText(sample('001'), 'ar');
    const en = segmentText(sample('000'), 'en');
    const { beads } = alignSentences(ar, en);
    const pairOf = (arabicStart: string) => {
      const bead = beads.find((b) => b.ar.some((i) => ar[i].text.startsWith(arabicStart)));
      assert.ok(bead, arabicStart);
      return bead.en.map((j) => en[j].text.slice(0, 30));
    };
    assert.deepEqual(pairOf('سيرغي لافروف (رويترز)'), []);
    assert.deepEqual(pairOf('اترك رد'), []);
    assert.deepEqual(pairOf('فقد عرض الكرملين'), ['The Kremlin offered the U.S. t']);
    assert.deepEqual(pairOf('يذكر أن أكبر قاعدة'), ["It is noteworthy that Russia's"]);
    assert.deepEqual(pairOf('كذلك تمتلك روسيا'), ['Russia also maintains a smalle']);
    const readers = beads.find((b) => b.en.some((j) => en[j].text === 'Our readers are reading too'));
    assert.deepEqual(readers?.ar, []);
  });
});

describe('match score reason', () => {
  it('says how much better the real order explains the seed pair than a shuffled one', () => {
    const result = alignSamples('001', '000');
    assert.match(result.summary.matchReason ?? '', /^aligned pairs explain the texts \d+(\.\d)?× better than shuffled ones/);
    const other = alignSamples('001', '002');
    assert.match(other.summary.matchReason ?? '', /explain the texts [01]\.\d× better/);
  });
});

describe('match score on short documents (about ten sentences a side)', () => {
  // tests/fixtures/corpus: four short NTREX documents. Each against its own English is a
  // translation; against the next document's English it is never judged one, although a
  // short pair of unrelated texts can save twice as much as its reversals by chance. Ten
  // sentences are too few for the shortfall of the real order to say "not a translation"
  // with significance: such a pair is flagged only where its anchors disagree, and is
  // otherwise undecided (no warning, the reason saying why nothing is claimed).
  const documents = corpusDocuments();
  const text = (file: string) => readFileSync(file, 'utf8');
  documents.forEach((document, k) => {
    const other = documents[(k + 1) % documents.length];
    it(`${document.id} is a translation of its English and is not judged one of ${other.id}'s`, () => {
      const own = alignSentences(segmentText(text(document.arPath), 'ar'), segmentText(text(document.enPath), 'en'));
      assert.equal(own.verdict, 'translation', `own: ${own.summary.matchScore}: ${own.summary.matchReason}`);
      const wrong = alignSentences(segmentText(text(document.arPath), 'ar'), segmentText(text(other.enPath), 'en'));
      assert.notEqual(wrong.verdict, 'translation', `${wrong.summary.matchScore}: ${wrong.summary.matchReason}`);
      if (wrong.verdict === 'undecided') assert.match(wrong.summary.matchReason ?? '', /^too little evidence either way to judge; /);
    });
  });
});
