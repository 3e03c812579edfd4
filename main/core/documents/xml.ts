// XML parsing for the container formats (.docx, .odt) and the bilingual files
// (XLIFF, TMX): @xmldom/xmldom, a W3C DOM in plain JavaScript (no native code,
// no browser), with namespaces. Malformed XML is an error, never a partial tree.

import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';

export type { Document, Element, Node };

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
}

export function parseXml(text: string): Document {
  const fail = (message: string): never => {
    throw new XmlSyntaxError(message.split('\n')[0]);
  };
  const parser = new DOMParser({ onError: (level, message) => { if (level !== 'warning') fail(message); } });
  let document: Document;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw error;
    throw new XmlSyntaxError((error as Error).message.split('\n')[0]);
  }
  if (!document.documentElement) fail('the document has no root element');
  return document;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** The element children of a node, in order. */
export function childElements(node: Node): Element[] {
  const result: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) result.push(child as Element);
  }
  return result;
}

/** The first child element with this namespace and local name. */
export function childElement(node: Node, namespace: string, localName: string): Element | undefined {
  return childElements(node).find((child) => child.namespaceURI === namespace && child.localName === localName);
}

/** All descendant elements with this namespace and local name, in document order. */
export function descendants(node: Node, namespace: string, localName: string): Element[] {
  const list = (node as Element).getElementsByTagNameNS(namespace, localName);
  const result: Element[] = [];
  for (let index = 0; index < list.length; index++) result.push(list.item(index) as Element);
  return result;
}
