// JSON Lines: one object per bead in document order, every bead (one-sided and
// empty ones too), so a script sees the whole alignment.

import { beadType, enOriginal, sideText } from '../project/bead';
import type { Bead, ReviewStatus } from '../project/types';
import { linesInPieces } from './plain-text';
import type { ExportedFile, ExportInput } from './types';

/** One line of the JSONL export. */
export interface JsonlRecord {
  id: string;
  /** Bead type, Arabic count first: '1-2'. */
  type: string;
  /** The side's sentences joined by one space; '' when the side is empty. */
  ar: string;
  en: string;
  /** The English as first imported. */
  en_original: string;
  status: ReviewStatus;
  confidence: number;
  note: string;
  reasons: string[];
}

export function jsonlRecord(bead: Bead): JsonlRecord {
  return {
    id: bead.id,
    type: beadType(bead),
    ar: sideText(bead, 'ar'),
    en: sideText(bead, 'en'),
    en_original: enOriginal(bead),
    status: bead.status,
    confidence: bead.confidence,
    note: bead.note,
    reasons: bead.reasons,
  };
}

export function exportJsonl(input: ExportInput): ExportedFile[] {
  return [{ suffix: '.jsonl', pieces: linesInPieces(input.beads, (bead) => JSON.stringify(jsonlRecord(bead)), '\n') }];
}
