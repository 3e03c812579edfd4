import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { withoutFootnoteMarkers } from '../../../../main/core/align/footnotes';
import { normaliseCollapsingSpace } from '../../../../main/core/text/normalise';

const numbersOf = (text: string, lang: 'ar' | 'en') => {
  const side = [{ text, paragraph: 0 }];
  const features = extractPairFeatures(lang === 'ar' ? side : [], lang === 'en' ? side : []);
  return features[lang].numberTexts[0];
};

describe('footnote markers', () => {
  it('drops digits glued to the end of a word, in both scripts and as superscripts', () => {
    assert.equal(withoutFootnoteMarkers("the grammar of du'ali20 was"), "the grammar of du'ali was");
    assert.equal(withoutFootnoteMarkers('his clavicle was ripped2 open."3'), 'his clavicle was ripped open."3');
    assert.equal(withoutFootnoteMarkers(normaliseCollapsingSpace('قال الدؤلي٢٠ إن')), normaliseCollapsingSpace('قال الدؤلي إن'));
    assert.equal(withoutFootnoteMarkers('as noted¹² above'), 'as noted above');
  });

  it('keeps real numbers and names with a number', () => {
    for (const text of ['in 2020 there were 35 cases', 'the g7 and f16 deals', 'عام 2020 و 3.5%', 'pages 12-14']) {
      assert.equal(withoutFootnoteMarkers(text), text);
    }
  });

  it('gives no number anchor to a footnote marker, and keeps the sentence’s real numbers', () => {
    assert.deepEqual(numbersOf('Abu al-Aswad al-Du’ali20 wrote the first grammar in 688.', 'en'), ['688']);
    assert.deepEqual(numbersOf('وكتب أبو الأسود الدؤلي20 أول كتاب في النحو سنة 688.', 'ar'), ['688']);
  });
});
