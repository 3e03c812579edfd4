// Arabic-aware matching for the search box. The engine has the reference
// normaliser (main/core/text/normalise.ts, normaliseForMatching), but the
// renderer may import only types from main/. Until the main process offers a
// search method, this is the one switch point: replace foldForMatching's body
// (or createTextMatcher) with a call to it and nothing else changes.

const DIACRITICS_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ -> ا
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g;

/** Text folded so that spelling variants a reader treats as the same compare equal. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFC')
    .replace(DIACRITICS_AND_TATWEEL, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(/\u0649/g, '\u064A') // ى -> ي
    .replace(/\u0629/g, '\u0647') // ة -> ه
    .replace(ARABIC_INDIC_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x06F0))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',')
    .replace(/\u066A/g, '%')
    .toLowerCase();
}

/** A predicate that says whether a text contains the query (folded on both sides). */
export function createTextMatcher(query: string): (text: string) => boolean {
  const needle = foldForMatching(query.trim());
  if (needle === '') return () => true;
  return (text) => foldForMatching(text).includes(needle);
}
