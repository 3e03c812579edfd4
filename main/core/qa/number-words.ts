// Number words of both languages, in matching form (normaliseForMatching:
// lowercase Latin; alef, yaa and taa marbuta unified, so ستة is سته and
// مائة is مايه). Units and tens add up, 'hundred' multiplies what came before,
// a scale word closes a group: ستة آلاف = six thousand = 6000.

export type NumberWord =
  | { kind: 'add'; value: number }
  | { kind: 'hundred'; value: number }
  | { kind: 'scale'; value: number }
  /** A value on its own (half, dozen): never combined with its neighbours. */
  | { kind: 'alone'; value: number };

const table = new Map<string, NumberWord>();
const put = (kind: NumberWord['kind'], value: number, words: string): void => {
  for (const word of words.split(' ')) table.set(word, { kind, value });
};

const ENGLISH_UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
ENGLISH_UNITS.forEach((word, value) => put('add', value, word));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((word, k) => put('add', 20 + 10 * k, word));
put('hundred', 100, 'hundred');
put('scale', 1e3, 'thousand');
put('scale', 1e6, 'million');
put('scale', 1e9, 'billion');
put('scale', 1e12, 'trillion');
put('alone', 0.5, 'half');
put('alone', 12, 'dozen');

put('add', 1, 'واحد واحده احد');
put('add', 2, 'اثنان اثنين اثنتان اثنتين');
put('add', 3, 'ثلاث ثلاثه');
put('add', 4, 'اربع اربعه');
put('add', 5, 'خمس خمسه');
put('add', 6, 'ست سته');
put('add', 7, 'سبع سبعه');
put('add', 8, 'ثمان ثماني ثمانيه');
put('add', 9, 'تسع تسعه');
put('add', 10, 'عشر عشره');
const ARABIC_TENS = ['عشرون عشرين', 'ثلاثون ثلاثين', 'اربعون اربعين', 'خمسون خمسين', 'ستون ستين', 'سبعون سبعين', 'ثمانون ثمانين', 'تسعون تسعين'];
ARABIC_TENS.forEach((words, k) => put('add', 20 + 10 * k, words));
put('hundred', 100, 'مئه مايه');
put('add', 200, 'مئتان مئتين مايتان مايتين');
// ثلاثمئة, ثلاثمائة ... written as one word.
['ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].forEach((unit, k) => put('add', 100 * (3 + k), `${unit}مئه ${unit}مايه`));
put('scale', 1e3, 'الف الاف');
put('add', 2e3, 'الفان الفين');
put('scale', 1e6, 'مليون ملايين');
put('add', 2e6, 'مليونان مليونين');
put('scale', 1e9, 'مليار مليارات بليون');
put('add', 2e9, 'ملياران مليارين');
put('scale', 1e12, 'تريليون ترليون');
put('alone', 0.5, 'نصف');
put('alone', 12, 'دزينه دسته');

// Clitics that glue onto an Arabic number word: وعشرون, بستة, لألف.
const ARABIC_CLITICS = ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل'];

/** The number word a token (matching form) is, with an Arabic clitic stripped; undefined when it is none. */
export function numberWord(token: string): NumberWord | undefined {
  const direct = table.get(token);
  if (direct) return direct;
  for (const clitic of ARABIC_CLITICS) {
    if (token.length > clitic.length + 1 && token.startsWith(clitic)) {
      const found = table.get(token.slice(clitic.length));
      if (found) return found;
    }
  }
  return undefined;
}

/** Words that may join two number words of one number: 'two hundred and fifty'. */
export const NUMBER_JOINERS: ReadonlySet<string> = new Set(['and', 'و']);
