// A bilingual file (XLIFF, TMX, two-column TSV/CSV) read as units: each unit is
// one pair of the project made from it. Inline codes are placeholders in the
// text (see inline-codes.ts), so the editor never shows raw XML.

import type { ReviewStatus } from '../project/types';

export type BilingualFormat = 'xliff-1.2' | 'xliff-2.0' | 'tmx' | 'tsv' | 'csv';

export interface BilingualUnit {
  /** The unit's id in the file (XLIFF trans-unit/unit id, "file#unit" when several files); the row or tu number otherwise. */
  key: string;
  ar: string;
  en: string;
  status: ReviewStatus;
  note: string;
}

export interface BilingualFile {
  format: BilingualFormat;
  /** Which side of the file is the Arabic one (XLIFF/TMX source or target; the first or second column). */
  arabicSide: 'source' | 'target';
  units: BilingualUnit[];
}

/** A file that cannot be read as a bilingual file; the message names it. */
export class BilingualImportError extends Error {
  override name = 'BilingualImportError';
  constructor(fileName: string, detail: string) {
    super(`Cannot import "${fileName}": ${detail}`);
  }
}
