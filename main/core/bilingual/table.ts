// Two-column TSV and CSV (RFC 4180): one pair per row. Which column is Arabic
// is found by script; a header row (ar,en,status,... as Muqabala exports, or
// any row naming the languages) is recognised and its status/note columns used.

import type { ReviewStatus } from '../project/types';
import { BilingualImportError, type BilingualFile, type BilingualUnit } from './types';

const ARABIC = /[\u0600-\u06ff]/g;

export function readTable(text: string, fileName: string, format: 'tsv' | 'csv'): BilingualFile {
  const rows = (format === 'csv' ? parseCsv(text) : text.split(/\r\n|\r|\n/).map((line) => line.split('\t')))
    .filter((row) => row.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) throw new BilingualImportError(fileName, 'it has no rows.');
  let columns: Record<string, number> = {};
  const first = rows[0].map((cell) => cell.trim().toLowerCase());
  if (first.includes('ar') || first.includes('en') || first.includes('source') || first.includes('target')) {
    columns = Object.fromEntries(first.map((name, index) => [name, index]));
    rows.shift();
  }
  if (rows.some((row) => row.length < 2)) {
    const bad = rows.findIndex((row) => row.length < 2);
    throw new BilingualImportError(fileName, `row ${bad + 1 + (Object.keys(columns).length ? 1 : 0)} has one column; a bilingual table needs two (Arabic and English).`);
  }
  let arColumn = columns.ar ?? columns.source;
  let enColumn = columns.en ?? columns.target;
  if (arColumn === undefined || enColumn === undefined) {
    // The column with more Arabic letters is the Arabic one.
    const arabicIn = (column: number): number => rows.reduce((sum, row) => sum + (row[column]?.match(ARABIC)?.length ?? 0), 0);
    [arColumn, enColumn] = arabicIn(1) > arabicIn(0) ? [1, 0] : [0, 1];
  }
  const units: BilingualUnit[] = rows.map((row, index) => {
    const status = columns.status !== undefined ? row[columns.status]?.trim() : '';
    return {
      key: String(index + 1),
      ar: row[arColumn] ?? '',
      en: row[enColumn] ?? '',
      status: status === 'approved' || status === 'rejected' ? (status as ReviewStatus) : 'unreviewed',
      note: columns.note !== undefined ? row[columns.note] ?? '' : '',
    };
  });
  return { format, arabicSide: arColumn === 0 ? 'source' : 'target', units };
}

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
