// CSV per RFC 4180: a header row, CRLF after every record, and a field quoted
// (with inner quotes doubled) when it holds a comma, a quote, CR or LF. Text is
// kept exactly, line breaks included. No byte-order mark: the file is plain
// UTF-8 (spreadsheet users may need to pick UTF-8 when importing).

import { linesInPieces } from './plain-text';
import { TABLE_COLUMNS, tableRow } from './tsv';
import type { ExportedFile, ExportInput } from './types';

export function exportCsv(input: ExportInput): ExportedFile[] {
  const csvRow = (row: readonly string[]) => row.map(csvField).join(',');
  return [{ suffix: '.csv', pieces: linesInPieces(input.beads, (bead) => csvRow(tableRow(bead)), '\r\n', { head: [csvRow(TABLE_COLUMNS)] }) }];
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
