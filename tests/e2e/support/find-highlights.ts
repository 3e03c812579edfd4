// What the Find highlights paint, read from the page's CSS highlight registry:
// the text of each highlighted range, the column it is in and its pair.
// (Written as page source: the tests compile without the DOM's types.)
import type { Page } from '@playwright/test';

export interface Painted {
  text: string;
  side: 'ar' | 'en';
  beadId: string;
}

export async function paintedHighlights(page: Page, name: 'find-match' | 'find-current'): Promise<Painted[]> {
  // A range left on a row the grid has just re-rendered is detached (or its text moved out of
  // the cell) until the highlighter paints the new row; it is not shown as a match in a cell:
  // only ranges in a cell of the page count.
  return page.evaluate(`[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].filter((range) => range.startContainer.isConnected && range.startContainer.parentElement?.closest('.cell')).map((range) => {
    const element = range.startContainer.parentElement;
    return {
      text: range.toString(),
      side: element.closest('.cell').classList.contains('cell-ar') ? 'ar' : 'en',
      beadId: element.closest('.row').dataset.beadId,
    };
  })`) as Promise<Painted[]>;
}
