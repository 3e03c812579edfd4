// Month and weekday names: translated reliably and never transliterated, so
// they are anchors like numbers. Arabic in matching form (normaliseForMatching),
// both the Egyptian/Gulf month names (يناير) and the Levantine ones (كانون الثاني).

const ENGLISH = new Map<string, string>(Object.entries({
  january: 'm1', jan: 'm1', february: 'm2', feb: 'm2', march: 'm3', april: 'm4', apr: 'm4', may: 'm5',
  june: 'm6', july: 'm7', august: 'm8', aug: 'm8', september: 'm9', sept: 'm9', sep: 'm9', october: 'm10',
  oct: 'm10', november: 'm11', nov: 'm11', december: 'm12', dec: 'm12',
  monday: 'd1', tuesday: 'd2', wednesday: 'd3', thursday: 'd4', friday: 'd5', saturday: 'd6', sunday: 'd7',
}));

const ARABIC = new Map<string, string>(Object.entries({
  'يناير': 'm1', 'فبراير': 'm2', 'مارس': 'm3', 'ابريل': 'm4', 'مايو': 'm5', 'يونيو': 'm6', 'يونيه': 'm6',
  'يوليو': 'm7', 'يوليه': 'm7', 'اغسطس': 'm8', 'سبتمبر': 'm9', 'اكتوبر': 'm10', 'نوفمبر': 'm11', 'ديسمبر': 'm12',
  'شباط': 'm2', 'اذار': 'm3', 'نيسان': 'm4', 'ايار': 'm5', 'حزيران': 'm6', 'تموز': 'm7', 'ايلول': 'm9',
  'الاثنين': 'd1', 'الثلاثاء': 'd2', 'الاربعاء': 'd3', 'الخميس': 'd4', 'الجمعه': 'd5', 'السبت': 'd6', 'الاحد': 'd7',
}));

// Two-word Levantine months (كانون الثاني, تشرين الاول): the first word, then the second.
const ARABIC_TWO_WORD = new Map<string, ReadonlyMap<string, string>>([
  ['كانون', new Map([['الثاني', 'm1'], ['الاول', 'm12']])],
  ['تشرين', new Map([['الاول', 'm10'], ['الثاني', 'm11']])],
]);

/**
 * Calendar key ('m6' for June, 'd5' for Friday) of a capitalised English word
 * (lowercased), or undefined. Only capitalised words are asked: lowercase
 * 'may' and 'march' are not months.
 */
export function englishCalendarKey(lowercaseWord: string): string | undefined {
  return ENGLISH.get(lowercaseWord);
}

/** Calendar key of an Arabic word in matching form (clitics و ف ب ل stripped), given the word after it. */
export function arabicCalendarKey(word: string, nextWord: string | undefined): string | undefined {
  const direct = ARABIC.get(word) ?? (word.length > 3 && 'وفبل'.includes(word[0]) ? ARABIC.get(word.slice(1)) : undefined);
  if (direct) return direct;
  const second = ARABIC_TWO_WORD.get(word);
  return second && nextWord ? second.get(nextWord) : undefined;
}
