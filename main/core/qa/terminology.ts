// The terminology check: where an Arabic term of the glossary is present, one
// of its English renderings must be; a forbidden English term must not be.
// Terms are found in matching form (diacritics, letter variants and case
// ignored) and as whole words: an Arabic term may carry a clitic (لمجلس
// الأمن), an English one a plural or possessive ending (Councils, Council's).

import { ARABIC_PREFIXES } from '../align/skeleton';
import { findNormalised } from '../text/normalise';
import { findingFor } from './finding';
import type { Finding, GlossaryEntry, QaPair, TermRange } from './types';

const LETTER = /[\p{L}\p{M}]/u;
const ENGLISH_ENDINGS = ["'s", '’s', 'es', 's'];

/** [start, end) ranges of the whole-word occurrences of a term in a text. */
export function termOccurrences(text: string, term: string, lang: 'ar' | 'en'): Array<[number, number]> {
  if (term.trim() === '') return [];
  return findNormalised(text, term).filter(([start, end]) => {
    const before = text.slice(0, start);
    const startsWord = lang === 'ar' ? arabicWordStart(before) : !LETTER.test(before.slice(-1));
    if (!startsWord) return false;
    const after = text.slice(end);
    if (!LETTER.test(after.charAt(0))) return true;
    return lang === 'en' && ENGLISH_ENDINGS.some((ending) => after.toLowerCase().startsWith(ending) && !LETTER.test(after.charAt(ending.length)));
  });
}

/** The term starts a word, or follows a clitic that starts one (و، ب، ل، ال ...). */
function arabicWordStart(before: string): boolean {
  if (!LETTER.test(before.slice(-1))) return true;
  return ARABIC_PREFIXES.some((prefix) => before.endsWith(prefix) && !LETTER.test(before.slice(0, -prefix.length).slice(-1)));
}

/**
 * Where the glossary's terms occur in a pair: its Arabic terms present in the
 * Arabic, and their English terms (accepted or forbidden) in the English.
 */
export function glossaryRanges(pair: QaPair, glossary: readonly GlossaryEntry[]): TermRange[] {
  const ranges: TermRange[] = [];
  for (const entry of glossary) {
    if (entry.source !== 'glossary' || entry.arabic === '') continue;
    const about = { arabic: entry.arabic, english: entry.english };
    const arabic = pair.ar.flatMap((sentence, index) => termOccurrences(sentence, entry.arabic, 'ar')
      .map(([start, end]): TermRange => ({ side: 'ar', sentence: index, start, end, ...about })));
    if (arabic.length === 0) continue;
    ranges.push(...arabic);
    for (const term of [...entry.english, ...entry.forbidden]) {
      pair.en.forEach((sentence, index) => {
        for (const [start, end] of termOccurrences(sentence, term, 'en')) ranges.push({ side: 'en', sentence: index, start, end, ...about });
      });
    }
  }
  return ranges;
}

export function checkTerminology(pair: QaPair, glossary: readonly GlossaryEntry[]): Finding[] {
  const findings: Finding[] = [];
  const arPresent = (term: string) => pair.ar.some((sentence) => termOccurrences(sentence, term, 'ar').length > 0);
  const enPresent = (term: string) => pair.en.some((sentence) => termOccurrences(sentence, term, 'en').length > 0);
  for (const entry of glossary) {
    const arabicHere = entry.arabic === '' || arPresent(entry.arabic);
    if (!arabicHere || pair.en.length === 0) continue;
    if (entry.arabic !== '' && entry.english.length > 0 && !entry.english.some(enPresent)) {
      const wanted = entry.english.map((term) => `"${term}"`).join(' or ');
      const message = entry.source === 'lexicon'
        ? `"${entry.arabic}" was approved as ${wanted} in earlier pairs; this English has neither`
        : `the glossary renders "${entry.arabic}" as ${wanted}; the English has none of them`;
      findings.push(findingFor(pair, 'terminology', entry.source === 'lexicon' ? 'info' : 'warning', message, `missing:${entry.arabic}`));
    }
    for (const term of entry.forbidden) {
      pair.en.forEach((sentence, index) => {
        for (const [start, end] of termOccurrences(sentence, term, 'en')) {
          const why = entry.arabic === '' ? 'a forbidden term' : `a forbidden rendering of "${entry.arabic}"`;
          findings.push(findingFor(pair, 'terminology', 'error', `"${sentence.slice(start, end)}" is ${why} in the glossary`, `forbidden:${term}:${index}:${start}`, {
            range: { side: 'en', sentence: index, start, end }, suggestions: entry.english.slice(0, 3),
          }));
        }
      });
    }
  }
  return findings;
}
