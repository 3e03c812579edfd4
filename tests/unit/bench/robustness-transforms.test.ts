import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  anchorPoor,
  condense,
  dropClause,
  fuseEnglish,
  glueFootnotes,
  joinArabic,
  longSentences,
  parseCase,
  renderCase,
  restructure,
  seededRandom,
  type GoldCase,
} from '../../bench/robustness-transforms';
import { PAIRS } from '../core/align/sentences';

/** A case as make_docs.py writes it: paragraphs of two pairs, a boilerplate line on each side. */
function buildCase(): GoldCase {
  let ar = '';
  let en = '';
  const beads: GoldCase['beads'] = [];
  PAIRS.forEach((pair, k) => {
    const sep = k === 0 ? '' : k % 2 === 0 ? '\n\n' : ' ';
    ar += sep;
    en += sep;
    if (k === 2) {
      ar += 'إعلان\n\n';
      en += 'Advertisement\n\n';
    }
    beads.push({ ar: [[ar.length, ar.length + pair.ar.length]], en: [[en.length, en.length + pair.en.length]] });
    ar += pair.ar;
    en += pair.en;
  });
  return { ar: ar + '\n', en: en + '\n', beads };
}

/** The gold beads as text, to compare cases. */
function goldTexts(goldCase: GoldCase): Array<[string, string]> {
  return goldCase.beads.map((b) => [b.ar.map(([s, e]) => goldCase.ar.slice(s, e)).join(' | '), b.en.map(([s, e]) => goldCase.en.slice(s, e)).join(' | ')]);
}

describe('robustness transforms', () => {
  it('parse and render give back the same texts and gold', () => {
    const original = buildCase();
    const doc = parseCase(original);
    assert.equal(doc.ar.filter((s) => s.bead === null).map((s) => s.text).join(), 'إعلان');
    assert.deepEqual(renderCase(doc), original);
  });

  it('anchor-poor removes numbers and names on both sides, with the Arabic spelling of the name', () => {
    const out = renderCase(anchorPoor(parseCase(buildCase())));
    assert.doesNotMatch(out.en, /450|Lavrov|Tashkent|Geneva/);
    assert.doesNotMatch(out.ar, /450|لافروف|طشقند|جنيف/);
    // Ordinary words and sentence-initial capitals stay.
    assert.match(out.en, /The president arrived/);
    assert.match(out.ar, /وصل الرئيس/);
    assert.equal(out.beads.length, PAIRS.length);
  });

  it('fuses English sentences and joins Arabic ones with و', () => {
    assert.equal(fuseEnglish('It rained.', 'The match was off.'), 'It rained; the match was off.');
    assert.equal(fuseEnglish('It rained.', 'NATO met.'), 'It rained; NATO met.');
    assert.equal(joinArabic('أمطرت.', 'ألغيت المباراة.'), 'أمطرت، وألغيت المباراة.');
    assert.equal(joinArabic('أمطرت.', 'وألغيت المباراة.'), 'أمطرت، وألغيت المباراة.');
  });

  it('restructuring makes one-to-many beads whose text is the same words', () => {
    const original = buildCase();
    const out = renderCase(restructure(parseCase(original), seededRandom(3), 1));
    const shapes = out.beads.map((b) => `${b.ar.length}-${b.en.length}`);
    assert.ok(shapes.some((s) => s !== '1-1'), shapes.join());
    assert.ok(out.beads.length < original.beads.length);
    // Every English word of the original is still there.
    for (const pair of PAIRS) assert.ok(out.en.toLowerCase().includes(pair.en.slice(1, -1).toLowerCase()), pair.en);
  });

  it('condensing drops or cuts 15-25% of the English and unlinks the Arabic left alone', () => {
    assert.equal(dropClause('The agreements signed are worth about 450 million dollars, according to official sources.'), 'The agreements signed are worth about 450 million dollars.');
    assert.equal(dropClause('Short, sentence.'), null);
    const original = buildCase();
    let dropped = 0;
    for (let seed = 0; seed < 40; seed++) {
      const out = renderCase(condense(parseCase(original), seededRandom(seed)));
      dropped += original.beads.length - out.beads.length;
      for (const [, en] of goldTexts(out)) assert.ok(en.length > 0);
    }
    const share = dropped / (40 * original.beads.length);
    assert.ok(share > 0.03 && share < 0.2, `share of beads lost ${share}`);
  });

  it('long sentences join the Arabic of a paragraph into one sentence and one bead', () => {
    const out = renderCase(longSentences(parseCase(buildCase())));
    const shapes = out.beads.map((b) => `${b.ar.length}-${b.en.length}`);
    // Paragraphs of two sentences each (see buildCase).
    assert.deepEqual(shapes, Array(PAIRS.length / 2).fill('1-2'));
    assert.doesNotMatch(out.ar.split('\n\n')[0], /\.\s/);
  });

  it('glues numbered footnote markers to words on both sides', () => {
    const out = renderCase(glueFootnotes(parseCase(buildCase()), seededRandom(1), 1));
    assert.match(out.en, /[a-z]1\b/);
    assert.match(out.ar, /[\u0600-\u06ff]1/);
    assert.equal(out.beads.length, PAIRS.length);
  });

  it('is deterministic for a seed', () => {
    const a = renderCase(restructure(parseCase(buildCase()), seededRandom(7)));
    const b = renderCase(restructure(parseCase(buildCase()), seededRandom(7)));
    assert.deepEqual(a, b);
  });
});
