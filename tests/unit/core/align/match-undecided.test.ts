import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignSentences, MATCH_THRESHOLD } from '../../../../main/core/align/align';
import { binomialAtMost, MIN_JUDGED, namingSentences, notTranslation } from '../../../../main/core/align/matchScore';

// A short literary passage and its English, written for this test: no names,
// no numbers, one Arabic sentence rendered as two English ones. Nothing in it
// lets a translation show itself but lengths.
const AR = [
  'كان البيت صامتاً حين عادت من السوق، فوضعت السلة على الطاولة وجلست قرب النافذة.',
  'تذكرت أمها التي كانت تغني في المطبخ كل صباح.',
  'ثم قامت وأشعلت المصباح لأن الليل كان قد بدأ يزحف على الجدران.',
  'لم تكن تنتظر أحداً، لكنها تركت الباب مفتوحاً.',
];
const EN = [
  'The house was silent when she came back from the market.',
  'She put the basket on the table and sat down by the window.',
  'She remembered her mother, who used to sing in the kitchen every morning.',
  'Then she got up and lit the lamp, because night had begun to creep over the walls.',
  'She was not expecting anyone, but she left the door open.',
];
// Two unrelated short news texts: each names and numbers things in every sentence.
const NEWS_AR = [
  'وصل الرئيس إلى العاصمة صباح اليوم في زيارة رسمية لمدة 3 أيام يلتقي خلالها وزير الخارجية سيرغي لافروف.',
  'وتبلغ قيمة الاتفاقيات الموقعة نحو 450 مليون دولار بحسب مصادر رسمية في موسكو.',
  'وكان الوفد قد زار طشقند في عام 2018 قبل أن يتوجه إلى جنيف.',
  'وقال المتحدث إن 12 اتفاقية أخرى ستوقع في الرياض خلال الشهر المقبل.',
  'وأضاف أن الجانبين اتفقا على عقد اللقاء المقبل في القاهرة عام 2021.',
];
const NEWS_EN = [
  'Heavy rain flooded 200 homes in Lagos on Tuesday, the Nigerian Red Cross said.',
  'The storm cut power to about 15,000 people in Ikeja and Surulere.',
  'Governor Babajide Sanwo-Olu visited the worst-hit areas on Wednesday.',
  'In 2012, floods in Nigeria killed 363 people and displaced more than 2 million.',
  'The Meteorological Agency expects more rain in Ogun and Oyo over the next 48 hours.',
];

const inputs = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));

describe('match score with too few names and numbers to judge', () => {
  it('counts English sentences that name or number something, not a capital that starts a sentence', () => {
    assert.equal(namingSentences(inputs(EN), MIN_JUDGED), 0);
    assert.equal(namingSentences(inputs(['I think so, and I said it.', 'It rained in Lagos.', 'We paid 45 pounds.']), 5), 2);
    assert.equal(namingSentences(inputs(NEWS_EN), 3), 3);
  });

  it('does not call a short translation without names or numbers "not a translation", and says why', () => {
    const result = alignSentences(inputs(AR), inputs(EN));
    // Undecided, not a translation: no warning (the score is held at the threshold) and no claim either way.
    assert.equal(result.verdict, 'undecided', `${result.summary.matchScore}: ${result.summary.matchReason}`);
    assert.equal(result.isTranslation, true, 'an undecided pair is not flagged');
    assert.ok(result.summary.matchScore >= MATCH_THRESHOLD);
    assert.match(result.summary.matchReason ?? '', /^too few names and numbers to judge; aligned pairs explain the texts/);
  });

  it('still flags two short unrelated texts that name and number things', () => {
    const result = alignSentences(inputs(NEWS_AR), inputs(NEWS_EN));
    assert.equal(result.verdict, 'not a translation', `${result.summary.matchScore}: ${result.summary.matchReason}`);
    assert.equal(result.isTranslation, false);
    assert.doesNotMatch(result.summary.matchReason ?? '', /too few names/);
  });
});

describe('the anchors\' significance test', () => {
  it('gives the binomial tail, also over the thousands of anchored sentences of a long text', () => {
    // Seed 001 against 002: 5 of 17 anchored sentences agree, against a translation's 70%.
    assert.ok(Math.abs(binomialAtMost(5, 17, 0.7) - 0.000656) < 1e-5);
    assert.ok(Math.abs(binomialAtMost(0, 3, 0.7) - 0.027) < 1e-9);
    assert.equal(binomialAtMost(3, 3, 0.7), 1);
    // 700 of 1,000 agreeing is exactly a translation's share: nothing significant against it.
    const tail = binomialAtMost(700, 1000, 0.7);
    assert.ok(tail > 0.5 && tail < 0.6, String(tail));
    assert.ok(binomialAtMost(600, 1000, 0.7) < 1e-9);
  });
});

describe('anchors against a long pair', () => {
  // A long loose translation (2,000 sentences, 1,000 of them anchored) whose real order does not fall
  // short of a translation's by two spreads (ratio 1.58): its anchors' share is significant evidence only where it is low.
  const longPair = { gain: 460, spread: 10, sentences: 2000, anchored: 1000, naming: MIN_JUDGED };
  it('does not flag a long pair whose anchors agree as a loose translation\'s do (55%)', () => {
    assert.equal(notTranslation({ ...longPair, agreed: 550 }), false);
  });
  it('flags one whose anchors mostly disagree (30%)', () => {
    assert.equal(notTranslation({ ...longPair, agreed: 300 }), true);
  });
});

describe('the shortfall of a long pair', () => {
  // A long text is judged on three 60-sentence windows (360 sentences): a loose translation explaining
  // them 1.5 times better than shuffled falls 2.3 spreads short of one at the threshold (1.6).
  const windows = { sentences: 360, spread: 5, anchored: 100, agreed: 60, naming: MIN_JUDGED };
  const gainAt = (ratio: number) => (windows.sentences * Math.log(ratio)) / 2;
  it('does not flag a loose translation whose order explains the texts 1.5 times better than shuffled', () => {
    assert.equal(notTranslation({ ...windows, gain: gainAt(1.5) }), false);
  });
  it('flags texts whose order explains them no better than shuffled', () => {
    assert.equal(notTranslation({ ...windows, gain: gainAt(1.05) }), true);
  });
});
