// What every export format shares: the format names, what each writes, and the
// error an export raises. main/ipc/contract.ts carries the same two types for the
// renderer (structurally identical, so one is assignable to the other).

import type { Bead } from '../project/types';

export type ExportFormat = 'tmx' | 'xliff' | 'tsv' | 'csv' | 'jsonl' | 'moses';

export interface ExportFormatInfo {
  format: ExportFormat;
  label: string;
  /** File extension(s) written, e.g. ['.tmx'] or ['.ar', '.en'] for Moses. */
  extensions: string[];
  /** JSONL carries every bead; the others only beads with both sides. */
  needsBothSides: boolean;
}

export interface ExportOptions {
  /** Every bead instead of the approved ones only. */
  all: boolean;
  /** Muqabala's version, written where a format records the tool (TMX, XLIFF). */
  toolVersion: string;
  /** The creation date formats record (TMX); defaults to now. */
  now?: Date;
}

/** One file of an export: the suffix to add to the output path prefix ('.tmx', or '.ar' and '.en') and its text. */
export interface ExportedFile {
  suffix: string;
  /**
   * The file's text in order, in pieces of a few dozen beads (inPieces): written
   * piece by piece, a large export is never held whole. Each reading makes the
   * pieces again from the beads; joinPieces gives the whole text where a small one is needed.
   */
  pieces: Iterable<string>;
}

/** What a format writer gets: the selected beads, in document order, and where they come from. */
export interface ExportInput {
  beads: Bead[];
  projectName: string;
  /** File name of the Arabic source text (XLIFF's `original`). */
  sourceFileName: string;
  toolVersion: string;
  now: Date;
}

/** An export that cannot be written; the message is for the user. */
export class ExportError extends Error {
  override name = 'ExportError';
}
