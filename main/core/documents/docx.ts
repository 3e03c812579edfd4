// Word (.docx, Office Open XML) read directly from its XML rather than through
// mammoth: mammoth turns the file into HTML and loses what this needs, the
// paragraph's right-to-left flag (w:bidi), its style id (kept for export) and
// the footnotes as separate notes. Runs are concatenated with nothing between
// them, so a word half in bold ("ال<b>مشر</b>وع") stays one word.

import { TextImportError } from '../text/decode';
import type { ParagraphKind } from '../project/types';
import type { ExtractedDocument, ExtractedParagraph } from './types';
import { memberText, readZip } from './zip';
import { childElement, childElements, ELEMENT_NODE, parseXml, TEXT_NODE, XmlSyntaxError, type Element, type Node } from './xml';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT_W = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

const MEMBERS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/styles.xml'];

export function extractDocx(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const members = readZip(bytes, fileName, (name) => MEMBERS.includes(name));
  const documentXml = memberText(members, 'word/document.xml');
  if (documentXml === undefined) throw new TextImportError(fileName, 'corrupt', 'it is damaged: the Word file has no word/document.xml.');
  try {
    const stylesXml = memberText(members, 'word/styles.xml');
    const headings = headingStyles(stylesXml);
    const reader = new DocxReader(headings);
    const body = parseXml(documentXml).documentElement;
    const bodyElement = body ? childElements(body).find((child) => child.localName === 'body') : undefined;
    if (bodyElement) reader.block(bodyElement, 'paragraph');
    for (const notes of ['word/footnotes.xml', 'word/endnotes.xml']) {
      const xml = memberText(members, notes);
      if (xml !== undefined) reader.notes(parseXml(xml).documentElement as Element);
    }
    return {
      paragraphs: reader.paragraphs,
      dropped: [
        { what: 'pictures and text boxes', count: reader.droppedDrawings },
        { what: 'deleted tracked changes', count: reader.droppedDeletions },
      ],
      encoding: 'utf-8',
      ...(stylesXml !== undefined ? { wordStyles: stylesXml } : {}),
    };
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new TextImportError(fileName, 'corrupt', `it is damaged: its XML cannot be read (${error.message}).`);
    throw error;
  }
}

function isW(node: Node): boolean {
  return node.namespaceURI === W || node.namespaceURI === STRICT_W;
}

function attribute(element: Element, name: string): string | null {
  return element.getAttributeNS(W, name) || element.getAttributeNS(STRICT_W, name) || element.getAttribute(`w:${name}`) || null;
}

/** An on/off property (<w:bidi/>, <w:bidi w:val="0"/>). */
function isOn(element: Element | undefined): boolean {
  if (!element) return false;
  const value = attribute(element, 'val');
  return value === null || !['0', 'false', 'off'].includes(value);
}

/** Style ids whose style is a heading (outline level or a name like "heading 1"/"Title"), from styles.xml. */
function headingStyles(stylesXml: string | undefined): Set<string> {
  const headings = new Set<string>();
  if (!stylesXml) return headings;
  const root = parseXml(stylesXml).documentElement;
  if (!root) return headings;
  for (const style of childElements(root)) {
    if (style.localName !== 'style') continue;
    const id = attribute(style, 'styleId');
    const name = childElements(style).find((child) => child.localName === 'name');
    const nameValue = name ? attribute(name, 'val') ?? '' : '';
    const pPr = childElements(style).find((child) => child.localName === 'pPr');
    const outline = pPr ? childElements(pPr).find((child) => child.localName === 'outlineLvl') : undefined;
    if (id && (/^(heading \d|title|subtitle)$/i.test(nameValue) || outline)) headings.add(id);
  }
  return headings;
}

class DocxReader {
  readonly paragraphs: ExtractedParagraph[] = [];
  droppedDrawings = 0;
  droppedDeletions = 0;
  // Inside a complex field (w:fldChar begin ... separate ... end) only the result after "separate" is text.
  private fieldDepth = 0;
  private inFieldInstruction = false;

  constructor(private readonly headings: Set<string>) {}

  /** Block-level content: paragraphs, tables (each cell's paragraphs), content controls. */
  block(container: Element, kind: ParagraphKind): void {
    for (const child of childElements(container)) {
      if (!isW(child)) {
        this.block(child, kind);
        continue;
      }
      switch (child.localName) {
        case 'p': this.paragraph(child, kind); break;
        case 'tbl': this.table(child); break;
        case 'sdt': {
          const content = childElement(child, child.namespaceURI ?? W, 'sdtContent');
          if (content) this.block(content, kind);
          break;
        }
        case 'sectPr': break;
        default: this.block(child, kind);
      }
    }
  }

  notes(root: Element): void {
    for (const note of childElements(root)) {
      if (note.localName !== 'footnote' && note.localName !== 'endnote') continue;
      // Separators and continuation notices are Word's own furniture, not notes.
      const type = attribute(note, 'type');
      if (type && type !== 'normal') continue;
      const before = this.paragraphs.length;
      this.block(note, 'footnote');
      // One note is one paragraph of the project, whatever paragraphs it had.
      const parts = this.paragraphs.splice(before).map((paragraph) => paragraph.text.trim()).filter(Boolean);
      if (parts.length > 0) this.paragraphs.push({ text: parts.join('\n'), kind: 'footnote' });
    }
  }

  private table(table: Element): void {
    for (const row of childElements(table)) {
      if (row.localName !== 'tr') continue;
      for (const cell of childElements(row)) {
        if (cell.localName === 'tc') this.block(cell, 'table-cell');
        else if (cell.localName === 'sdt') this.block(cell, 'table-cell');
      }
    }
  }

  private paragraph(paragraph: Element, kind: ParagraphKind): void {
    const properties = childElements(paragraph).find((child) => child.localName === 'pPr' && isW(child));
    const propertyChildren = properties ? childElements(properties) : [];
    const styleElement = propertyChildren.find((child) => child.localName === 'pStyle');
    const style = styleElement ? attribute(styleElement, 'val') ?? undefined : undefined;
    let paragraphKind = kind;
    if (kind === 'paragraph') {
      if (propertyChildren.some((child) => child.localName === 'outlineLvl') || (style && this.headings.has(style)) || (style && /^(Heading\d|Title)$/i.test(style))) {
        paragraphKind = 'heading';
      } else if (propertyChildren.some((child) => child.localName === 'numPr')) {
        paragraphKind = 'list-item';
      }
    }
    const text = this.inline(paragraph);
    const rtl = isOn(propertyChildren.find((child) => child.localName === 'bidi'));
    const record: ExtractedParagraph = { text, kind: paragraphKind };
    if (style) record.style = style;
    if (rtl) record.rtl = true;
    this.paragraphs.push(record);
  }

  /** The text of runs and everything that holds runs (hyperlinks, insertions, smart tags, fields). */
  private inline(container: Element): string {
    let text = '';
    for (let node = container.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      if (!isW(element)) {
        // mc:AlternateContent and the like hold drawings (text boxes); their text is not the paragraph's.
        if (element.localName === 'AlternateContent') this.droppedDrawings++;
        else text += this.inline(element);
        continue;
      }
      switch (element.localName) {
        case 'pPr': case 'rPr': case 'proofErr': case 'bookmarkStart': case 'bookmarkEnd': case 'commentRangeStart':
        case 'commentRangeEnd': case 'commentReference': case 'footnoteReference': case 'endnoteReference':
        case 'footnoteRef': case 'endnoteRef': case 'instrText': case 'delInstrText': case 'annotationRef': case 'lastRenderedPageBreak':
          break;
        case 'del': case 'moveFrom': this.droppedDeletions++; break;
        case 'drawing': case 'pict': case 'object': this.droppedDrawings++; break;
        case 'fldChar': this.fieldChar(attribute(element, 'fldCharType')); break;
        case 't':
          if (!this.inFieldInstruction) text += textContent(element);
          break;
        case 'tab': case 'ptab': if (!this.inFieldInstruction) text += '\t'; break;
        case 'br': case 'cr': if (!this.inFieldInstruction) text += '\n'; break;
        case 'noBreakHyphen': if (!this.inFieldInstruction) text += '\u2011'; break;
        case 'softHyphen': break;
        case 'sym': break;
        default: text += this.inline(element);
      }
    }
    return text;
  }

  private fieldChar(type: string | null): void {
    if (type === 'begin') {
      this.fieldDepth++;
      this.inFieldInstruction = true;
    } else if (type === 'separate') {
      this.inFieldInstruction = false;
    } else if (type === 'end') {
      this.fieldDepth = Math.max(0, this.fieldDepth - 1);
      this.inFieldInstruction = false;
    }
  }
}

export function textContent(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === 4) text += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE) text += textContent(node as Element);
  }
  return text;
}
