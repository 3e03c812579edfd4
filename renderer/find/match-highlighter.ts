// Paints the Find matches in the grid's rows with the CSS Custom Highlight API:
// ranges over the rows' own text, so nothing is added to the rows (their
// heights and the grid's layout stay exactly as they are). Rows come and go as
// the grid scrolls or a patch replaces them; a MutationObserver on the row
// container repaints the few rows in the page whenever that happens.
import type { FindMatch } from '../../main/ipc/contract';

export const MATCH_HIGHLIGHT = 'find-match';
export const CURRENT_HIGHLIGHT = 'find-current';

/** The DOM range of [start, end) in the text of an element (its text nodes in order). */
export function textRange(element: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

export class MatchHighlighter {
  private byBead = new Map<string, FindMatch[]>();
  private current: FindMatch | null = null;
  private readonly matchHighlight = new Highlight();
  private readonly currentHighlight = new Highlight();

  constructor(private readonly rows: HTMLElement) {
    // The current match is drawn above the others.
    this.currentHighlight.priority = 1;
    CSS.highlights.set(MATCH_HIGHLIGHT, this.matchHighlight);
    CSS.highlights.set(CURRENT_HIGHLIGHT, this.currentHighlight);
    // The rows are not the grid's own children (they sit in its scrolled canvas): watch the subtree.
    new MutationObserver(() => this.paint()).observe(rows, { childList: true, subtree: true });
  }

  set(matches: readonly FindMatch[], current: FindMatch | null): void {
    this.byBead = new Map();
    for (const match of matches) {
      const list = this.byBead.get(match.beadId);
      if (list) list.push(match);
      else this.byBead.set(match.beadId, [match]);
    }
    this.current = current;
    this.paint();
  }

  private paint(): void {
    this.matchHighlight.clear();
    this.currentHighlight.clear();
    if (this.byBead.size === 0) return;
    for (const row of this.rows.querySelectorAll<HTMLElement>('.row[data-bead-id]')) {
      const matches = this.byBead.get(row.dataset.beadId ?? '');
      if (!matches) continue;
      for (const match of matches) {
        const sentence = row.querySelector(`.cell-${match.side} .sentence[data-index="${match.sentence}"]`);
        const range = sentence ? textRange(sentence, match.start, match.end) : null;
        if (!range) continue;
        (match === this.current ? this.currentHighlight : this.matchHighlight).add(range);
      }
    }
  }
}
