// The punctuation check: quotes or brackets left open on one side only, a
// question (؟ / ?) or exclamation in one language and not the other, and
// sentence-final punctuation that differs. Quotes that open in one pair and
// close in the next are common in news, so a side is only flagged when the
// other side is balanced.

import { findingFor } from './finding';
import type { Finding, QaPair } from './types';

const PAIRS: ReadonlyArray<[string, string, string]> = [
  ['(', ')', 'bracket'], ['[', ']', 'square bracket'], ['{', '}', 'brace'], ['“', '”', 'quotation mark'], ['«', '»', 'quotation mark'],
];
const TRAILING_CLOSERS = /[\s"'“”‘’«»)\]}]+$/;

/** Marks left open (or closed without opening) in a text, by kind. */
function unbalanced(text: string): Set<string> {
  const open = new Set<string>();
  for (const [opener, closer, kind] of PAIRS) {
    let depth = 0;
    let broken = false;
    for (const ch of text) {
      if (ch === opener) depth++;
      else if (ch === closer) {
        depth--;
        if (depth < 0) broken = true;
      }
    }
    if (depth !== 0 || broken) open.add(kind);
  }
  return open;
}

type Final = '.' | '?' | '!' | ':' | '';

function finalMark(text: string): Final {
  const last = text.replace(TRAILING_CLOSERS, '').slice(-1);
  if (last === '.' || last === '…' || last === '۔') return '.';
  if (last === '?' || last === '؟') return '?';
  if (last === '!') return '!';
  if (last === ':') return ':';
  return '';
}

const FINAL_NAME: Record<Final, string> = { '.': 'a full stop', '?': 'a question mark', '!': 'an exclamation mark', ':': 'a colon', '': 'no final punctuation' };

export function checkPunctuation(pair: QaPair): Finding[] {
  if (pair.ar.length === 0 || pair.en.length === 0) return [];
  const ar = pair.ar.join(' ');
  const en = pair.en.join(' ');
  const findings: Finding[] = [];
  const arOpen = unbalanced(ar);
  const enOpen = unbalanced(en);
  for (const kind of new Set([...arOpen, ...enOpen])) {
    if (arOpen.has(kind) && enOpen.has(kind)) continue;
    const side = arOpen.has(kind) ? 'Arabic' : 'English';
    findings.push(findingFor(pair, 'punctuation', 'warning', `a ${kind} is not closed (or not opened) in the ${side}, but is in the ${side === 'Arabic' ? 'English' : 'Arabic'}`, `unbalanced:${side}:${kind}`));
  }
  // Quotations often run over several pairs, and translations move the marks
  // about: an odd number of quotes is only flagged in an English whose Arabic
  // has no quotation at all.
  if ((en.match(/"/g) ?? []).length % 2 === 1 && !/["“”«»]/.test(ar)) {
    findings.push(findingFor(pair, 'punctuation', 'warning', 'the English has a quotation mark that is not closed, and the Arabic has no quotation', 'unbalanced:English:straight quote'));
  }
  const arQuestion = /[?؟]/.test(ar);
  const enQuestion = en.includes('?');
  if (arQuestion !== enQuestion) {
    findings.push(findingFor(pair, 'punctuation', 'warning', arQuestion ? 'the Arabic asks a question (؟) and the English does not' : 'the English asks a question (?) and the Arabic does not', 'question'));
  }
  const arFinal = finalMark(ar);
  const enFinal = finalMark(en);
  // A question mark difference is already said above. Arabic often drops a
  // final full stop (after a closing quote above all): only an English that
  // drops one is flagged.
  const dropped = arFinal === '.' && enFinal === '';
  const differs = arFinal !== '' && enFinal !== '' && arFinal !== enFinal && arFinal !== '?' && enFinal !== '?';
  if ((dropped || differs) && arQuestion === enQuestion) {
    findings.push(findingFor(pair, 'punctuation', 'info', `the Arabic ends with ${FINAL_NAME[arFinal]}, the English with ${FINAL_NAME[enFinal]}`, `final:${arFinal}${enFinal}`));
  }
  return findings;
}
