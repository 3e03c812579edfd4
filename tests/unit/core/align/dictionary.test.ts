import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { alignSentences, type AlignedBead, type AlignInput } from '../../../../main/core/align/align';
import { DictionaryFormatError, parseDictdDictionary, parseDictionary } from '../../../../main/core/align/dictionary';
import { PAIRS } from './sentences';

const FREEDICT_INDEX = '/usr/share/dictd/freedict-ara-eng.index';
const FREEDICT_DATA = '/usr/share/dictd/freedict-ara-eng.dict.dz';

describe('parseDictionary (TSV)', () => {
  it('reads entries, several translations, comments and blank lines', () => {
    const dictionary = parseDictionary('# a comment\n\nكتاب\tbook;volume\r\nرئيس الوزراء\tprime minister\n', 'tsv');
    assert.equal(dictionary.size, 2);
    assert.deepEqual([...dictionary.translations('كتاب')], ['book', 'volume']);
    assert.deepEqual([...dictionary.translations('رئيس الوزراء')], ['prime', 'minister']);
  });

  it('matches Arabic in matching form and through clitics', () => {
    const dictionary = parseDictionary('مَدْرَسَة\tschool\n', 'tsv');
    // Diacritics and taa marbuta are normalised on both sides; و and ال are stripped when looking up.
    assert.deepEqual([...dictionary.translations('والمدرسه')], ['school']);
    assert.deepEqual([...dictionary.translations('مدرسه')], ['school']);
    assert.deepEqual([...dictionary.translations('كتاب')], []);
  });

  it('names the line of a malformed entry', () => {
    assert.throws(() => parseDictionary('كتاب\tbook\nقلم pen\n', 'tsv'), (error: unknown) => {
      assert.ok(error instanceof DictionaryFormatError);
      assert.match(error.message, /line 2/);
      return true;
    });
    assert.throws(() => parseDictionary('كتاب\t ; \n', 'tsv'), /line 1: no English translation/);
  });
});

describe('parseDictdDictionary', () => {
  it('reads a dictd index and gzip-compressed data', () => {
    const entries = ['كتاب /kitaːb/\n1. book\n2. volume\n', 'قلم /qalam/\n1. pen\n'];
    const data = Buffer.from(entries.join(''), 'utf8');
    const b64 = (n: number) => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      let out = '';
      do { out = alphabet[n % 64] + out; n = Math.floor(n / 64); } while (n > 0);
      return out;
    };
    const first = Buffer.byteLength(entries[0]);
    const index = `00databaseinfo\tA\tB\nكتاب\t${b64(0)}\t${b64(first)}\nقلم\t${b64(first)}\t${b64(Buffer.byteLength(entries[1]))}\n`;
    const dictionary = parseDictdDictionary(index, gzipSync(data));
    assert.equal(dictionary.size, 2);
    assert.deepEqual([...dictionary.translations('كتاب')], ['book', 'volume']);
    assert.deepEqual([...dictionary.translations('قلم')], ['pen']);
    assert.deepEqual([...parseDictdDictionary(index, data).translations('قلم')], ['pen'], 'uncompressed data too');
  });

  it('reads FreeDict ara-eng when it is installed', (t) => {
    if (!existsSync(FREEDICT_INDEX) || !existsSync(FREEDICT_DATA)) {
      t.skip('dict-freedict-ara-eng is not installed');
      return;
    }
    const dictionary = parseDictdDictionary(readFileSync(FREEDICT_INDEX, 'utf8'), readFileSync(FREEDICT_DATA));
    assert.ok(dictionary.size > 40_000, `${dictionary.size} headwords`);
    assert.ok(dictionary.translations('الحكومه').includes('government'));
  });
});

describe('a dictionary as alignment evidence', () => {
  it('decides which sentence has no counterpart when lengths cannot', () => {
    const side = (texts: string[]): AlignInput[] => texts.map((text) => ({ text, paragraph: 0 }));
    // Three Arabic sentences of about the same length, between context pairs; the English renders the first and the third.
    const arCase = [
      'ذهب الولد الصغير إلى المدرسة الجديدة في الصباح الباكر مع أصدقائه وحمل معه حقيبة ثقيلة مليئة بالكتب.',
      'اشترت الأم الخبز والحليب والفاكهة من السوق القريب من البيت ثم عادت بسرعة لتطبخ طعام الغداء للعائلة.',
      'جلس الأب في الحديقة الواسعة خلف البيت وقرأ كتابا قديما عن تاريخ المدينة حتى غروب الشمس في المساء.',
    ];
    const enCase = [
      'The little boy went to the new school early in the morning with his friends, carrying a heavy bag full of books.',
      'The father sat in the large garden behind the house and read an old book about the history of the city until sunset in the evening.',
    ];
    const ar = side([...PAIRS.slice(0, 4).map((p) => p.ar), ...arCase, ...PAIRS.slice(4).map((p) => p.ar)]);
    const en = side([...PAIRS.slice(0, 4).map((p) => p.en), ...enCase, ...PAIRS.slice(4).map((p) => p.en)]);
    const dictionary = parseDictionary(
      [
        'ولد\tboy', 'صغير\tlittle;small', 'مدرسة\tschool', 'جديد\tnew', 'صباح\tmorning', 'صديق\tfriend', 'حقيبة\tbag',
        'ثقيل\theavy', 'كتب\tbooks', 'أم\tmother', 'خبز\tbread', 'حليب\tmilk', 'فاكهة\tfruit', 'سوق\tmarket', 'بيت\thouse',
        'طعام\tfood', 'غداء\tlunch', 'عائلة\tfamily', 'أب\tfather', 'جلس\tsat', 'كتاب\tbook', 'حديقة\tgarden', 'واسع\tlarge',
        'قديم\told', 'تاريخ\thistory', 'مدينة\tcity', 'شمس\tsun;sunset', 'مساء\tevening', 'قرأ\tread', 'ذهب\twent;go',
      ].join('\n'),
      'tsv',
    );
    const caseBeads = (beads: AlignedBead[]) => beads.filter((b) => b.ar.some((i) => i >= 4 && i <= 6)).map((b) => [b.ar, b.en]);
    const expected = [[[4], [4]], [[5], []], [[6], [5]]];
    assert.deepEqual(caseBeads(alignSentences(ar, en, { dictionary }).beads), expected);
    // Without it, lengths alone choose another reading: the dictionary is what decided.
    assert.notDeepEqual(caseBeads(alignSentences(ar, en).beads), expected);
  });
});
