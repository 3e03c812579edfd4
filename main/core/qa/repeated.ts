// The repeated-words check: the same word twice in a row ('the the', 'في في'),
// on both sides. A few English doublings are grammatical ('had had', 'that
// that') and are left alone.

import { findingFor } from './finding';
import type { Finding, QaPair } from './types';

const REPEATED = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)(\s+)\1(?![\p{L}\p{M}])/giu;
const GRAMMATICAL = new Set(['had', 'that', 'is', 'do', 'very', 'bye', 'ha', 'no', 'so']);

export function checkRepeated(pair: QaPair): Finding[] {
  const findings: Finding[] = [];
  for (const side of ['ar', 'en'] as const) {
    const name = side === 'ar' ? 'Arabic' : 'English';
    pair[side].forEach((sentence, index) => {
      for (const match of sentence.matchAll(REPEATED)) {
        const word = match[1];
        if (side === 'en' && GRAMMATICAL.has(word.toLowerCase())) continue;
        // Arabic spells acronyms letter by letter: سي إن إن (CNN), بي بي سي (BBC).
        if (side === 'ar' && word.length <= 2) continue;
        // Only the same spelling twice: 'The the' is still a repetition, 'US us' is not.
        const second = sentence.slice(match.index + word.length + match[2].length, match.index + match[0].length);
        if (second.toLowerCase() !== word.toLowerCase()) continue;
        const start = match.index + word.length;
        findings.push(findingFor(pair, 'repeated', 'warning', `"${word}" is repeated in the ${name}`, `${side}${index}:${word.toLowerCase()}:${start}`, {
          range: { side, sentence: index, start, end: match.index + match[0].length }, suggestions: [''],
        }));
      }
    });
  }
  return findings;
}
