import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseDictionary } from '../../../../main/core/align/dictionary';
import { extractEnglishFeatures, extractPairFeatures, scanSide } from '../../../../main/core/align/features';
import type { AlignInput } from '../../../../main/core/align/types';
import { repoRoot } from '../../../helpers/paths';

// NTREX lines, with an enumerator, an article reference, a scaled number, a
// Latin name inside Arabic and a month: every kind of key the vocabulary holds.
function side(lang: 'ar' | 'en'): AlignInput[] {
  const lines = readFileSync(path.join(repoRoot(), 'tests/fixtures/ntrex', `ntrex-13-docs.${lang}.txt`), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const extra = lang === 'ar'
    ? ['3. وفق المادة 12 دفعت Kommersant مبلغ 100 ألف في تشرين الاول.']
    : ['3. Under Article 12, Kommersant paid 100 thousand in October.'];
  return [...lines, ...extra].map((text, k) => ({ text, paragraph: Math.floor(k / 3) }));
}

test('features from a prepared English side and Arabic scan equal those made in one go, with and without a dictionary', () => {
  const ar = side('ar');
  const en = side('en');
  const dictionary = parseDictionary('الرئيس\tpresident\nقال\tsaid\nالحكومة\tgovernment\nالمادة\tarticle\n', 'tsv');
  for (const dict of [undefined, dictionary]) {
    const whole = extractPairFeatures(ar, en, dict);
    const prepared = extractPairFeatures(ar, en, dict, { english: extractEnglishFeatures(en, dict !== undefined), arabic: scanSide(ar, 'ar') });
    assert.ok(whole.ar.names.values.length > 100 && whole.ar.strongNumbers.values.length > 10);
    if (dict) assert.ok(whole.ar.dictionaryKeys.values.length > 0 && whole.en.dictionaryKeys.values.length > 0);
    assert.deepStrictEqual(prepared, whole);
  }
});

test('English features made for another dictionary setting are refused', () => {
  const ar = side('ar');
  const en = side('en');
  assert.throws(() => extractPairFeatures(ar, en, undefined, { english: extractEnglishFeatures(en, true) }), /another dictionary setting/);
});
