// The consistency check, across the project: the same Arabic sentence
// translated differently in two places, and the same English given for
// different Arabic. Texts are compared in matching form without final
// punctuation; very short texts (a word or two) legitimately vary and are
// left alone.

import { normaliseCollapsingSpace } from '../text/normalise';
import { findingFor } from './finding';
import type { Finding, QaPair } from './types';

const MIN_WORDS = 3;

function comparable(sentences: readonly string[]): string {
  return normaliseCollapsingSpace(sentences.join(' ')).trim().replace(/[\s.!?؟:;،,"'“”«»]+$/u, '');
}

export function checkConsistency(pairs: readonly QaPair[]): Finding[] {
  const findings: Finding[] = [];
  for (const [side, other, sideName] of [['ar', 'en', 'Arabic'], ['en', 'ar', 'English']] as const) {
    const groups = new Map<string, QaPair[]>();
    for (const pair of pairs) {
      if (pair.ar.length === 0 || pair.en.length === 0) continue;
      const key = comparable(pair[side]);
      if (key.split(' ').length < MIN_WORDS) continue;
      const group = groups.get(key);
      if (group) group.push(pair);
      else groups.set(key, [pair]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const pair of group) {
        const mine = comparable(pair[other]);
        const differing = group.find((candidate) => comparable(candidate[other]) !== mine);
        if (!differing) continue;
        const verb = side === 'ar' ? 'is translated differently in pair' : 'translates different Arabic in pair';
        findings.push(findingFor(pair, 'consistency', 'warning',
          `the same ${sideName} ${verb} ${differing.index + 1}: "${clip(differing[other].join(' '))}"`,
          `${side}:${differing.beadId}`));
      }
    }
  }
  return findings;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
