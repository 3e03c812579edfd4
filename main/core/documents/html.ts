// A saved web page: the article itself, the way reader modes find it, with
// Mozilla's Readability (the code behind Firefox's Reader View) over linkedom,
// a small DOM made for running in Node (no browser, no jsdom's weight).
// Navigation, sidebars, cookie notices, scripts, styles, comment forms and
// footers are dropped; the headline is kept.

import { Readability } from '@mozilla/readability';
import { decodeText } from '../text/decode';
import type { ParagraphKind } from '../project/types';
import type { ExtractedDocument, ExtractedParagraph } from './types';

// Minimal structural types: linkedom's nodes as this file uses them (the project compiles without the DOM library).
interface HtmlNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
  parentNode: HtmlNode | null;
}
interface HtmlElement extends HtmlNode {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

// linkedom ships its types for its ES module build only; its CommonJS build (what require loads) has the same API.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require('linkedom') as { parseHTML(html: string): unknown };

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'HEAD']);
const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'S', 'SUP', 'SUB', 'SMALL', 'MARK', 'ABBR', 'BDI', 'BDO', 'Q', 'CITE', 'TIME', 'FONT', 'CODE', 'KBD', 'VAR', 'DFN', 'INS', 'DEL', 'LABEL', 'DATA', 'WBR']);

export function extractHtml(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const { text: html, encoding } = decodeText(bytes, fileName);
  const { document } = parseHTML(html) as unknown as { document: HtmlElement & { body: HtmlElement | null; documentElement: HtmlElement } };
  const body = document.body ?? document.documentElement;
  const everything = blocks(body);
  const scripts = document.querySelectorAll('script, style').length;
  const headline = firstText(document.querySelectorAll('h1'));

  const article = new Readability(document as never, { charThreshold: 200, serializer: (node: unknown) => node }).parse();
  let paragraphs: ExtractedParagraph[];
  if (article?.content) {
    paragraphs = blocks(article.content as unknown as HtmlElement, article.dir === 'rtl' || isRtl(body));
    const title = headline || (article.title ?? '').trim();
    if (title && !paragraphs.slice(0, 3).some((paragraph) => paragraph.text.trim() === title)) {
      // Readability takes the headline out of the article; it goes back where the page had it.
      const order = new Map(everything.map((paragraph, index) => [paragraph.text.trim(), index]));
      const headlineAt = order.get(title) ?? -1;
      let at = paragraphs.findIndex((paragraph) => (order.get(paragraph.text.trim()) ?? Infinity) > headlineAt);
      if (at < 0) at = paragraphs.length;
      paragraphs.splice(at, 0, { text: title, kind: 'heading', ...(isRtl(document.documentElement) ? { rtl: true } : {}) });
    }
  } else {
    // No article found (a short page): everything that is not obvious furniture.
    for (const furniture of Array.from(body.querySelectorAll('nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]'))) {
      (furniture as unknown as { remove(): void }).remove();
    }
    paragraphs = blocks(body);
  }
  const keptTexts = new Set(paragraphs.map((paragraph) => paragraph.text.trim()));
  const dropped = everything.filter((paragraph) => !keptTexts.has(paragraph.text.trim())).length;
  return {
    paragraphs,
    dropped: [
      { what: 'lines of page furniture', count: dropped },
      { what: 'scripts and styles', count: scripts },
    ],
    encoding,
  };
}

/** Each block element's own text is one paragraph; inline elements are part of it; <br> is a line break. */
function blocks(root: HtmlElement, pageRtl = false): ExtractedParagraph[] {
  const result: ExtractedParagraph[] = [];
  const walk = (element: HtmlElement, kind: ParagraphKind): void => {
    let buffer = '';
    const flush = (): void => {
      if (buffer.trim() !== '') {
        const paragraph: ExtractedParagraph = { text: buffer, kind };
        if (isRtl(element, pageRtl)) paragraph.rtl = true;
        result.push(paragraph);
      }
      buffer = '';
    };
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 3) {
        buffer += collapse(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childElement = child as HtmlElement;
      const tag = childElement.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') buffer += '\n';
      else if (INLINE.has(tag)) buffer += inlineText(childElement);
      else {
        flush();
        walk(childElement, kindOf(tag, kind));
      }
    }
    flush();
  };
  walk(root, kindOf(root.tagName?.toUpperCase() ?? 'DIV', 'paragraph'));
  return result;
}

function inlineText(element: HtmlElement): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) text += collapse(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const tag = (child as HtmlElement).tagName.toUpperCase();
      if (tag === 'BR') text += '\n';
      else if (!SKIPPED.has(tag)) text += inlineText(child as HtmlElement);
    }
  }
  return text;
}

/** HTML's whitespace rule: runs of spaces, tabs and line breaks in the markup are one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

function kindOf(tag: string, inherited: ParagraphKind): ParagraphKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'TD' || tag === 'TH') return 'table-cell';
  return inherited === 'footnote' ? inherited : 'paragraph';
}

/** The nearest dir attribute decides; Readability's article is detached from the page, so the page's direction is the fallback. */
function isRtl(element: HtmlElement | null, fallback = false): boolean {
  for (let node: HtmlNode | null = element; node && node.nodeType === 1; node = node.parentNode) {
    const dir = (node as HtmlElement).getAttribute('dir');
    if (dir) return dir.toLowerCase() === 'rtl';
  }
  return fallback;
}

function firstText(elements: ArrayLike<HtmlElement>): string {
  for (const element of Array.from(elements)) {
    const text = collapse(element.textContent ?? '').trim();
    if (text) return text;
  }
  return '';
}
