// Writing an edited document (edited-document.ts) as .txt, .html or .docx.
// Word output: one w:p per paragraph, right-to-left paragraphs (w:bidi, w:rtl)
// for Arabic, the source's paragraph style ids kept; styles.xml is the Word
// source's own (so the styles look as they did) or, for other sources,
// definitions made here so Word shows them by name; zipped with fflate, the same library that reads.

import { strToU8, zipSync } from 'fflate';
import { xmlAttribute, xmlText } from '../formats/xml';
import type { EditedDocument, EditedParagraph } from './edited-document';

export type DocumentOutput = 'txt' | 'html' | 'docx';

export function documentOutputFor(fileName: string): DocumentOutput | null {
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === 'txt' || extension === 'text') return 'txt';
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'docx') return 'docx';
  return null;
}

export function writeDocument(document: EditedDocument, output: DocumentOutput, title: string): string | Uint8Array {
  switch (output) {
    case 'txt': return document.plainText ?? `${document.paragraphs.map((p) => p.text).join('\n\n')}\n`;
    case 'html': return documentHtml(document, title);
    case 'docx': return documentDocx(document);
  }
}

function documentHtml(document: EditedDocument, title: string): string {
  const rtl = document.side === 'ar';
  const body: string[] = [];
  let list = false;
  let headings = 0;
  for (const paragraph of document.paragraphs) {
    const dir = paragraph.rtl !== rtl ? ` dir="${paragraph.rtl ? 'rtl' : 'ltr'}"` : '';
    const content = xmlText(paragraph.text).replace(/\n/g, '<br>\n');
    if (paragraph.kind === 'list-item' && !list) {
      body.push('<ul>');
      list = true;
    } else if (paragraph.kind !== 'list-item' && list) {
      body.push('</ul>');
      list = false;
    }
    if (paragraph.kind === 'heading') {
      const level = headings++ === 0 ? 1 : 2;
      body.push(`<h${level}${dir}>${content}</h${level}>`);
    } else if (paragraph.kind === 'list-item') body.push(`<li${dir}>${content}</li>`);
    else if (paragraph.kind === 'footnote') body.push(`<p class="footnote"${dir}><small>${content}</small></p>`);
    else body.push(`<p${dir}>${content}</p>`);
  }
  if (list) body.push('</ul>');
  return [
    '<!DOCTYPE html>',
    `<html lang="${document.side}" dir="${rtl ? 'rtl' : 'ltr'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${xmlText(title)}</title>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function documentDocx(document: EditedDocument): Uint8Array {
  const styles = new Map<string, EditedParagraph['kind']>();
  for (const paragraph of document.paragraphs) {
    const style = paragraphStyle(paragraph);
    if (style && !styles.has(style)) styles.set(style, paragraph.kind);
  }
  const paragraphs = document.paragraphs.map((paragraph) => {
    const style = paragraphStyle(paragraph);
    const properties = [
      style ? `<w:pStyle w:val="${xmlAttribute(style)}"/>` : '',
      paragraph.rtl ? '<w:bidi/>' : '',
    ].join('');
    const runProperties = paragraph.rtl ? '<w:rPr><w:rtl/></w:rPr>' : '';
    const runs = paragraph.text.split('\n').map((line, index) =>
      `<w:r>${runProperties}${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`).join('');
    return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
  });
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NAMESPACE}"><w:body>${paragraphs.join('')}`
    + `<w:sectPr>${document.side === 'ar' ? '<w:bidi/>' : ''}</w:sectPr></w:body></w:document>`;
  const language = document.side === 'ar' ? 'ar-SA' : 'en-US';
  // The source's own styles where they are written as Word writes them (the w: prefix our additions use).
  const sourceStyles = document.wordStyles !== undefined && /<w:styles[\s>]/.test(document.wordStyles) ? document.wordStyles : undefined;
  const styleXml = [...styles.entries()].filter(([id]) => !definesStyle(sourceStyles, id)).map(([id, kind]) => {
    const heading = /^heading(\d)$/i.exec(id);
    const outline = heading ? `<w:pPr><w:keepNext/><w:outlineLvl w:val="${Number(heading[1]) - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${heading[1] === '1' ? 32 : 28}"/></w:rPr>` : '';
    const name = heading ? `heading ${heading[1]}` : kind === 'footnote' && id === 'FootnoteText' ? 'footnote text' : id;
    return `<w:style w:type="paragraph" w:styleId="${xmlAttribute(id)}"><w:name w:val="${xmlAttribute(name)}"/><w:basedOn w:val="Normal"/><w:qFormat/>${outline}</w:style>`;
  }).join('');
  const stylesXml = sourceStyles !== undefined
    ? withStyles(sourceStyles, styleXml)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NAMESPACE}">`
      + `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${language}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>`
      + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
      + `${styleXml}</w:styles>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    'word/document.xml': strToU8(documentXml),
    'word/styles.xml': strToU8(stylesXml),
  });
}

/** Whether a styles.xml defines the style id. */
function definesStyle(stylesXml: string | undefined, id: string): boolean {
  return stylesXml !== undefined && new RegExp(`w:styleId="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(stylesXml);
}

/**
 * The source's styles.xml as the export's: its definitions (fonts, sizes,
 * spacing, heading levels) make the formatting real when the file is opened.
 * Styles the export uses that it lacks are added; list numbering is left out
 * of the styles, as the export has no numbering part for it to point to.
 */
function withStyles(sourceStyles: string, missing: string): string {
  const withoutNumbering = sourceStyles.replace(/<w:numPr>[\s\S]*?<\/w:numPr>|<w:numPr\s*\/>/g, '');
  const end = withoutNumbering.lastIndexOf('</w:styles>');
  return end < 0 ? withoutNumbering : withoutNumbering.slice(0, end) + missing + withoutNumbering.slice(end);
}

/** The source's style id where there was one; otherwise Word's built-in style for the kind of paragraph. */
function paragraphStyle(paragraph: EditedParagraph): string | undefined {
  if (paragraph.style) return paragraph.style;
  switch (paragraph.kind) {
    case 'heading': return 'Heading1';
    case 'list-item': return 'ListParagraph';
    case 'footnote': return 'FootnoteText';
    default: return undefined;
  }
}
