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

function isArabicLetter(code: number): boolean {
  return (code >= 0x620 && code <= 0x64a) || (code >= 0x66e && code <= 0x6d3) || code === 0x6d5
    || (code >= 0x6fa && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0x8a0 && code <= 0x8c9)
    || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

const ANY_LETTER = /\p{L}/u;

/** A side counts as a language when more than half of its letters are in that script. */
const MAJORITY = 0.5;

/**
 * Letters beyond this many characters are not counted: some 40 pages decide
 * the language as surely as a whole book, at a fraction of the time.
 */
export const LANGUAGE_SAMPLE_CHARS = 200_000;

/** The script shares of the text's letters (of its first LANGUAGE_SAMPLE_CHARS characters). */
export function detectLanguage(text: string): DetectedLanguage {
  let arabic = 0;
  let latin = 0;
  let letters = 0;
  const end = Math.min(text.length, LANGUAGE_SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isLatinLetter(code)) { latin++; letters++; }
    else if (code < 0x80) continue;
    else if (isArabicLetter(code)) { arabic++; letters++; }
    // Other scripts count as letters of neither language (surrogate pairs are counted by their first unit).
    // Marks, digits and punctuation of the Arabic block, and general punctuation, are not letters.
    else if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x2000 && code <= 0x206f) || code <= 0xbf) continue;
    else if (code < 0xdc00 || code > 0xdfff) {
      const ch = code >= 0xd800 && code < 0xdc00 ? text.slice(i, i + 2) : text[i];
      if (ANY_LETTER.test(ch)) letters++;
    }
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
