// The untranslated check: Arabic script left in the English, or an English
// side that is the Arabic side as it was (copied instead of translated).

import { normaliseCollapsingSpace } from '../text/normalise';
import { findingFor } from './finding';
import type { Finding, QaPair } from './types';

const ARABIC_RUN = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+(?:\s+[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)*/;
const LETTER = /\p{L}/u;

export function checkUntranslated(pair: QaPair): Finding[] {
  const findings: Finding[] = [];
  pair.en.forEach((sentence, index) => {
    const run = ARABIC_RUN.exec(sentence);
    if (!run) return;
    findings.push(findingFor(pair, 'untranslated', 'error', `Arabic text left in the English: "${run[0]}"`, `script:${run[0]}`, {
      range: { side: 'en', sentence: index, start: run.index, end: run.index + run[0].length },
    }));
  });
  if (pair.ar.length > 0 && pair.en.length > 0) {
    const ar = normaliseCollapsingSpace(pair.ar.join(' ')).trim();
    const en = normaliseCollapsingSpace(pair.en.join(' ')).trim();
    if (ar === en && LETTER.test(en)) {
      findings.push(findingFor(pair, 'untranslated', 'error', 'the English is the same text as the Arabic: it was copied, not translated', 'copy'));
    }
  }
  return findings;
}
