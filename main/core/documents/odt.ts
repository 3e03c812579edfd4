// OpenDocument text (.odt): content.xml read the same way as Word's XML.
// text:p and text:h are paragraphs (headings by element), list items and table
// cells are paragraphs of their own, notes (text:note) are taken out of the
// sentence and kept apart as footnotes. A paragraph is right-to-left when its
// style (or a parent style) has style:writing-mode rl-tb.

import { TextImportError } from '../text/decode';
import type { ParagraphKind } from '../project/types';
import type { ExtractedDocument, ExtractedParagraph } from './types';
import { memberText, readZip } from './zip';
import { childElements, ELEMENT_NODE, parseXml, TEXT_NODE, XmlSyntaxError, type Element } from './xml';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

interface StyleInfo { parent?: string; rtl?: boolean }

export function extractOdt(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const members = readZip(bytes, fileName, (name) => name === 'content.xml' || name === 'styles.xml');
  const content = memberText(members, 'content.xml');
  if (content === undefined) throw new TextImportError(fileName, 'corrupt', 'it is damaged: the OpenDocument file has no content.xml.');
  try {
    const styles = new Map<string, StyleInfo>();
    const stylesXml = memberText(members, 'styles.xml');
    if (stylesXml !== undefined) collectStyles(parseXml(stylesXml).documentElement as Element, styles);
    const root = parseXml(content).documentElement as Element;
    collectStyles(root, styles);
    const reader = new OdtReader(styles);
    const body = childElements(root).find((child) => child.localName === 'body');
    const text = body ? childElements(body).find((child) => child.localName === 'text') : undefined;
    if (text) reader.block(text, 'paragraph');
    return {
      paragraphs: [...reader.paragraphs, ...reader.notes],
      dropped: [{ what: 'pictures and frames', count: reader.droppedFrames }, { what: 'deleted tracked changes', count: reader.droppedChanges }],
      encoding: 'utf-8',
    };
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new TextImportError(fileName, 'corrupt', `it is damaged: its XML cannot be read (${error.message}).`);
    throw error;
  }
}

function collectStyles(root: Element, styles: Map<string, StyleInfo>): void {
  const list = root.getElementsByTagNameNS(STYLE, 'style');
  for (let index = 0; index < list.length; index++) {
    const style = list.item(index) as Element;
    const name = style.getAttributeNS(STYLE, 'name');
    if (!name) continue;
    const info: StyleInfo = {};
    const parent = style.getAttributeNS(STYLE, 'parent-style-name');
    if (parent) info.parent = parent;
    for (const properties of childElements(style)) {
      if (properties.localName !== 'paragraph-properties') continue;
      const mode = properties.getAttributeNS(STYLE, 'writing-mode');
      if (mode) info.rtl = mode.startsWith('rl');
    }
    styles.set(name, info);
  }
}

class OdtReader {
  readonly paragraphs: ExtractedParagraph[] = [];
  readonly notes: ExtractedParagraph[] = [];
  droppedFrames = 0;
  droppedChanges = 0;

  constructor(private readonly styles: Map<string, StyleInfo>) {}

  block(container: Element, kind: ParagraphKind, into: ExtractedParagraph[] = this.paragraphs): void {
    for (const child of childElements(container)) {
      const namespace = child.namespaceURI;
      if (namespace === TEXT && (child.localName === 'p' || child.localName === 'h')) {
        const paragraphKind: ParagraphKind = child.localName === 'h' && kind === 'paragraph' ? 'heading' : kind;
        const styleName = child.getAttributeNS(TEXT, 'style-name') || undefined;
        const record: ExtractedParagraph = { text: this.inline(child), kind: paragraphKind };
        if (styleName) record.style = styleName;
        if (styleName && this.isRtl(styleName)) record.rtl = true;
        into.push(record);
      } else if (namespace === TEXT && child.localName === 'list-item') {
        this.block(child, kind === 'paragraph' ? 'list-item' : kind, into);
      } else if (namespace === TABLE && child.localName === 'table-cell') {
        this.block(child, 'table-cell', into);
      } else if (namespace === TEXT && (child.localName === 'tracked-changes' || child.localName === 'sequence-decls')) {
        if (child.localName === 'tracked-changes') this.droppedChanges += childElements(child).length;
      } else if (namespace === OFFICE && child.localName === 'forms') {
        continue;
      } else {
        this.block(child, kind, into);
      }
    }
  }

  private isRtl(styleName: string): boolean {
    for (let name: string | undefined = styleName, depth = 0; name && depth < 20; depth++) {
      const info = this.styles.get(name);
      if (!info) return false;
      if (info.rtl !== undefined) return info.rtl;
      name = info.parent;
    }
    return false;
  }

  private inline(container: Element): string {
    let text = '';
    for (let node = container.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) {
        // ODF collapses whitespace in text like HTML; spaces that count are written as text:s.
        text += (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      if (element.namespaceURI !== TEXT) {
        if (element.localName === 'frame') this.droppedFrames++;
        else if (element.localName !== 'annotation') text += this.inline(element);
        continue;
      }
      switch (element.localName) {
        case 's': text += ' '.repeat(Number(element.getAttributeNS(TEXT, 'c') || 1)); break;
        case 'tab': text += '\t'; break;
        case 'line-break': text += '\n'; break;
        case 'soft-page-break': case 'bookmark': case 'bookmark-start': case 'bookmark-end':
        case 'reference-mark': case 'change-start': case 'change-end': case 'change': break;
        case 'note': this.note(element); break;
        default: text += this.inline(element);
      }
    }
    return text;
  }

  /** The note's body becomes one footnote paragraph; its citation mark leaves the sentence. */
  private note(note: Element): void {
    const body = childElements(note).find((child) => child.localName === 'note-body');
    if (!body) return;
    const parts: ExtractedParagraph[] = [];
    this.block(body, 'footnote', parts);
    const text = parts.map((part) => part.text.trim()).filter(Boolean).join('\n');
    if (text) this.notes.push({ text, kind: 'footnote' });
  }
}
