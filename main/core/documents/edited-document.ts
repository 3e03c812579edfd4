// One side of a project as a document again: the source's paragraphs, each with
// the current (edited) text of the sentences that came from it. Unedited, the
// result is the source's paragraphs exactly (for plain text, the source text
// itself); sentences typed in by the reviewer follow the sentence before them.

import type { Lang, ParagraphKind, Project, Sentence, SourceParagraph } from '../project/types';

export interface EditedParagraph {
  text: string;
  kind: ParagraphKind;
  style?: string;
  rtl: boolean;
}

export interface EditedDocument {
  side: Lang;
  /** The paragraphs in source order. */
  paragraphs: EditedParagraph[];
  /** For a plain-text source: the whole text as edited with its own line ends and spacing (what .txt export writes). */
  plainText?: string;
  /** A Word source's word/styles.xml (the style definitions a .docx export carries). */
  wordStyles?: string;
}

export function editedDocument(project: Project, side: Lang): EditedDocument {
  const source = project.sources[side];
  const sentences: Sentence[] = project.beads.flatMap((bead) => bead[side]);
  const isPlain = (source.format ?? 'text') === 'text' || !source.paragraphs;
  const paragraphs = source.paragraphs ?? paragraphsOfPlainText(source.text);
  const rtlDefault = side === 'ar';
  // Each sentence goes to the paragraph its source range starts in; typed-in sentences to their predecessor's.
  const byParagraph: Sentence[][] = paragraphs.map(() => []);
  let last = 0;
  for (const sentence of sentences) {
    if (sentence.source) {
      const index = paragraphIndexAt(paragraphs, sentence.source[0]);
      last = index;
    }
    byParagraph[last].push(sentence);
  }
  let consumed = 0;
  const texts: string[] = [];
  const result: EditedParagraph[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    let cursor = Math.max(paragraph.start, consumed);
    let text = '';
    for (const sentence of byParagraph[index]) {
      if (sentence.source && sentence.source[0] >= cursor) {
        text += source.text.slice(cursor, sentence.source[0]) + sentence.text;
        cursor = sentence.source[1];
      } else {
        text += (text === '' || /\s$/.test(text) ? '' : ' ') + sentence.text;
        if (sentence.source) cursor = Math.max(cursor, sentence.source[1]);
      }
    }
    if (cursor < paragraph.end) text += source.text.slice(cursor, paragraph.end);
    consumed = Math.max(consumed, cursor);
    texts.push(text);
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const record: EditedParagraph = { text: trimmed, kind: paragraph.kind, rtl: paragraph.rtl ?? rtlDefault };
    // Style ids carry over to Word only from Word (an .odt's automatic style names mean nothing there).
    if (paragraph.style !== undefined && source.format === 'docx') record.style = paragraph.style;
    result.push(record);
  }
  const document: EditedDocument = { side, paragraphs: result };
  if (isPlain) document.plainText = plainTextAsEdited(source.text, paragraphs, texts);
  if (source.format === 'docx' && source.wordStyles !== undefined) document.wordStyles = source.wordStyles;
  return document;
}

/** A plain text's paragraphs: runs of lines between blank lines, with their ranges. */
export function paragraphsOfPlainText(text: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  const separator = /\n[ \t\r]*\n(?:[ \t\r]*\n)*/g;
  let start = 0;
  const push = (end: number): void => {
    if (text.slice(start, end).trim() !== '') paragraphs.push({ start, end, kind: 'paragraph' });
  };
  for (const match of text.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  if (paragraphs.length === 0) paragraphs.push({ start: 0, end: text.length, kind: 'paragraph' });
  return paragraphs;
}

function paragraphIndexAt(paragraphs: SourceParagraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (paragraphs[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The source text with each paragraph's range replaced by its edited text: line ends and blank lines as they were. */
function plainTextAsEdited(text: string, paragraphs: SourceParagraph[], edited: string[]): string {
  let out = '';
  let cursor = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    out += text.slice(cursor, paragraph.start) + edited[index];
    cursor = paragraph.end;
  }
  return out + text.slice(cursor);
}
