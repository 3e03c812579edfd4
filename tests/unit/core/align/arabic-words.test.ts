import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArabicWordsBuilder } from '../../../../main/core/align/arabic-words';

function wordsOf(sentences: string[]): string[][] {
  const builder = new ArabicWordsBuilder(sentences.length);
  for (const sentence of sentences) builder.add(sentence);
  const { words, occurrences, starts } = builder.finish();
  return sentences.map((_, k) => Array.from(occurrences.subarray(starts[k], starts[k + 1]), (index) => words[index]));
}

describe('Arabic words of a side', () => {
  it('gives each sentence its Arabic words in text order, a word met again being the same entry', () => {
    const builder = new ArabicWordsBuilder(2);
    builder.add('زار لافروف طشقند ثم زار موسكو');
    builder.add('وقال لافروف: ١٢ (Kommersant) طشقند');
    const { words, occurrences } = builder.finish();
    assert.deepEqual(words, ['زار', 'لافروف', 'طشقند', 'ثم', 'موسكو', 'وقال', '١٢']);
    assert.deepEqual([...occurrences], [0, 1, 2, 3, 0, 4, 5, 1, 6, 2]);
  });

  it('keeps sentences apart, including those without an Arabic word', () => {
    assert.deepEqual(wordsOf(['كانون الثاني', 'Kabul 2024', '', 'تشرين']), [['كانون', 'الثاني'], [], [], ['تشرين']]);
  });

  it('tells apart words that share a beginning or their units in another order', () => {
    // Many distinct words (past the table's first size) with shared prefixes and anagrams.
    const sentences = Array.from({ length: 3000 }, (_, k) => `كتب${String.fromCharCode(0x0628 + (k % 20))}${String.fromCharCode(0x0628 + Math.floor(k / 20) % 20)} بتك تكب كتب`);
    const got = wordsOf(sentences);
    sentences.forEach((sentence, k) => assert.deepEqual(got[k], sentence.split(' ')));
  });

  it('says so when fewer sentences were added than announced', () => {
    const builder = new ArabicWordsBuilder(2);
    builder.add('كلمة');
    assert.throws(() => builder.finish(), /1 of 2 sentences/);
  });
});
