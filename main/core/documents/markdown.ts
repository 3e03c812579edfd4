// Markdown (.md): the text a reader sees. Block structure (headings, list items,
// quotes, table cells, paragraphs) becomes paragraphs; inline markup (emphasis,
// links, images, code spans, HTML tags) is removed and its text kept. Code
// blocks and front matter are dropped: they are not prose to translate.

import type { ExtractedDocument, ExtractedParagraph } from './types';

export function extractMarkdown(decoded: { text: string; encoding: string }): ExtractedDocument {
  let lines = decoded.text.replace(/\r\n?/g, '\n').split('\n');
  let codeBlocks = 0;
  let frontMatter = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      lines = lines.slice(end + 1);
      frontMatter = 1;
    }
  }
  const paragraphs: ExtractedParagraph[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push({ text: current.join('\n'), kind: 'paragraph' });
    current = [];
  };
  let fence: string | null = null;
  let grid: GridTable | null = null;
  for (const line of lines) {
    // A pandoc grid table: cells between the border's '+' columns, a cell's wrapped lines joined.
    const isBorder = GRID_BORDER.test(line);
    if (grid !== null && !isBorder && !/^\s*\|.*\|\s*$/.test(line)) {
      paragraphs.push(...gridRow(grid));
      grid = null;
    }
    if (isBorder) {
      flush();
      if (grid !== null) paragraphs.push(...gridRow(grid));
      grid = { cuts: [...line.matchAll(/\+/g)].map((match) => match.index ?? 0), cells: [] };
      continue;
    }
    if (grid !== null) {
      const { cuts, cells } = grid;
      for (let k = 0; k + 1 < cuts.length; k++) cells[k] = `${cells[k] ?? ''} ${line.slice(cuts[k] + 1, cuts[k + 1])}`;
      continue;
    }
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    const fenceStart = /^\s{0,3}(```|~~~)/.exec(line);
    if (fenceStart) {
      flush();
      fence = fenceStart[1];
      codeBlocks++;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(\s+#+\s*)?$/.exec(line);
    if (heading) {
      flush();
      paragraphs.push({ text: inline(heading[1]), kind: 'heading' });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && current.length > 0) {
      // A setext heading underline: the paragraph so far is a heading.
      paragraphs.push({ text: current.join('\n'), kind: 'heading' });
      current = [];
      continue;
    }
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      paragraphs.push({ text: inline(item[2]), kind: 'list-item' });
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      if (/^\s*\|[\s|:-]+\|\s*$/.test(line)) continue;
      for (const cell of line.trim().slice(1, -1).split('|')) {
        if (cell.trim()) paragraphs.push({ text: inline(cell.trim()), kind: 'table-cell' });
      }
      continue;
    }
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line);
    const footnote = /^\[\^[^\]]+\]:\s*(.*)$/.exec(line);
    if (footnote) {
      flush();
      paragraphs.push({ text: inline(footnote[1]), kind: 'footnote' });
      continue;
    }
    // A line ending in two spaces or a backslash is a hard break; other line breaks are kept as they are.
    current.push(inline((quote ? quote[1] : line).replace(/( {2,}|\\)$/, '')));
  }
  if (grid !== null) paragraphs.push(...gridRow(grid));
  flush();
  return {
    paragraphs,
    dropped: [{ what: 'code blocks', count: codeBlocks }, { what: 'front matter blocks', count: frontMatter }],
    encoding: decoded.encoding,
  };
}

const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

interface GridTable {
  /** Columns of the border's '+' signs: a cell lies between two. */
  cuts: number[];
  /** Each cell's text so far, its lines joined by spaces. */
  cells: string[];
}

/** The row read since the last border, one paragraph per non-empty cell. */
function gridRow(grid: GridTable): ExtractedParagraph[] {
  const row = grid.cells.map((cell) => inline(cell.replace(/\s+/g, ' ').trim())).filter((text) => text !== '');
  grid.cells = [];
  return row.map((text) => ({ text, kind: 'table-cell' }));
}

/** Inline markup removed, its text kept. */
export function inline(text: string): string {
  return text
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?![\w*])/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .trim();
}
