// XLIFF 1.2 and 2.0 as CAT tools write them: units (in groups, in several
// <file>s), inline codes, notes, states. Reading gives the units; writing back
// takes the original file and changes only the targets and states of units the
// reviewer changed, so headers, other attributes, codes, notes and untouched
// units go back to the CAT tool as they came.

import { XMLSerializer } from '@xmldom/xmldom';
import { childElements, parseXml, XmlSyntaxError, type Document, type Element } from '../documents/xml';
import type { ReviewStatus } from '../project/types';
import { PLACEHOLDER, placeholdersValid, readInline, type InlineCode } from './inline-codes';
import { BilingualImportError, type BilingualFile, type BilingualUnit } from './types';

const XLIFF_12 = 'urn:oasis:names:tc:xliff:document:1.2';
const XLIFF_20 = 'urn:oasis:names:tc:xliff:document:2.0';

/** One translatable segment of the file, where it lives in the tree. */
interface SegmentRef {
  key: string;
  /** trans-unit (1.2) or segment (2.0). */
  holder: Element;
  /** trans-unit (1.2) or unit (2.0): where notes live. */
  unit: Element;
  source: Element;
  target: Element | undefined;
}

interface ParsedXliff {
  document: Document;
  version: '1.2' | '2.0';
  sourceLanguage: string;
  targetLanguage: string;
  segments: SegmentRef[];
}

function parse(text: string, fileName: string): ParsedXliff {
  let document: Document;
  try {
    document = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new BilingualImportError(fileName, `it is not well-formed XML (${error.message}).`);
    throw error;
  }
  const root = document.documentElement as Element;
  const namespace = root.namespaceURI;
  const version = namespace === XLIFF_20 || root.getAttribute('version')?.startsWith('2') ? '2.0' : '1.2';
  if (root.localName !== 'xliff') throw new BilingualImportError(fileName, 'it is not an XLIFF file (its root element is not <xliff>).');
  const segments: SegmentRef[] = [];
  const files = childElements(root).filter((child) => child.localName === 'file');
  let sourceLanguage = root.getAttribute('srcLang') ?? '';
  let targetLanguage = root.getAttribute('trgLang') ?? '';
  for (const [fileIndex, file] of files.entries()) {
    if (version === '1.2') {
      sourceLanguage ||= file.getAttribute('source-language') ?? '';
      targetLanguage ||= file.getAttribute('target-language') ?? '';
    }
    const prefix = files.length > 1 ? `${file.getAttribute(version === '1.2' ? 'original' : 'id') ?? fileIndex}#` : '';
    collectUnits(file, version, prefix, segments);
  }
  return { document, version, sourceLanguage, targetLanguage, segments };
}

function collectUnits(container: Element, version: '1.2' | '2.0', prefix: string, into: SegmentRef[]): void {
  for (const child of childElements(container)) {
    const name = child.localName;
    if (version === '1.2' && name === 'trans-unit') {
      if (child.getAttribute('translate') === 'no') continue;
      const source = childElements(child).find((element) => element.localName === 'source');
      if (!source) continue;
      const target = childElements(child).find((element) => element.localName === 'target');
      into.push({ key: prefix + (child.getAttribute('id') ?? String(into.length + 1)), holder: child, unit: child, source, target });
    } else if (version === '2.0' && name === 'unit') {
      if (child.getAttribute('translate') === 'no') continue;
      const parts = childElements(child).filter((element) => element.localName === 'segment');
      for (const [index, segment] of parts.entries()) {
        const source = childElements(segment).find((element) => element.localName === 'source');
        if (!source) continue;
        const target = childElements(segment).find((element) => element.localName === 'target');
        const unitId = child.getAttribute('id') ?? String(into.length + 1);
        const key = prefix + (parts.length > 1 ? `${unitId}/${segment.getAttribute('id') ?? index + 1}` : unitId);
        into.push({ key, holder: segment, unit: child, source, target });
      }
    } else if (name !== 'alt-trans' && name !== 'originalData' && name !== 'notes' && name !== 'header' && name !== 'skeleton') {
      // <body>, <group> (either version) hold units.
      collectUnits(child, version, prefix, into);
    }
  }
}

function statusOf(segment: SegmentRef, version: '1.2' | '2.0'): ReviewStatus {
  if (version === '1.2') {
    const state = segment.target?.getAttribute('state') ?? '';
    if (segment.unit.getAttribute('approved') === 'yes' || state === 'final' || state === 'signed-off') return 'approved';
    if (state === 'needs-review-translation') return 'rejected';
    return 'unreviewed';
  }
  const state = segment.holder.getAttribute('state') ?? '';
  if (segment.holder.getAttribute('subState') === 'mq:rejected') return 'rejected';
  return state === 'final' ? 'approved' : 'unreviewed';
}

function notesOf(segment: SegmentRef): string {
  const notes: Element[] = [];
  for (const child of childElements(segment.unit)) {
    if (child.localName === 'note') notes.push(child);
    if (child.localName === 'notes') notes.push(...childElements(child).filter((note) => note.localName === 'note'));
  }
  return notes.map((note) => (note.textContent ?? '').trim()).filter(Boolean).join('\n');
}

function isArabic(language: string): boolean {
  return /^ar(-|_|$)/i.test(language);
}

export function readXliff(text: string, fileName: string): BilingualFile {
  const parsed = parse(text, fileName);
  const arabicSide = isArabic(parsed.targetLanguage) && !isArabic(parsed.sourceLanguage) ? 'target' : 'source';
  const units: BilingualUnit[] = parsed.segments.map((segment) => {
    const codes = new Map<string, InlineCode>();
    const source = readInline(segment.source, codes).text;
    const target = segment.target ? readInline(segment.target, codes).text : '';
    return {
      key: segment.key,
      ar: arabicSide === 'source' ? source : target,
      en: arabicSide === 'source' ? target : source,
      status: statusOf(segment, parsed.version),
      note: notesOf(segment),
    };
  });
  if (units.length === 0) throw new BilingualImportError(fileName, 'it has no translation units.');
  return { format: parsed.version === '1.2' ? 'xliff-1.2' : 'xliff-2.0', arabicSide, units };
}

/** A reviewed unit: its target text (with placeholders) and status. */
export interface ReviewedUnit {
  target: string;
  status: ReviewStatus;
}

/**
 * The original XLIFF with the targets and states of the units whose target or
 * status differ from the file's. Everything else is serialised as parsed.
 */
export function writeBackXliff(original: string, fileName: string, reviewed: Map<string, ReviewedUnit>): string {
  const parsed = parse(original, fileName);
  for (const segment of parsed.segments) {
    const update = reviewed.get(segment.key);
    if (!update) continue;
    const codes = new Map<string, InlineCode>();
    readInline(segment.source, codes);
    const sourceText = readInline(segment.source, codes).text;
    const current = segment.target ? readInline(segment.target, codes).text : '';
    const status = statusOf(segment, parsed.version);
    if (current === update.target && status === update.status) continue;
    if (current !== update.target) {
      // The codes of the target as the file had it (or of the source, for a new target) must all be there, each once.
      const expected = placeholderLabels(segment.target && current !== '' ? current : sourceText);
      if (!placeholdersValid(update.target, codes) || placeholderLabels(update.target) !== expected) {
        throw new BilingualImportError(fileName, `unit "${segment.key}": the edited target's inline codes do not match the source's (a placeholder was removed, added or unbalanced).`);
      }
      const target = segment.target ?? createTarget(parsed, segment);
      while (target.firstChild) target.removeChild(target.firstChild);
      appendInline(parsed.document, target, update.target, codes);
    }
    setStatus(parsed, segment, update.status);
  }
  const serialised = new XMLSerializer().serializeToString(parsed.document);
  return original.endsWith('\n') && !serialised.endsWith('\n') ? `${serialised}\n` : serialised;
}

function placeholderLabels(text: string): string {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[0]).sort().join('');
}

function createTarget(parsed: ParsedXliff, segment: SegmentRef): Element {
  const target = parsed.document.createElementNS(segment.source.namespaceURI, segment.source.prefix ? `${segment.source.prefix}:target` : 'target');
  if (parsed.version === '1.2' && parsed.targetLanguage) target.setAttribute('xml:lang', parsed.targetLanguage);
  const next = segment.source.nextSibling;
  segment.holder.insertBefore(target, next);
  segment.target = target;
  return target;
}

function setStatus(parsed: ParsedXliff, segment: SegmentRef, status: ReviewStatus): void {
  if (parsed.version === '1.2') {
    const target = segment.target ?? createTarget(parsed, segment);
    target.setAttribute('state', status === 'approved' ? 'final' : status === 'rejected' ? 'needs-review-translation' : 'translated');
    if (status === 'approved') segment.unit.setAttribute('approved', 'yes');
    else if (segment.unit.hasAttribute('approved')) segment.unit.setAttribute('approved', 'no');
    return;
  }
  segment.holder.setAttribute('state', status === 'approved' ? 'final' : 'translated');
  // XLIFF 2.0 has no "rejected" state; a subState in Muqabala's namespace says so and other tools ignore it.
  if (status === 'rejected') {
    const root = parsed.document.documentElement as Element;
    if (!root.getAttribute('xmlns:mq')) root.setAttribute('xmlns:mq', 'urn:x-muqabala:xliff');
    segment.holder.setAttribute('subState', 'mq:rejected');
  } else if (segment.holder.getAttribute('subState') === 'mq:rejected') {
    segment.holder.removeAttribute('subState');
  }
}

/** Text with placeholders back into nodes: text, and clones of the unit's code elements. */
function appendInline(document: Document, parent: Element, text: string, codes: Map<string, InlineCode>): void {
  const stack: Element[] = [parent];
  let last = 0;
  const top = (): Element => stack[stack.length - 1];
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) top().appendChild(document.createTextNode(text.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, label] = match;
    const code = codes.get(label) as InlineCode;
    if (closing) stack.pop();
    else if (code.paired) {
      const element = code.element.cloneNode(false) as Element;
      top().appendChild(element);
      stack.push(element);
    } else top().appendChild(code.element.cloneNode(true));
  }
  if (last < text.length) top().appendChild(document.createTextNode(text.slice(last)));
}

