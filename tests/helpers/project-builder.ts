// A small project for tests, built through the real createProject: each pair's
// sentences are laid out in two source texts (one paragraph per pair) so every
// sentence has a true source range.

import { createProject } from '../../main/core/project/create';
import type { Project, ReviewStatus } from '../../main/core/project/types';

export interface PairSpec {
  ar: string[];
  en: string[];
  status?: ReviewStatus;
  confidence?: number;
  note?: string;
  reasons?: string[];
}

export const FIXED_DATE = new Date('2026-11-21T09:30:00.000Z');

export function projectFromPairs(pairs: PairSpec[], name = 'Test project'): Project {
  const ar = layOut(pairs.map((pair) => pair.ar));
  const en = layOut(pairs.map((pair) => pair.en));
  const project = createProject({
    name,
    sources: {
      ar: { fileName: 'test.ar.txt', encoding: 'utf-8', text: ar.text },
      en: { fileName: 'test.en.txt', encoding: 'utf-8', text: en.text },
    },
    arSegments: ar.segments,
    enSegments: en.segments,
    beads: pairs.map((pair, index) => ({
      ar: ar.indicesByPair[index],
      en: en.indicesByPair[index],
      confidence: pair.confidence ?? 0.9,
      reasons: pair.reasons ?? [],
    })),
    summary: { matchScore: 0.8, lengthRatio: 1.3, lengthVariance: 6 },
    now: FIXED_DATE,
  });
  pairs.forEach((pair, index) => {
    project.beads[index].status = pair.status ?? 'unreviewed';
    project.beads[index].note = pair.note ?? '';
  });
  return project;
}

/** Sentences joined by one space, pairs separated by a blank line, with each sentence's range. */
function layOut(sides: string[][]): {
  text: string; segments: { text: string; start: number; end: number }[]; indicesByPair: number[][];
} {
  let text = '';
  const segments: { text: string; start: number; end: number }[] = [];
  const indicesByPair = sides.map((sentences) => {
    if (sentences.length > 0 && text !== '') text += '\n\n';
    return sentences.map((sentence, index) => {
      if (index > 0) text += ' ';
      segments.push({ text: sentence, start: text.length, end: text.length + sentence.length });
      text += sentence;
      return segments.length - 1;
    });
  });
  return { text, segments, indicesByPair };
}
