import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNormalised, matchesQuery, normaliseCollapsingSpace, normaliseForMatching, normaliseWithMap } from '../../../../main/core/text/normalise';

test('tashkeel, superscript alef and tatweel are removed', () => {
  assert.equal(normaliseForMatching('مُحَمَّدٌ'), 'محمد');
  assert.equal(normaliseForMatching('كِتَابًا'), 'كتابا');
  assert.equal(normaliseForMatching('هٰذا'), 'هذا');
  assert.equal(normaliseForMatching('الســـلام'), 'السلام');
});

test('alef variants become bare alef', () => {
  assert.equal(normaliseForMatching('أحمد إبراهيم آمنة ٱلله'), 'احمد ابراهيم امنه الله');
});

test('alef maqsura and Persian yeh become yaa; hamza seats are kept', () => {
  assert.equal(normaliseForMatching('مستشفى'), 'مستشفي');
  assert.equal(normaliseForMatching('علی'), 'علي');
  assert.equal(normaliseForMatching('مسؤول مسئول'), 'مسؤول مسئول');
});

test('taa marbuta becomes haa, keheh becomes kaf', () => {
  assert.equal(normaliseForMatching('مدرسة'), 'مدرسه');
  assert.equal(normaliseForMatching('کتاب'), 'كتاب');
});

test('Arabic-Indic and extended digits and separators map to ASCII', () => {
  assert.equal(normaliseForMatching('٠١٢٣٤٥٦٧٨٩'), '0123456789');
  assert.equal(normaliseForMatching('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
  assert.equal(normaliseForMatching('٣٫٥٪ و ١٬٢٠٠'), '3.5% و 1,200');
});

test('Latin is lowercased; direction marks are dropped; other text is kept', () => {
  assert.equal(normaliseForMatching('Kommersant U.S.'), 'kommersant u.s.');
  assert.equal(normaliseForMatching('\u200fنص\u200e'), 'نص');
  assert.equal(normaliseForMatching('قال: "نعم"، ثم؟'), 'قال: "نعم"، ثم؟');
});

test('the map points each normalised character back to its origin', () => {
  const { text, origin } = normaliseWithMap('بِسْمِ');
  assert.equal(text, 'بسم');
  assert.deepEqual(origin, [0, 2, 4]);
});

test('findNormalised finds Arabic ignoring diacritics and returns ranges of the original', () => {
  const haystack = 'قَالَ الرَّئِيسُ إِنَّ المَدْرَسَةَ جديدة';
  const ranges = findNormalised(haystack, 'المدرسه');
  assert.equal(ranges.length, 1);
  const [start, end] = ranges[0];
  assert.equal(haystack.slice(start, end), 'المَدْرَسَةَ', 'the range covers the word with its final diacritic');
});

test('findNormalised finds every occurrence, across digit forms and case', () => {
  const haystack = 'In 2020 and ٢٠٢٠ and again 2020.';
  const ranges = findNormalised(haystack, '٢٠٢٠');
  assert.deepEqual(ranges.map(([s, e]) => haystack.slice(s, e)), ['2020', '٢٠٢٠', '2020']);
  assert.deepEqual(findNormalised('Putin met PUTIN', 'putin').length, 2);
});

test('an empty query (or one of diacritics only) matches nothing', () => {
  assert.deepEqual(findNormalised('نص', ''), []);
  assert.deepEqual(findNormalised('نص', 'َ'), []);
  assert.equal(matchesQuery('نص', ''), false);
});

test('matchesQuery ignores hamza forms of alef and tashkeel', () => {
  assert.equal(matchesQuery('أعرب أعضاء جمعية ويلز', 'اعضاء'), true);
  assert.equal(matchesQuery('أعرب أعضاء جمعية ويلز', 'جَمْعِيَّة'), true);
  assert.equal(matchesQuery('أعرب أعضاء جمعية ويلز', 'برلمان'), false);
});

test('normaliseCollapsingSpace is the matching form with whitespace runs as one space, trimmed', () => {
  const cases = [
    '  قَالَ\u00a0\u00a0 الرئيسُ\t\n"بوتين"  ',
    '\u200f\u0640 İstanbul  ٣٫٥ \u2003\u3000 Tokyo\ufeff',
    'ـــ', // tatweel only: nothing left
    '\u064e \u064f', // diacritics around a space: one space would lead, so none
    'a\u2028b\u2029c\u202fd',
    '',
    'Plain English, As Most Sentences Are.', // the quick path
    'ΣΟΦΙΑΣ Σ', // Greek capital sigma: lowercased unit by unit, never to the final form
    'Deseret \u{10400} stays', // astral letters are not lowercased
    ' Leading space', 'Trailing space ', 'Two  spaces',
  ];
  for (const text of cases) {
    assert.equal(normaliseCollapsingSpace(text), normaliseForMatching(text).replace(/\s+/g, ' ').trim(), JSON.stringify(text));
  }
  assert.equal(normaliseCollapsingSpace('  قَالَ   بوتين  '), 'قال بوتين');
});
