// One grid row for one bead: gutter, then the two text cells in the order the
// user chose (English left and Arabic right by default). Each sentence is its
// own span so move/split/detach have something visible to act on.
import type { Bead, Lang } from '../../main/ipc/contract';
import { appendIsolatedText } from '../text/bidi-runs';
import { renderGutter } from './gutter';

export interface RowLayout {
  /** Arabic on the left instead of the right. */
  swapped: boolean;
}

export function rowElementId(beadId: string): string {
  return `pair-row-${beadId}`;
}

function renderSide(bead: Bead, side: Lang): HTMLElement {
  const cell = document.createElement('div');
  cell.setAttribute('role', 'gridcell');
  cell.className = `cell cell-${side}`;
  const direction = side === 'ar' ? 'rtl' : 'ltr';
  cell.dir = direction;
  cell.lang = side;
  const sentences = bead[side];
  if (sentences.length === 0) {
    cell.classList.add('cell-empty');
    const empty = document.createElement('span');
    empty.className = 'no-counterpart';
    empty.textContent = side === 'ar' ? '(no Arabic)' : '(no English)';
    empty.lang = 'en';
    empty.dir = 'ltr';
    cell.append(empty);
    return cell;
  }
  sentences.forEach((sentence, index) => {
    const span = document.createElement('span');
    span.className = 'sentence';
    span.dataset.side = side;
    span.dataset.index = String(index);
    if (sentence.text !== sentence.original) span.classList.add('sentence-edited');
    appendIsolatedText(span, sentence.text, direction);
    cell.append(span);
  });
  return cell;
}

export function renderRow(bead: Bead, layout: RowLayout): HTMLElement {
  const row = document.createElement('div');
  row.className = `row row-${bead.status}`;
  row.id = rowElementId(bead.id);
  row.setAttribute('role', 'row');
  row.dataset.beadId = bead.id;
  const [left, right]: Lang[] = layout.swapped ? ['ar', 'en'] : ['en', 'ar'];
  row.append(renderGutter(bead, 0), renderSide(bead, left), renderSide(bead, right));
  return row;
}

/** Row number and position change without the bead changing; update in place. */
export function placeRow(row: HTMLElement, position: number, beadIndex: number, top: number): void {
  row.style.transform = `translateY(${top}px)`;
  row.setAttribute('aria-rowindex', String(position + 2));
  // Striping by list position: DOM order means nothing in a virtualised list.
  row.classList.toggle('row-odd', position % 2 === 1);
  const number = row.querySelector('.row-number');
  const label = String(beadIndex + 1);
  if (number && number.textContent !== label) {
    number.textContent = label;
    number.setAttribute('aria-label', `Pair ${label}`);
  }
}
