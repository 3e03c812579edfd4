// Inline codes of XLIFF and TMX (<g>, <x/>, <ph>, <bpt>/<ept>, <it>, <pc>,
// <sc>/<ec> ...) as protected placeholders in the text: ⟦g1⟧…⟦/g1⟧, ⟦x2⟧. The
// editor shows them as tokens; exporting back to the file puts the original
// elements back by their label, so nothing of the codes is lost or invented.

import { ELEMENT_NODE, TEXT_NODE, CDATA_SECTION_NODE, type Element, type Node } from '../documents/xml';

export const PLACEHOLDER = /⟦(\/?)([^⟦⟧\s]+)⟧/g;

/** Elements whose content is translatable text (paired codes); the rest are codes whole. */
const PAIRED = new Set(['g', 'pc', 'mrk', 'hi', 'sub']);

export interface InlineCode {
  /** The element as found (serialised by the caller when writing back). */
  element: Element;
  paired: boolean;
}

/** The text of a segment with its inline codes as placeholders, and the codes by label. */
export function readInline(segment: Element, codes: Map<string, InlineCode> = new Map()): { text: string; codes: Map<string, InlineCode> } {
  const counters = new Map<string, number>();
  const walk = (node: Node): string => {
    let text = '';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        text += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const name = element.localName ?? element.nodeName;
      const id = element.getAttribute('id') || element.getAttribute('i') || element.getAttribute('x') || element.getAttribute('rid') || element.getAttribute('startRef');
      let label: string;
      if (id) label = `${name}${id}`;
      else {
        const count = (counters.get(name) ?? 0) + 1;
        counters.set(name, count);
        label = `${name}${count}`;
      }
      const paired = PAIRED.has(name);
      if (!codes.has(label)) codes.set(label, { element, paired });
      text += paired ? `⟦${label}⟧${walk(element)}⟦/${label}⟧` : `⟦${label}⟧`;
    }
    return text;
  };
  return { text: walk(segment), codes };
}

/** Whether text holds only placeholders the unit knows, each paired one opened and closed in order. */
export function placeholdersValid(text: string, codes: Map<string, InlineCode>): boolean {
  const open: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [, closing, label] = match;
    const code = codes.get(label);
    if (!code) return false;
    if (!code.paired) {
      if (closing) return false;
      continue;
    }
    if (closing) {
      if (open.pop() !== label) return false;
    } else open.push(label);
  }
  return open.length === 0;
}
