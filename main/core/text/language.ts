// Which side is Arabic and which is English, decided by counting letters of
// each script. Good enough for whole documents: an English text quoting a few
// Arabic names, or an Arabic one citing "Kommersant", still comes out right.

export type DetectedLang = 'ar' | 'en' | 'unknown';

export interface DetectedLanguage {
  lang: DetectedLang;
  /** Share of the letters that are Arabic script, in [0, 1]. */
  arabicShare: number;
  /** Share of the letters that are Latin script, in [0, 1]. */
  latinShare: number;
}

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
const ANY_LETTER = /\p{L}/u;

/** A side counts as a language when more than half of its letters are in that script. */
const MAJORITY = 0.5;

export function detectLanguage(text: string): DetectedLanguage {
  let arabic = 0;
  let latin = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch <= '\u007f') {
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) { latin++; letters++; }
      continue;
    }
    if (ARABIC_LETTER.test(ch)) { arabic++; letters++; }
    else if (LATIN_LETTER.test(ch)) { latin++; letters++; }
    else if (ANY_LETTER.test(ch)) letters++;
  }
  const arabicShare = letters === 0 ? 0 : arabic / letters;
  const latinShare = letters === 0 ? 0 : latin / letters;
  const lang: DetectedLang = arabicShare > MAJORITY ? 'ar' : latinShare > MAJORITY ? 'en' : 'unknown';
  return { lang, arabicShare, latinShare };
}

export interface LanguageOrder<T> {
  ar: T;
  en: T;
  /** The first argument was English and the second Arabic, so they were swapped. */
  swapped: boolean;
  /** What was detected for the first and the second argument, as given. */
  detected: [DetectedLanguage, DetectedLanguage];
}

/**
 * Puts two texts given as (Arabic, English) in the right order: swaps them
 * only when the first is detected as English and the second as Arabic. Any
 * other combination (unknown, both the same) is left as given; callers can
 * warn from `detected`.
 */
export function orderByLanguage<T extends { text: string }>(first: T, second: T): LanguageOrder<T> {
  const detected: [DetectedLanguage, DetectedLanguage] = [detectLanguage(first.text), detectLanguage(second.text)];
  const swapped = detected[0].lang === 'en' && detected[1].lang === 'ar';
  return swapped
    ? { ar: second, en: first, swapped, detected }
    : { ar: first, en: second, swapped, detected };
}
