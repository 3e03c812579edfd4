// The NTREX quality-check fixture (tests/fixtures/qa/ntrex-pairs.jsonl) as
// pairs, and a pair builder for hand-written cases.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { QaPair } from '../../main/core/qa/types';
import { repoRoot } from './paths';

export function fixturePairs(): QaPair[] {
  const lines = readFileSync(path.join(repoRoot(), 'tests/fixtures/qa/ntrex-pairs.jsonl'), 'utf8').trim().split('\n');
  return lines.map((line, index) => {
    const record = JSON.parse(line) as { ar: string; en: string };
    return { beadId: `b${index}`, index, ar: [record.ar], en: [record.en] };
  });
}

/** A one-sentence-a-side pair. */
export function qaPair(ar: string | string[], en: string | string[], index = 0): QaPair {
  return { beadId: `b${index}`, index, ar: typeof ar === 'string' ? [ar] : ar, en: typeof en === 'string' ? [en] : en };
}

/** The English/Arabic length model of the fixture (the aligner estimates the same from a document). */
export const FIXTURE_MODEL = { ratio: 1.15, variance: 6.5 };
