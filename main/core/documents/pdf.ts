// PDF with a text layer, read with Mozilla's pdf.js (pdfjs-dist, its "legacy"
// build made for Node; plain JavaScript, no canvas needed for text). pdf.js
// gives positioned text items and puts right-to-left text in logical order;
// this file rebuilds lines and paragraphs from their geometry, drops running
// headers, footers, page numbers and footnote marks, undoes end-of-line
// hyphenation in English, and turns Arabic presentation forms back into
// standard letters. Loaded only when a PDF is imported (it is the heaviest parser).

import { TextImportError } from '../text/decode';
import type { ParagraphKind } from '../project/types';
import type { ExtractedDocument, ExtractedParagraph } from './types';

interface TextItem { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean }
interface PageText { height: number; lines: Line[] }
interface Line {
  y: number; size: number; left: number; right: number; text: string; rtl: boolean;
  /** Pieces of the line far apart (table cells), in reading order; absent for an ordinary line. */
  cells?: Cell[];
  /** A small-print number stood before the line's first word: the line starts a footnote. */
  noteStart?: boolean;
}
interface Cell { left: number; right: number; text: string }

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

let pdfjs: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const { getDocument, OPS } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given; it gets a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new TextImportError(fileName, 'encrypted', 'the PDF is password-protected; save a copy without the password and import that.');
    }
    throw new TextImportError(fileName, 'corrupt', `it is damaged: the PDF cannot be read (${(error as Error).message}).`);
  }
  try {
    const pages: PageText[] = [];
    let footnoteMarks = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = (content.items as TextItem[]).filter((item) => typeof item.str === 'string');
      const ligatures = items.some((item) => ARABIC_LETTERS.test(item.str))
        ? ligatureRepairs(await page.getOperatorList(), OPS.showText)
        : new Map<string, string>();
      const built = buildLines(items, ligatures);
      footnoteMarks += built.footnoteMarks;
      pages.push({ height: viewport.height, lines: built.lines });
      page.cleanup();
    }
    const furniture = dropPageFurniture(pages);
    return {
      paragraphs: buildParagraphs(pages),
      dropped: [
        { what: 'lines of running headers, footers and page numbers', count: furniture },
        { what: 'footnote marks', count: footnoteMarks },
      ],
      encoding: 'utf-8',
    };
  } finally {
    await document.destroy();
  }
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;
const LATIN = /[A-Za-z]/g;

/** Items on one baseline form a line; a small-print number on a line is a footnote mark, not text. */
function buildLines(items: TextItem[], ligatures: Map<string, string>): { lines: Line[]; footnoteMarks: number } {
  const visible = items.filter((item) => item.str.trim() !== '');
  const rows: TextItem[][] = [];
  for (const item of [...visible].sort((a, b) => b.transform[5] - a.transform[5])) {
    const size = itemSize(item);
    const row = rows.find((candidate) => Math.abs(candidate[0].transform[5] - item.transform[5]) < Math.max(size, itemSize(candidate[0])) * 0.6);
    if (row) row.push(item);
    else rows.push([item]);
  }
  let footnoteMarks = 0;
  const lines: Line[] = [];
  for (const row of rows) {
    const size = Math.max(...row.map(itemSize));
    const marks: TextItem[] = [];
    const words = row.filter((item) => {
      const mark = itemSize(item) < size * 0.8 && /^\s*\d{1,3}\s*$/.test(item.str);
      if (mark) marks.push(item);
      return !mark;
    });
    footnoteMarks += marks.length;
    if (words.length === 0) continue;
    const baseline = words.find((item) => itemSize(item) === size) ?? words[0];
    const joined = words.map((item) => item.str).join('');
    const rtl = (joined.match(ARABIC)?.length ?? 0) > (joined.match(LATIN)?.length ?? 0);
    // Right-to-left lines read from the right edge leftwards.
    const ordered = [...words].sort((a, b) => (rtl ? b.transform[4] - a.transform[4] : a.transform[4] - b.transform[4]));
    const gapAfter = (previous: TextItem, item: TextItem): number =>
      rtl ? previous.transform[4] - (item.transform[4] + item.width) : item.transform[4] - (previous.transform[4] + previous.width);
    // Pieces of a line far apart are cells of a table row (words never stand two type sizes apart).
    const pieces: TextItem[][] = [];
    for (const [index, item] of ordered.entries()) {
      // A list's bullet stands well before its text: it is no cell.
      const afterBullet = pieces.length === 1 && pieces[0].every((part) => BULLET_ONLY.test(part.str));
      if (index > 0 && !afterBullet && gapAfter(ordered[index - 1], item) > size * CELL_GAP) pieces.push([item]);
      else if (pieces.length === 0) pieces.push([item]);
      else pieces[pieces.length - 1].push(item);
    }
    const cells = pieces.map((piece) => ({
      left: Math.min(...piece.map((item) => item.transform[4])),
      right: Math.max(...piece.map((item) => item.transform[4] + item.width)),
      text: pieceText(piece, size, gapAfter, ligatures),
    }));
    const left = Math.min(...cells.map((cell) => cell.left));
    const right = Math.max(...cells.map((cell) => cell.right));
    const line: Line = { y: baseline.transform[5], size, left, right, text: cells.map((cell) => cell.text).join(' '), rtl };
    if (cells.length > 1) line.cells = cells;
    // A note's own number stands before its first word (left of it, or right of it in Arabic); a mark in body text follows a word.
    if (marks.some((mark) => (rtl ? mark.transform[4] >= right - 1 : mark.transform[4] + mark.width <= left + 1))) line.noteStart = true;
    lines.push(line);
  }
  return { lines, footnoteMarks };
}

/** A gap wider than this many type sizes between two pieces of a line separates table cells. */
const CELL_GAP = 2;
const BULLET_ONLY = /^\s*[•▪◦●‣∙·\-–]\s*$/;

/** The text of items on one line, in reading order, with spaces where the gaps are. */
function pieceText(items: TextItem[], size: number, gapAfter: (previous: TextItem, item: TextItem) => number, ligatures: Map<string, string>): string {
  let text = '';
  let previous: TextItem | null = null;
  for (const item of items) {
    // A mark drawn on its own (tanween over an alef) belongs to the letter before it, not to a word of its own.
    if (previous && gapAfter(previous, item) > size * 0.15 && !/\s$/.test(text) && !/^[\s\p{M}]/u.test(item.str)) text += ' ';
    text += item.str;
    previous = item;
  }
  const repaired = ligatures.size > 0 ? text.replace(ARABIC_RUN, (run) => ligatures.get(run) ?? run) : text;
  return fixArabic(repaired.replace(/\s+/g, ' ').replace(/([\u0621-\u064a]) (\p{M}+)/gu, '$1$2').trim());
}

function itemSize(item: TextItem): number {
  return Math.hypot(item.transform[2], item.transform[3]) || item.height || 1;
}

/**
 * Running headers and footers: lines in the top or bottom tenth of the page
 * that repeat on other pages (digits ignored, so "Page 3" matches "Page 4"),
 * and lone page numbers there. Returns how many lines were dropped.
 */
function dropPageFurniture(pages: PageText[]): number {
  const key = (line: Line): string => line.text.replace(/[\d\u0660-\u0669\u06f0-\u06f9]+/g, '#');
  const inMargin = (line: Line, page: PageText): boolean => line.y > page.height * 0.9 || line.y < page.height * 0.1;
  const seen = new Map<string, number>();
  for (const page of pages) {
    for (const marginKey of new Set(page.lines.filter((line) => inMargin(line, page)).map(key))) seen.set(marginKey, (seen.get(marginKey) ?? 0) + 1);
  }
  let dropped = 0;
  for (const page of pages) {
    page.lines = page.lines.filter((line) => {
      const furniture = inMargin(line, page) && (isPageNumber(line.text) || (pages.length > 1 && (seen.get(key(line)) ?? 0) > 1));
      if (furniture) dropped++;
      return !furniture;
    });
  }
  return dropped;
}

function isPageNumber(text: string): boolean {
  return /^[-–—\s]*((page|p\.|صفحة|الصفحة)\s*)?[\d\u0660-\u0669]+(\s*(of|\/|من)\s*[\d\u0660-\u0669]+)?[-–—\s]*$/i.test(text);
}

const BULLET = /^[•▪◦●‣∙·\-–]\s*/;

/**
 * Paragraphs from line geometry: a new paragraph where the gap to the previous
 * line is clearly larger than the line spacing, where the type size changes,
 * or where a line starts with a bullet. A paragraph going on over a page break
 * is joined when the last line did not end a sentence (the footnotes at the
 * foot of the page in between do not break it). A line in pieces far apart is
 * a table row: each piece a cell of its own, and a line just under a row whose
 * pieces sit in the row's columns goes on with those cells (wrapped cell text).
 * Footnotes (see footnoteArea) are paragraphs of their own, kept apart.
 */
function buildParagraphs(pages: PageText[]): ExtractedParagraph[] {
  const paragraphs: ExtractedParagraph[] = [];
  const footnotes: ExtractedParagraph[] = [];
  let current: { lines: string[]; size: number; rtl: boolean; kind: ParagraphKind } | null = null;
  let previous: Line | null = null;
  // The last table row: its cells' paragraphs and where they stand, for wrapped cell text under it.
  let row: { line: Line; cells: { cell: Cell; lines: string[]; paragraph: ExtractedParagraph }[] } | null = null;
  const bodySize = mostCommonSize(pages);
  const flush = (): void => {
    if (current) {
      const paragraph: ExtractedParagraph = { text: joinLines(current.lines, current.rtl), kind: current.kind };
      if (current.rtl) paragraph.rtl = true;
      paragraphs.push(paragraph);
    }
    current = null;
  };
  for (const [pageIndex, page] of pages.entries()) {
    const notesFrom = footnoteArea(page);
    for (const [lineIndex, line] of page.lines.entries()) {
      if (lineIndex >= notesFrom) {
        addFootnoteLine(footnotes, line);
        continue;
      }
      const firstOnPage = lineIndex === 0 && pageIndex > 0;
      const close = previous !== null && !firstOnPage && previous.y - line.y <= previous.size * 1.5;
      if (row && close && previous === row.line && continuesRow(row.cells.map((c) => c.cell), line)) {
        for (const piece of line.cells ?? [line]) {
          const target = row.cells.find(({ cell }) => piece.left >= cell.left - line.size && piece.right <= cell.right + line.size) as (typeof row.cells)[number];
          target.lines.push(piece.text);
          target.paragraph.text = joinLines(target.lines, line.rtl);
        }
        row.line = line;
        previous = line;
        continue;
      }
      if (line.cells) {
        flush();
        row = { line, cells: line.cells.map((cell) => {
          const paragraph: ExtractedParagraph = { text: cell.text, kind: 'table-cell' };
          if (line.rtl) paragraph.rtl = true;
          paragraphs.push(paragraph);
          return { cell, lines: [cell.text], paragraph };
        }) };
        previous = line;
        continue;
      }
      row = null;
      const bullet = BULLET.test(line.text) && line.text.length > 2;
      const text = bullet ? line.text.replace(BULLET, '') : line.text;
      let startsNew = current === null || bullet || Math.abs(line.size - (current as { size: number }).size) > 0.5;
      if (!startsNew && previous) {
        if (firstOnPage) startsNew = /[.!?؟…:"”»)]$/.test(previous.text);
        else startsNew = previous.y - line.y > previous.size * 1.5;
      }
      if (startsNew) {
        flush();
        const kind: ParagraphKind = bullet ? 'list-item' : line.size > bodySize * 1.15 ? 'heading' : 'paragraph';
        current = { lines: [text], size: line.size, rtl: line.rtl, kind };
      } else {
        (current as unknown as { lines: string[] }).lines.push(text);
      }
      previous = line;
    }
  }
  flush();
  return [...paragraphs, ...footnotes];
}

/**
 * Where a page's footnotes begin (an index into its lines; the line count when
 * it has none): the first line in the lower half of the page that starts with
 * a note's own small-print number. Everything under it on the page is notes.
 */
function footnoteArea(page: PageText): number {
  const index = page.lines.findIndex((line) => line.noteStart && line.y < page.height / 2);
  return index < 0 ? page.lines.length : index;
}

/** A footnote line: a note of its own when it starts with its number, else the note above goes on. */
function addFootnoteLine(footnotes: ExtractedParagraph[], line: Line): void {
  const last = footnotes[footnotes.length - 1];
  if (line.noteStart || !last) {
    const note: ExtractedParagraph = { text: line.text, kind: 'footnote' };
    if (line.rtl) note.rtl = true;
    footnotes.push(note);
  } else {
    last.text = joinLines([last.text, line.text], line.rtl);
  }
}

/**
 * Every piece of the line stands inside one of the row's columns (and no two
 * in the same one): a wrapped cell's next line is no wider than its first.
 */
function continuesRow(columns: Cell[], line: Line): boolean {
  const pieces = line.cells ?? [line];
  const slack = line.size;
  const used = pieces.map((piece) => columns.findIndex((column) => piece.left >= column.left - slack && piece.right <= column.right + slack));
  return used.every((column) => column >= 0) && new Set(used).size === used.length;
}

function mostCommonSize(pages: PageText[]): number {
  const counts = new Map<number, number>();
  for (const page of pages) for (const line of page.lines) counts.set(Math.round(line.size), (counts.get(Math.round(line.size)) ?? 0) + line.text.length);
  let best = 12;
  let bestCount = -1;
  for (const [size, count] of counts) if (count > bestCount) [best, bestCount] = [size, count];
  return best;
}

/** Lines of one paragraph joined with a space; an English word hyphenated at a line end is joined back. */
export function joinLines(lines: string[], rtl: boolean): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (!rtl && /[a-z]-$/.test(text) && /^[a-z]/.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}

const ARABIC_LETTERS = /[\u0621-\u064a\ufb50-\ufdff\ufe70-\ufeff]/;
const ARABIC_RUN = /[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff]+/g;

interface Glyph { unicode?: string }

/**
 * pdf.js reverses a right-to-left run character by character, so a glyph that
 * stands for two letters (the lam-alef ligature, "لا") comes out reversed
 * ("ال"): "خلال" reads "خالل". The operator list has the glyphs themselves, in
 * drawing order: for each run of Arabic letters, the string pdf.js makes (its
 * characters reversed) is mapped to the right one (its glyphs reversed).
 */
function ligatureRepairs(operators: { fnArray: number[]; argsArray: unknown[][] }, showText: number): Map<string, string> {
  const repairs = new Map<string, string>();
  const standard = (text: string): string => text.replace(/[\ufb50-\ufdff\ufe70-\ufeff]+/g, (forms) => forms.normalize('NFKC'));
  // A word can be drawn by several show-text operations (kerning splits them), so a run goes on across them.
  let run: string[] = [];
  const flush = (): void => {
    if (run.some((unicode) => unicode.length > 1)) {
      const broken = [...run.join('')].reverse().join('');
      const right = [...run].reverse().join('');
      if (broken !== right) repairs.set(broken, right);
    }
    run = [];
  };
  for (let index = 0; index < operators.fnArray.length; index++) {
    if (operators.fnArray[index] !== showText) continue;
    for (const glyph of operators.argsArray[index][0] as (Glyph | number)[]) {
      if (typeof glyph !== 'object' || glyph === null) continue;
      const unicode = standard(glyph.unicode ?? '');
      // Not glyph.isSpace: subset fonts can give a letter the space's character code (ط was one), and its unicode is what counts.
      if (unicode !== '' && /^[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff]+$/.test(unicode)) run.push(unicode);
      else flush();
    }
  }
  flush();
  return repairs;
}

/**
 * Arabic as PDFs hold it: presentation forms (ﻻ ﺍ ﻟ ...) become standard
 * letters, and the lam-alef ligature that pdf.js reverses along with the
 * line ("الاجتماع" read as "االجتماع") is put back: no Arabic word has an
 * alef followed by another alef, so that pair can only be the reversed ligature.
 */
export function fixArabic(text: string): string {
  return text
    .replace(/[\ufb50-\ufdff\ufe70-\ufeff]+/g, (forms) => forms.normalize('NFKC'))
    .replace(/ا([اأإآ])ل/g, 'ال$1')
    .replace(/(^|[\s(«"“])ال(?=$|[\s.,،؛:!?؟)»"”])/g, '$1لا');
}
