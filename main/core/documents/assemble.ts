// From extracted paragraphs to the text a project stores: paragraphs separated
// by a blank line (the segmenter's paragraph boundary), footnotes after the body
// so they are never glued into a sentence, and each paragraph's range kept.

import type { DocumentFormat, SourceDocument, SourceParagraph } from '../project/types';
import { TextImportError } from '../text/decode';
import type { ExtractedDocument } from './types';

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Joins the paragraphs into one text; refuses a document with no text at all. */
export function assembleDocument(fileName: string, format: DocumentFormat, extracted: ExtractedDocument): SourceDocument {
  const kept = extracted.paragraphs
    .map((paragraph) => ({ ...paragraph, text: tidyParagraph(paragraph.text) }))
    .filter((paragraph) => paragraph.text !== '');
  if (kept.length === 0) throw new TextImportError(fileName, 'no-text', noTextDetail(format));
  const ordered = [...kept.filter((p) => p.kind !== 'footnote'), ...kept.filter((p) => p.kind === 'footnote')];
  const paragraphs: SourceParagraph[] = [];
  let text = '';
  for (const paragraph of ordered) {
    if (text !== '') text += PARAGRAPH_SEPARATOR;
    const record: SourceParagraph = { start: text.length, end: text.length + paragraph.text.length, kind: paragraph.kind };
    if (paragraph.style !== undefined) record.style = paragraph.style;
    if (paragraph.rtl !== undefined) record.rtl = paragraph.rtl;
    if (paragraph.time !== undefined) record.time = paragraph.time;
    paragraphs.push(record);
    text += paragraph.text;
  }
  return {
    fileName,
    encoding: extracted.encoding,
    text,
    format,
    paragraphs,
    importReport: {
      paragraphs: paragraphs.length,
      footnotes: paragraphs.filter((p) => p.kind === 'footnote').length,
      dropped: extracted.dropped.filter((item) => item.count > 0),
    },
    ...(extracted.wordStyles !== undefined ? { wordStyles: extracted.wordStyles } : {}),
  };
}

/**
 * Whitespace inside a paragraph as a reader sees it: runs of spaces and tabs
 * become one space, a line break stays a line break (soft breaks are line
 * breaks in the source too), and no line starts or ends with a space. A blank
 * line inside one paragraph would read as a paragraph boundary, so it goes.
 */
export function tidyParagraph(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\f\v]+/g, (run) => (run.includes('\u00a0') && run.length === 1 ? '\u00a0' : ' '))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function noTextDetail(format: DocumentFormat): string {
  switch (format) {
    case 'pdf': return 'the PDF has no text layer (it is probably a scan or pictures of pages); run it through OCR first, then import the result.';
    case 'html': return 'no article text was found in the web page.';
    default: return 'no text was found in it.';
  }
}

/** One line for the CLI summary and the import dialog: "kept 14 paragraphs, dropped 23 lines of page furniture, 2 footnotes". */
export function describeImport(source: SourceDocument): string {
  const report = source.importReport;
  if (!report) return '';
  const body = report.paragraphs - report.footnotes;
  const parts = [`kept ${plural(body, 'paragraph')}`];
  const dropped = report.dropped.map((item) => `${item.count} ${item.what}`);
  if (dropped.length > 0) parts.push(`dropped ${dropped.join(', ')}`);
  if (report.footnotes > 0) parts.push(`${plural(report.footnotes, 'footnote')} kept apart`);
  return parts.join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
