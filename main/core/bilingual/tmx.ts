// TMX 1.4: one pair per <tu>, the Arabic and English <tuv> found by xml:lang.
// Inline codes (<bpt>, <ept>, <ph>, <it>, <hi>) become placeholders.

import { childElements, parseXml, XmlSyntaxError, type Element } from '../documents/xml';
import type { ReviewStatus } from '../project/types';
import { readInline } from './inline-codes';
import { BilingualImportError, type BilingualFile, type BilingualUnit } from './types';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export function readTmx(text: string, fileName: string): BilingualFile {
  let root: Element;
  try {
    root = parseXml(text).documentElement as Element;
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new BilingualImportError(fileName, `it is not well-formed XML (${error.message}).`);
    throw error;
  }
  if (root.localName !== 'tmx') throw new BilingualImportError(fileName, 'it is not a TMX file (its root element is not <tmx>).');
  const body = childElements(root).find((child) => child.localName === 'body');
  const units: BilingualUnit[] = [];
  const header = childElements(root).find((child) => child.localName === 'header');
  const sourceLanguage = header?.getAttribute('srclang') ?? '';
  for (const tu of body ? childElements(body).filter((child) => child.localName === 'tu') : []) {
    const sides: Record<'ar' | 'en', string> = { ar: '', en: '' };
    for (const tuv of childElements(tu).filter((child) => child.localName === 'tuv')) {
      const language = (tuv.getAttributeNS(XML_NAMESPACE, 'lang') || tuv.getAttribute('xml:lang') || tuv.getAttribute('lang') || '').toLowerCase();
      const seg = childElements(tuv).find((child) => child.localName === 'seg');
      if (!seg) continue;
      if (language.startsWith('ar')) sides.ar = readInline(seg).text;
      else if (language.startsWith('en') || sides.en === '') sides.en = readInline(seg).text;
    }
    const props = new Map(childElements(tu).filter((child) => child.localName === 'prop').map((prop) => [prop.getAttribute('type') ?? '', prop.textContent ?? '']));
    const notes = childElements(tu).filter((child) => child.localName === 'note').map((note) => note.textContent ?? '');
    const status = props.get('x-status');
    units.push({
      key: tu.getAttribute('tuid') ?? String(units.length + 1),
      ar: sides.ar,
      en: sides.en,
      status: status === 'approved' || status === 'rejected' ? (status as ReviewStatus) : 'unreviewed',
      note: notes.join('\n'),
    });
  }
  if (units.length === 0) throw new BilingualImportError(fileName, 'it has no translation units (<tu>).');
  return { format: 'tmx', arabicSide: sourceLanguage.toLowerCase().startsWith('en') ? 'target' : 'source', units };
}
