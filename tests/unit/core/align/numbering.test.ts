import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignSentences } from '../../../../main/core/align/align';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { countSharedKeys, keyCount } from '../../../../main/core/align/key-lists';
import { findNumbering } from '../../../../main/core/align/numbering';
import { normaliseCollapsingSpace } from '../../../../main/core/text/normalise';

const inputs = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));

describe('enumerators and article numbers', () => {
  it('finds a sentence-opening enumerator in either script, and not a year or a decimal', () => {
    const enumerator = (text: string) => findNumbering(normaliseCollapsingSpace(text)).enumerator;
    assert.equal(enumerator('(3) The tenant shall pay the rent.'), '3');
    assert.equal(enumerator('12. Nothing in this Article'), '12');
    assert.equal(enumerator('١٢ - يحق لكل شخص أن يعمل.'), '12');
    assert.equal(enumerator('[4] See above.'), '4');
    assert.equal(enumerator('2019 - the year of the flood.'), null);
    assert.equal(enumerator('3.5 million people voted.'), null);
    assert.equal(enumerator('12 people were hurt.'), null);
  });

  it('reads an article, section or verse reference as a reference, in either script', () => {
    assert.deepEqual(findNumbering(normaliseCollapsingSpace('Under Article 12 of the law')).references, ['12']);
    assert.deepEqual(findNumbering(normaliseCollapsingSpace('بموجب المادة (١٢) من القانون')).references, ['12']);
    assert.deepEqual(findNumbering(normaliseCollapsingSpace('verse 7 says')).references, ['7']);
  });

  it('pairs Article 12 with المادة ١٢, never with "12 people"; enumerators stay weak, not number anchors', () => {
    const { ar, en } = extractPairFeatures(
      inputs(['بموجب المادة ١٢ من القانون.', '١٢ - يحق لكل شخص أن يعمل.']),
      inputs(['Under Article 12 of the law.', 'Some 12 people were hurt.', '12. Everyone has the right to work.']),
    );
    assert.equal(countSharedKeys(en.strongNumbers, 0, ar.strongNumbers, 0), 1);
    assert.equal(countSharedKeys(en.strongNumbers, 1, ar.strongNumbers, 0), 0);
    // The enumerator: no strong key and no printable number (so no "numbers differ" reason), a weak key shared with the English one.
    assert.equal(keyCount(ar.strongNumbers, 1), 0);
    assert.deepEqual(ar.numberTexts[1], []);
    assert.equal(countSharedKeys(en.weakNumbers, 2, ar.weakNumbers, 1), 1);
    assert.equal(countSharedKeys(en.weakNumbers, 1, ar.weakNumbers, 1), 0);
  });

  it('does not pair list items by their numbers when the translation renumbered them', () => {
    // The English dropped the Arabic item 11 and renumbered: its item 11 is the Arabic 12.
    const ar = [
      '١٠ - يلتزم المستأجر بدفع الأجرة في أول كل شهر.',
      '١١ - لا يجوز للمستأجر أن يؤجر العين لغيره من الباطن دون موافقة مكتوبة من المالك، ويعد كل تأجير من هذا النوع باطلاً.',
      '١٢ - يتحمل المالك نفقات الإصلاحات الكبيرة.',
      '١٣ - ينتهي العقد بانتهاء مدته دون حاجة إلى تنبيه، ما لم يتفق الطرفان كتابة على تجديده لمدة مماثلة أو أطول.',
    ];
    const en = [
      '10. The tenant shall pay the rent on the first day of each month.',
      '11. The owner shall bear the cost of major repairs.',
      '12. The contract ends when its term expires, without notice, unless the parties agree in writing to renew it for a like or longer term.',
    ];
    const { beads } = alignSentences(inputs(ar), inputs(en));
    const partner = (r: number) => beads.find((b) => b.ar.includes(r))?.en;
    assert.deepEqual(partner(0), [0]);
    assert.deepEqual(partner(2), [1]);
    assert.deepEqual(partner(3), [2]);
  });
});
