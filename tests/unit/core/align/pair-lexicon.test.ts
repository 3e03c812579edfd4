import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignSentences } from '../../../../main/core/align/align';
import { Model1 } from '../../../../main/core/align/model1';
import { arabicStems, englishWords, lexiconDictionary, WordIds } from '../../../../main/core/align/pair-lexicon';
import { PAIRS } from './sentences';

describe('Model1 (IBM Model 1 by EM)', () => {
  it('learns which word translates which from co-occurrence alone', () => {
    // The textbook case: "das" meets "the" in every pair, "haus" only "the" and "house".
    const ids = new WordIds();
    const pairs = [
      { ar: ids.arIds(['das', 'haus']), en: ids.enIds(['the', 'house']) },
      { ar: ids.arIds(['das', 'buch']), en: ids.enIds(['the', 'book']) },
      { ar: ids.arIds(['ein', 'buch']), en: ids.enIds(['a', 'book']) },
    ];
    const model = new Model1(pairs.map((pair) => ({ source: pair.ar, target: pair.en })), ids.ar.size, ids.en.size);
    model.train();
    const p = (a: string, e: string) => model.probability(ids.ar.get(a) as number, ids.en.get(e) as number);
    assert.ok(p('das', 'the') > 0.6, `t(the|das) = ${p('das', 'the')}`);
    assert.ok(p('buch', 'book') > 0.6, `t(book|buch) = ${p('buch', 'book')}`);
    assert.ok(p('haus', 'house') > p('haus', 'the'), 'haus is house, not the');
    assert.ok(p('ein', 'a') > p('ein', 'book'), 'ein is a, not book');
  });
});

describe('lexiconDictionary (the lexicon learnt from a pair)', () => {
  const beads = [
    { ar: 'لقي راكب دراجة مصرعه في حادث مع سيارة في المدينة.', en: 'A cyclist died in a crash with a car in the city.' },
    { ar: 'وتوقف سائق السيارة بعد الحادث.', en: 'The driver of the car stopped after the crash.' },
    { ar: 'وقالت الشرطة إن راكب الدراجة توفي في المستشفى.', en: 'Police said the cyclist died in hospital.' },
    { ar: 'وأغلقت الشرطة الطريق أمام السيارات.', en: 'Police closed the road to cars.' },
  ];

  it("offers a recurring word's translation through its clitics", () => {
    const dictionary = lexiconDictionary(beads);
    assert.ok(dictionary.translations('والسيارة').includes('car'), `السيارة → ${dictionary.translations('والسيارة').join(',')}`);
    assert.ok(dictionary.translations('الشرطة').includes('police'));
    // Seen in one bead only: not enough to learn from.
    assert.deepEqual([...dictionary.translations('المستشفى')], []);
  });

  it("keeps the user's dictionary and adds to it", () => {
    const user = { size: 1, translations: (word: string) => (word === 'المستشفى' ? ['hospital'] : []) };
    const dictionary = lexiconDictionary(beads, user);
    assert.deepEqual([...dictionary.translations('المستشفى')], ['hospital']);
    assert.ok(dictionary.translations('السيارة').includes('car'));
  });

  it('reads content words only', () => {
    assert.deepEqual(englishWords('The drivers of the car stopped.'), ['driver', 'car', 'stopped']);
    assert.deepEqual(arabicStems('وتوقف سائق السيارة في'), ['توقف', 'سائق', 'سيار']);
  });
});

describe('alignSentences with learnLexicon', () => {
  it('aligns again and still covers every sentence once, in order', () => {
    const ar = PAIRS.map((p, k) => ({ text: p.ar, paragraph: k }));
    const en = PAIRS.map((p, k) => ({ text: p.en, paragraph: k }));
    const progress: number[] = [];
    const result = alignSentences(ar, en, { learnLexicon: true, onProgress: (f) => progress.push(f) });
    assert.deepEqual(result.beads.flatMap((b) => b.ar), ar.map((_, k) => k));
    assert.deepEqual(result.beads.flatMap((b) => b.en), en.map((_, k) => k));
    assert.ok(result.beads.every((b) => b.ar.length === 1 && b.en.length === 1), 'clean one-to-one pairs stay one-to-one');
    assert.equal(progress[progress.length - 1], 1);
    assert.ok(progress.every((f, k) => k === 0 || f >= progress[k - 1]), 'progress never goes back');
  });
});
