import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreBead } from '../../../../main/core/align/align';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { countSharedKeys } from '../../../../main/core/align/key-lists';
import { arabicWordSkeletons, latinWordSkeletons } from '../../../../main/core/align/skeleton';

const summary = { matchScore: 0.9, lengthRatio: 1.15, lengthVariance: 6 };

describe('scoreBead (beads edited by hand)', () => {
  const ar = 'وأكدت الوزارة أن عدد المشاركين في المؤتمر تجاوز 1200 شخص من 35 دولة.';
  const en = 'The ministry said more than 1,200 people from 35 countries took part in the conference.';

  it('is confident about a good pair and gives no reason', () => {
    const judged = scoreBead(summary, [ar], [en]);
    assert.ok(judged.confidence > 0.8, String(judged.confidence));
    assert.deepEqual(judged.reasons, []);
  });

  it('says which numbers differ', () => {
    const judged = scoreBead(summary, [ar], [en.replace('1,200', '500')]);
    assert.deepEqual(judged.reasons, ['numbers differ: 1200 vs 500']);
    assert.ok(judged.confidence < scoreBead(summary, [ar], [en]).confidence);
  });

  it('flags an unusual length ratio and a missing side', () => {
    const judged = scoreBead(summary, [ar], ['The ministry spoke.']);
    assert.ok(judged.reasons.some((r) => /^length ratio unusual \(0\.\dx expected\)$/.test(r)), judged.reasons.join('; '));
    assert.deepEqual(scoreBead(summary, [ar], []).reasons, ['no counterpart found']);
    for (const j of [judged, scoreBead(summary, [], [en])]) assert.ok(j.confidence >= 0 && j.confidence <= 1);
  });
});

describe('name skeletons', () => {
  const pairs: Array<[string, string]> = [
    ['بوتين', 'putin'], ['لافروف', 'lavrov'], ['طاجيكستان', 'tajikistan'], ['كابولوف', 'kabulov'],
    ['واشنطن', 'washington'], ['والكرملين', 'kremlin'], ['لطالبان', 'taliban'], ['أوزبكستان', 'uzbekistan'],
  ];
  for (const [arabic, latin] of pairs) {
    it(`${arabic} meets ${latin}`, () => {
      const arabicSkeletons = arabicWordSkeletons(arabic.replace('أ', 'ا'));
      assert.ok(latinWordSkeletons(latin).some((s) => arabicSkeletons.includes(s)), `${arabicSkeletons} / ${latinWordSkeletons(latin)}`);
    });
  }
  it('does not match unrelated names', () => {
    assert.ok(!latinWordSkeletons('geneva').some((s) => arabicWordSkeletons('بوتين').includes(s)));
  });
});

describe('names a sentence pair shares', () => {
  const sharedNames = (arabic: string, english: string) => {
    const { ar, en } = extractPairFeatures([{ text: arabic, paragraph: 0 }], [{ text: english, paragraph: 0 }]);
    return countSharedKeys(en.names, 0, ar.names, 0);
  };

  it('finds capitalised words and two-word names (New York: نيويورك) in the English', () => {
    assert.equal(sharedNames('وصل بوتين إلى نيويورك.', 'Putin arrived in New York.'), 2);
    // 'York' alone does not meet نيويورك; it does once 'New' stands right before it.
    assert.equal(sharedNames('نيويورك', 'York'), 0);
    assert.equal(sharedNames('نيويورك', 'New, York'), 1);
    assert.equal(sharedNames('نيويورك', 'New and York'), 0);
  });

  it('joins each two capitalised words in a row with no letter between them, in a run of three too', () => {
    assert.equal(sharedNames('نيويورك', 'Old New York'), 1);
    assert.equal(sharedNames('نيويورك', 'New (Big) York'), 0);
    assert.equal(sharedNames('نيويورك', 'New (12) – York'), 1);
    // An accented Latin letter is a letter; a Greek one is not (as the words themselves are read).
    assert.equal(sharedNames('نيويورك', 'New é York'), 0);
    assert.equal(sharedNames('نيويورك', 'New Ω York'), 1);
  });

  it('reads a name in capitals as the same name (TALIBAN, NEW YORK)', () => {
    assert.equal(sharedNames('لمراقبة طالبان', 'WATCH THE TALIBAN'), sharedNames('لمراقبة طالبان', 'watch the Taliban'));
    assert.equal(sharedNames('وصل بوتين إلى نيويورك.', 'PUTIN ARRIVED IN NEW YORK.'), 2);
  });

  it('does not cut a name out of the middle of a word', () => {
    // 'Lavrov' in 'anti-Lavrov' and 'Putin' in 'xPutin' are inside lowercase words: not names.
    assert.equal(sharedNames('لافروف', 'Lavrov'), 1);
    assert.equal(sharedNames('لافروف', 'anti-Lavrov'), 0);
    assert.equal(sharedNames('بوتين', 'xPutin said'), 0);
    assert.equal(sharedNames('بوتين', '"Putin" said'), 1);
  });
});
