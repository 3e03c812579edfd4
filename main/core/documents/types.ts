// What every document extractor returns: the paragraphs it kept, in reading
// order, and what it dropped. assembleDocument turns this into the one text the
// project stores (main/core/documents/assemble.ts).

import type { ParagraphKind } from '../project/types';

export interface ExtractedParagraph {
  text: string;
  kind: ParagraphKind;
  style?: string;
  rtl?: boolean;
  time?: [number, number];
}

export interface ExtractedDocument {
  paragraphs: ExtractedParagraph[];
  /** What was left out, e.g. { what: 'lines of page furniture', count: 23 }; zero counts are left out. */
  dropped: { what: string; count: number }[];
  /** The encoding of a text-based format ('utf-8' for ZIP/XML containers and PDF). */
  encoding: string;
  /** Word only: the file's word/styles.xml, so a .docx export defines its styles as the source did. */
  wordStyles?: string;
}
