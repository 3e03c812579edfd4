// Month and weekday names: translated reliably and never transliterated, so
// they are anchors like numbers. Arabic in matching form (normaliseForMatching),
// both the Egyptian/Gulf month names (يناير) and the Levantine ones (كانون الثاني).

const ENGLISH: Readonly<Record<string, string>> = {
  january: 'm1', jan: 'm1', february: 'm2', feb: 'm2', march: 'm3', april: 'm4', apr: 'm4', may: 'm5',
  june: 'm6', july: 'm7', august: 'm8', aug: 'm8', september: 'm9', sept: 'm9', sep: 'm9', october: 'm10',
  oct: 'm10', november: 'm11', nov: 'm11', december: 'm12', dec: 'm12',
  monday: 'd1', tuesday: 'd2', wednesday: 'd3', thursday: 'd4', friday: 'd5', saturday: 'd6', sunday: 'd7',
};

const ARABIC: Readonly<Record<string, string>> = {
  'يناير': 'm1', 'فبراير': 'm2', 'مارس': 'm3', 'ابريل': 'm4', 'مايو': 'm5', 'يونيو': 'm6', 'يونيه': 'm6',
  'يوليو': 'm7', 'يوليه': 'm7', 'اغسطس': 'm8', 'سبتمبر': 'm9', 'اكتوبر': 'm10', 'نوفمبر': 'm11', 'ديسمبر': 'm12',
  'شباط': 'm2', 'اذار': 'm3', 'نيسان': 'm4', 'ايار': 'm5', 'حزيران': 'm6', 'تموز': 'm7', 'ايلول': 'm9',
  'الاثنين': 'd1', 'الثلاثاء': 'd2', 'الاربعاء': 'd3', 'الخميس': 'd4', 'الجمعه': 'd5', 'السبت': 'd6', 'الاحد': 'd7',
};

// Two-word Levantine months: the second word decides.
const ARABIC_TWO_WORD: Readonly<Record<string, string>> = {
  'كانون الثاني': 'm1', 'تشرين الاول': 'm10', 'تشرين الثاني': 'm11', 'كانون الاول': 'm12',
};

const ENGLISH_WORD = /[A-Za-z]+/g;
const ARABIC_WORD = /[\u0621-\u064a]+/g;
// 'may' and 'march' are also ordinary words: only capitalised they are months.
const CAPITALISED_ONLY = new Set(['may', 'march', 'sun', 'sat']);

/** Calendar keys ('m6' for June, 'd5' for Friday) of an English text (raw, not lowercased). */
export function englishCalendarKeys(text: string): string[] {
  const keys: string[] = [];
  for (const word of text.match(ENGLISH_WORD) ?? []) {
    const lower = word.toLowerCase();
    const key = ENGLISH[lower];
    if (!key) continue;
    if (CAPITALISED_ONLY.has(lower) && word[0] === lower[0]) continue;
    keys.push(key);
  }
  return keys;
}

/** Calendar keys of an Arabic text in matching form; clitics و ف ب ل are stripped. */
export function arabicCalendarKeys(normalised: string): string[] {
  const keys: string[] = [];
  const words = normalised.match(ARABIC_WORD) ?? [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const pair = k + 1 < words.length ? ARABIC_TWO_WORD[`${word} ${words[k + 1]}`] : undefined;
    if (pair) {
      keys.push(pair);
      k++;
      continue;
    }
    const key = ARABIC[word] ?? (/^[وفبل]/.test(word) ? ARABIC[word.slice(1)] : undefined);
    if (key) keys.push(key);
  }
  return keys;
}
