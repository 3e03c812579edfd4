// The spacing check, on both sides: double spaces, spaces at the start or end
// of a sentence, and a space before punctuation ('word ,'). Each finding
// points at the characters and offers the fix.

import { findingFor } from './finding';
import type { Finding, QaPair } from './types';

const DOUBLE = /[ \u00a0\t]{2,}/g;
// A space before a mark that is followed by a space or the end (so ' ...' and ' .5' are left alone).
const BEFORE_PUNCTUATION = /[ \u00a0]+([,.;:!?،؛؟])(?=\s|$)/g;

export function checkSpacing(pair: QaPair): Finding[] {
  const findings: Finding[] = [];
  for (const side of ['ar', 'en'] as const) {
    const name = side === 'ar' ? 'Arabic' : 'English';
    pair[side].forEach((sentence, index) => {
      if (sentence.trim() === '') return;
      const at = (start: number, end: number) => ({ side, sentence: index, start, end });
      const lead = sentence.length - sentence.trimStart().length;
      if (lead > 0) {
        findings.push(findingFor(pair, 'spacing', 'info', `the ${name} sentence starts with a space`, `${side}${index}:lead`, {
          range: at(0, lead), suggestions: [''],
        }));
      }
      const trimmedEnd = sentence.trimEnd().length;
      if (trimmedEnd < sentence.length) {
        findings.push(findingFor(pair, 'spacing', 'info', `the ${name} sentence ends with a space`, `${side}${index}:trail`, {
          range: at(trimmedEnd, sentence.length), suggestions: [''],
        }));
      }
      for (const match of sentence.matchAll(DOUBLE)) {
        const start = match.index;
        if (start < lead || start >= trimmedEnd) continue;
        findings.push(findingFor(pair, 'spacing', 'warning', `double space in the ${name}`, `${side}${index}:double:${start}`, {
          range: at(start, start + match[0].length), suggestions: [' '],
        }));
      }
      for (const match of sentence.matchAll(BEFORE_PUNCTUATION)) {
        const start = match.index;
        if (start < lead) continue;
        findings.push(findingFor(pair, 'spacing', 'warning', `space before "${match[1]}" in the ${name}`, `${side}${index}:before:${start}`, {
          range: at(start, start + match[0].length), suggestions: [match[1]],
        }));
      }
    });
  }
  return findings;
}
