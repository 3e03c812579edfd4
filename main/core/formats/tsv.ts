// Tab-separated values: a header row, then one pair per line. Tabs and line
// breaks inside a sentence or note become a space (onOneLine): TSV has no
// quoting, so there is no other way to keep the columns and rows intact.

import { sideText } from '../project/bead';
import { formatConfidence, linesInPieces, onOneLine } from './plain-text';
import type { ExportedFile, ExportInput } from './types';

export const TABLE_COLUMNS = ['ar', 'en', 'status', 'confidence', 'note'] as const;

/** One row of the TSV and CSV exports, in TABLE_COLUMNS order. */
export function tableRow(bead: ExportInput['beads'][number]): string[] {
  return [sideText(bead, 'ar'), sideText(bead, 'en'), bead.status, formatConfidence(bead.confidence), bead.note];
}

export function exportTsv(input: ExportInput): ExportedFile[] {
  const tsvRow = (row: readonly string[]) => row.map(onOneLine).join('\t');
  return [{ suffix: '.tsv', pieces: linesInPieces(input.beads, (bead) => tsvRow(tableRow(bead)), '\n', { head: [tsvRow(TABLE_COLUMNS)] }) }];
}
