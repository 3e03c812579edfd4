// The project model: what a Muqabala project file holds and what every layer
// (engine, services, IPC, renderer) passes around. Types only, no behaviour.

import type { QaSettings } from '../qa/types';

export type Lang = 'ar' | 'en';

export type ReviewStatus = 'unreviewed' | 'approved' | 'rejected';

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'approved', 'rejected'];

/** One sentence (segment) of one side of a bead. */
export interface Sentence {
  /** Stable within a project; never reused. */
  id: string;
  /** Current text: exactly as imported, or as edited. Never normalised. */
  text: string;
  /** The text as first imported ('' for text the editor typed in). */
  original: string;
  /** Character range [start, end) in the imported source text; null for typed-in text. */
  source: [number, number] | null;
  /**
   * Set when a split inside an unedited sentence made this one of its parts
   * (text and original are that part): the whole sentence as imported, so
   * "Show changes" can show the split. Absent otherwise.
   */
  importedAs?: string;
}

/** An aligned pair: n Arabic sentences with m English sentences (n-m bead). */
export interface Bead {
  id: string;
  ar: Sentence[];
  en: Sentence[];
  status: ReviewStatus;
  /** Free-text note of the reviewer ('' when none). */
  note: string;
  /** The aligner's confidence in [0, 1] that this pairing is right. */
  confidence: number;
  /** Why the bead is doubtful (human-readable, e.g. 'numbers differ: 500 vs 600'); empty when not flagged. */
  reasons: string[];
  /** Keys of quality-check findings the reviewer marked "ignore" (see core/qa); absent when none. */
  ignoredFindings?: string[];
  /** In a many-document project: the id of the document the bead belongs to; absent in a one-document project. */
  document?: string;
}

export interface SourceDocument {
  /** File name (base name) the text was imported from. */
  fileName: string;
  /** Encoding the file was decoded from, e.g. 'utf-8', 'windows-1256'. */
  encoding: string;
  /**
   * The decoded text exactly as imported (line ends included); for a document
   * (.docx, .pdf, a web page ...) the text extracted from it, paragraphs
   * separated by a blank line. Sentence ranges refer to this text.
   */
  text: string;
  /** What the file was ('text' when absent: projects saved before version 2). */
  format?: DocumentFormat;
  /** 'sha256:' and the hex digest of the original file's bytes (absent for text typed in or old projects). */
  checksum?: string;
  /** The source's paragraphs as ranges of text, in order (absent for old projects: then blank lines separate paragraphs). */
  paragraphs?: SourceParagraph[];
  /** A Word source's word/styles.xml: a .docx export defines the paragraph styles as the source did. */
  wordStyles?: string;
  /** What the import kept and dropped, as shown to the user. */
  importReport?: DocumentImportReport;
}

/** Formats Muqabala imports one side of a pair from. */
export type DocumentFormat = 'text' | 'docx' | 'odt' | 'html' | 'pdf' | 'markdown' | 'srt' | 'vtt';

/** One side as imported: its file, encoding, format, what the import kept, its language and sentence count. */
export interface ImportedSide {
  fileName: string;
  encoding: string;
  /** The file's format ('text' for plain text). */
  format: DocumentFormat;
  /** What the import kept and dropped ("kept 14 paragraphs, dropped 23 lines of page furniture"); '' for plain text. */
  imported: string;
  detectedLanguage: Lang | 'unknown';
  sentences: number;
}

export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'footnote' | 'cue';

/** One paragraph of the source: its range [start, end) in SourceDocument.text and what it was. */
export interface SourceParagraph {
  start: number;
  end: number;
  kind: ParagraphKind;
  /** The paragraph style of the source (.docx style id, .odt style name), kept for export. */
  style?: string;
  /** The source marked the paragraph right-to-left. */
  rtl?: boolean;
  /** Subtitle cue times in milliseconds. */
  time?: [number, number];
}

/** What an import took and what it left out, e.g. kept 14 paragraphs, dropped 23 lines of page furniture, 2 footnotes. */
export interface DocumentImportReport {
  /** Paragraphs taken into the text (footnotes included). */
  paragraphs: number;
  /** Footnotes and endnotes, kept apart after the body. */
  footnotes: number;
  /** What was left out and how much of it, e.g. { what: 'lines of page furniture', count: 23 }. */
  dropped: { what: string; count: number }[];
}

export interface AlignmentSummary {
  /** Whole-pair match score in [0, 1]; below MATCH_THRESHOLD the texts are probably not translations. */
  matchScore: number;
  /** Why the score is what it is, in plain words ("aligned pairs explain the texts 6× better than shuffled ones"); absent in older projects. */
  matchReason?: string;
  /** Estimated English/Arabic character-length ratio of this pair. */
  lengthRatio: number;
  /** Estimated variance of the length model (Gale-Church s²). */
  lengthVariance: number;
}

export const PROJECT_FORMAT = 'muqabala-project';
/**
 * Version 2 added the source's format, checksum, paragraphs and import report
 * (all optional, so version 1 files still open and read as plain text).
 */
export const PROJECT_VERSION = 2;
/**
 * Version 3 holds many documents (a book's chapters, a client's batch): a
 * "documents" list instead of the top-level sources and alignment, and each
 * bead names its document. Only such projects are written as version 3, so a
 * one-document project stays readable by the versions that read 2.
 */
export const MANY_DOCUMENTS_VERSION = 3;

/** One document pair of a many-document project. */
export interface ProjectDocument {
  /** Unique within the project; the pairing's id (the files' NAME, with its folder: 'book/ch01'). */
  id: string;
  sources: { ar: SourceDocument; en: SourceDocument };
  alignment: AlignmentSummary;
}

/** Where a project made from a bilingual file came from, so an XLIFF can be written back as the same file. */
export interface BilingualOrigin {
  format: 'xliff-1.2' | 'xliff-2.0' | 'tmx' | 'tsv' | 'csv';
  fileName: string;
  /** The file's text as read (XLIFF only: what the reviewed targets are written back into). */
  text?: string;
  /** Which side of the file is Arabic: the XLIFF source or target. */
  arabicSide: 'source' | 'target';
  /** The file's unit keys and the bead made from each, in file order. */
  units: { key: string; bead: string }[];
}

export interface Project {
  format: typeof PROJECT_FORMAT;
  version: number;
  name: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  /** The sources of the (first) document; of each one in `documents` when there are several. */
  sources: { ar: SourceDocument; en: SourceDocument };
  /** The (first) document's alignment summary; each document's own in `documents`. */
  alignment: AlignmentSummary;
  /**
   * Present in a many-document project (version 3): every document, in order,
   * each bead's `document` naming one; a document's beads form one run of
   * `beads`, in this order. Absent in a one-document project.
   */
  documents?: ProjectDocument[];
  beads: Bead[];
  /** Next free number for sentence and bead ids. */
  nextId: number;
  /** Present when the project was made from a bilingual file (muqabala import, File › Open Bilingual…). */
  bilingual?: BilingualOrigin;
  /** The quality checks' settings; absent until the user changes one (and in older files). */
  qa?: QaSettings;
}

/**
 * An edit the user asks for. The engine turns each into an undoable operation
 * (a list of bead splices with their inverse), so undo/redo comes from the engine.
 */
export type EditRequest =
  /** Merge the bead with the one after it. */
  | { kind: 'merge-with-next'; beadId: string }
  /** Split a bead in two: sentences before arIndex / enIndex stay in the first bead. */
  | { kind: 'split-pair'; beadId: string; arIndex: number; enIndex: number }
  /** Split one sentence in two at a character offset of its text (the cursor). */
  | { kind: 'split-sentence'; beadId: string; side: Lang; sentenceIndex: number; offset: number }
  /**
   * Split one sentence at the cursor and the bead between its two parts, as
   * one step: the other side's sentences before otherIndex stay in the first bead.
   */
  | { kind: 'split-inside-sentence'; beadId: string; side: Lang; sentenceIndex: number; offset: number; otherIndex: number }
  /** Move the first sentence of a side to the previous bead, or the last one to the next bead. */
  | { kind: 'move-sentence'; beadId: string; side: Lang; which: 'first' | 'last' }
  /** Insert an empty bead at this position (0 = before the first bead). */
  | { kind: 'insert-empty'; index: number }
  /** Delete a bead that has no sentence on either side. */
  | { kind: 'delete-empty'; beadId: string }
  /** Mark one sentence as having no counterpart: it leaves its bead and becomes a 1-0 or 0-1 bead. */
  | { kind: 'detach-sentence'; beadId: string; side: Lang; sentenceIndex: number }
  /** Replace the sentences' texts of one side of a bead (one string per sentence). */
  | { kind: 'edit-text'; beadId: string; side: Lang; texts: string[] }
  | { kind: 'set-status'; beadIds: string[]; status: ReviewStatus }
  | { kind: 'set-note'; beadId: string; note: string }
  /**
   * Replace the query, matched as Find matches it (Arabic-aware, any case), by
   * the replacement in one side's text: everywhere, or in the pairs named by
   * beadIds (Replace All, one undoable step), or only the occurrence that
   * starts at `at`.
   */
  | { kind: 'replace-text'; side: Lang; query: string; replacement: string; beadIds?: string[]; at?: { beadId: string; sentence: number; start: number } }
  /** Mark a quality-check finding of the bead as ignored (or no longer ignored), by its key. */
  | { kind: 'ignore-finding'; beadId: string; key: string; ignored: boolean }
  /** Re-align the beads from one bead to another (inclusive), keeping the rest. */
  | { kind: 'realign'; fromBeadId: string; toBeadId: string }
  /** Re-align every stretch of pairs that are not approved, keeping the approved ones (one undo step). */
  | { kind: 'realign-unreviewed' };

/** Replace deleteCount beads at index with beads: the one primitive every operation is made of. */
export interface BeadSplice {
  index: number;
  deleteCount: number;
  beads: Bead[];
}
