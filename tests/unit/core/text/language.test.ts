import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS, orderByLanguage } from '../../../../main/core/text/language';
import { seedPath, type Seed } from '../../../helpers/paths';

const sample = (seed: Seed) => fs.readFileSync(seedPath(seed), 'utf8');

test('the Arabic seed is Arabic although it quotes "Kommersant" and "Source link"', () => {
  const result = detectLanguage(sample('001'));
  assert.equal(result.lang, 'ar');
  assert.ok(result.arabicShare > 0.9 && result.latinShare > 0, `${result.arabicShare} / ${result.latinShare}`);
});

test('the English seed is English', () => {
  const result = detectLanguage(sample('000'));
  assert.equal(result.lang, 'en');
  assert.equal(result.arabicShare, 0);
});

test('text without letters, or evenly mixed, is unknown', () => {
  assert.equal(detectLanguage('123 456 !!!').lang, 'unknown');
  assert.equal(detectLanguage('abc أبج').lang, 'unknown');
  assert.equal(detectLanguage('Привет мир').lang, 'unknown');
});

test('orderByLanguage keeps (Arabic, English) as given', () => {
  const ar = { text: 'نص عربي قصير', id: 1 };
  const en = { text: 'A short English text', id: 2 };
  const ordered = orderByLanguage(ar, en);
  assert.equal(ordered.swapped, false);
  assert.equal(ordered.ar.id, 1);
  assert.equal(ordered.en.id, 2);
});

test('orderByLanguage swaps (English, Arabic) and says so', () => {
  const en = { text: 'A short English text', id: 2 };
  const ar = { text: 'نص عربي قصير', id: 1 };
  const ordered = orderByLanguage(en, ar);
  assert.equal(ordered.swapped, true);
  assert.equal(ordered.ar.id, 1);
  assert.equal(ordered.en.id, 2);
  assert.deepEqual(ordered.detected.map((d) => d.lang), ['en', 'ar']);
});

test('orderByLanguage does not swap when one side is not recognised', () => {
  const ordered = orderByLanguage({ text: 'English here' }, { text: '12345' });
  assert.equal(ordered.swapped, false);
  assert.equal(ordered.detected[1].lang, 'unknown');
});

test('a long text is judged from its first LANGUAGE_SAMPLE_CHARS characters', () => {
  const arabicBook = 'نص عربي طويل جداً. '.repeat(LANGUAGE_SAMPLE_CHARS / 10);
  assert.equal(detectLanguage(arabicBook + 'English appendix. '.repeat(1000)).lang, 'ar');
});
