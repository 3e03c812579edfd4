// The pair list: an ARIA grid that keeps only the rows in view (plus overscan)
// in the DOM. Row heights vary with text length, so each bead's height is
// measured once rendered and cached per bead object (a patch replaces the bead
// objects it changes, which drops their cached height automatically). As in VS
// Code's list view, a measurement belongs to the layout it was taken in: a new
// width, the Arabic font arriving, a theme or column change start a new
// "generation", and every row on screen is measured again (rows off screen
// keep their old height as an estimate until they are shown). A ResizeObserver
// on the rendered rows catches any other change of a row's height.
import type { Bead } from '../../main/ipc/contract';
import { placeRow, renderRow, rowElementId, type RowLayout } from './row-view';
import { wordAtPoint } from './word-at-point';

const OVERSCAN_ROWS = 6;
const INITIAL_ESTIMATE = 60;
/** Measuring can bring new rows into view; this many passes always settle it in practice. */
const MAX_LAYOUT_PASSES = 6;

/** How a click selects: Shift extends from the anchor, Ctrl (Cmd on macOS) adds or removes one row. */
export interface SelectModifiers {
  extend: boolean;
  toggle: boolean;
}

export interface GridCallbacks {
  /** sentence: the one clicked, with the word under the pointer when there is one. */
  onSelect(beadId: string, sentence: { side: 'ar' | 'en'; index: number; word?: number } | null, modifiers: SelectModifiers): void;
  onActivate(beadId: string): void;
  onContextMenu(beadId: string, x: number, y: number): void;
}

interface RenderedRow {
  element: HTMLElement;
  position: number;
}

interface Measurement {
  height: number;
  /** The layout generation it was taken in. */
  generation: number;
}

export class VirtualGrid {
  readonly element: HTMLElement;
  private readonly header: HTMLElement;
  private readonly body: HTMLElement;
  private readonly canvas: HTMLElement;
  private beads: readonly Bead[] = [];
  private visible: readonly number[] = [];
  private offsets = new Float64Array(1);
  private layoutStale = true;
  private heights = new WeakMap<Bead, Measurement>();
  private generation = 0;
  private measuredTotal = 0;
  private measuredCount = 0;
  private rendered = new Map<Bead, RenderedRow>();
  private selectedBeadId: string | null = null;
  /** Other rows selected with the current one (Shift/Ctrl+click, Shift+J/K): bulk review acts on them all. */
  private multiSelected: ReadonlySet<string> = new Set();
  private layout: RowLayout = { swapped: false };
  private frame = 0;
  /** The list changed size: bring the selected row back into view at the next render. */
  private revealSelection = false;
  private lastWidth = 0;
  private readonly rowObserver: ResizeObserver;
  private readonly beadOf = new WeakMap<Element, Bead>();

  constructor(private readonly callbacks: GridCallbacks) {
    this.element = document.createElement('div');
    this.element.className = 'pair-grid';
    this.element.setAttribute('role', 'grid');
    this.element.setAttribute('aria-label', 'Aligned pairs');
    this.element.setAttribute('aria-colcount', '3');
    this.element.setAttribute('aria-multiselectable', 'true');
    this.element.tabIndex = 0;

    this.header = document.createElement('div');
    this.header.className = 'grid-header';
    this.header.setAttribute('role', 'rowgroup');

    this.body = document.createElement('div');
    this.body.className = 'grid-body';
    this.body.setAttribute('role', 'rowgroup');
    // A scrolling box is a Tab stop of its own in Chromium; the grid already is one.
    // Out of the Tab order, it still takes focus from a click: hand it to the grid.
    this.body.tabIndex = -1;
    this.body.addEventListener('focus', () => this.element.focus({ preventScroll: true }));
    this.canvas = document.createElement('div');
    this.canvas.className = 'grid-canvas';
    this.body.append(this.canvas);
    this.element.append(this.header, this.body);
    this.renderHeader();

    this.body.addEventListener('scroll', () => this.scheduleRender(), { passive: true });
    new ResizeObserver(() => {
      const width = this.body.clientWidth;
      if (width !== this.lastWidth) {
        // Text reflows: every height measured at the old width is stale.
        this.lastWidth = width;
        this.remeasure(false);
      }
      // A smaller window (taller rows, a shorter list) must not push the selected pair out of view.
      this.revealSelection = true;
      this.scheduleRender();
    }).observe(this.body);
    // The Arabic face is swapped in when it has loaded (font-display: swap) and changes line heights.
    document.fonts?.addEventListener('loadingdone', () => this.remeasure());
    this.rowObserver = new ResizeObserver((entries) => {
      let stale = false;
      for (const entry of entries) {
        const bead = this.beadOf.get(entry.target);
        const measured = bead ? this.heights.get(bead) : undefined;
        if (bead && measured && measured.height !== (entry.target as HTMLElement).offsetHeight) {
          measured.generation = -1;
          stale = true;
        }
      }
      // Re-laid out on the next frame, never inside the observer (that would loop).
      if (stale) this.scheduleRender();
    });
    this.canvas.addEventListener('mousedown', (event) => this.handlePointer(event));
    this.canvas.addEventListener('dblclick', (event) => {
      const beadId = this.beadIdAt(event.target);
      if (beadId) this.callbacks.onActivate(beadId);
    });
    this.canvas.addEventListener('contextmenu', (event) => {
      const beadId = this.beadIdAt(event.target);
      if (!beadId) return;
      event.preventDefault();
      this.callbacks.onContextMenu(beadId, event.clientX, event.clientY);
    });
    // The keyboard's way to the same menu (Menu key, Shift+F10), under the selected row.
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'ContextMenu' && !(event.key === 'F10' && event.shiftKey)) return;
      const beadId = this.selectedBeadId;
      const row = beadId ? document.getElementById(rowElementId(beadId)) : null;
      if (!beadId || !row) return;
      event.preventDefault();
      const rect = row.getBoundingClientRect();
      const body = this.body.getBoundingClientRect();
      this.callbacks.onContextMenu(beadId, rect.left + 24, Math.min(Math.max(rect.top, body.top), body.bottom - 8) + 8);
    });
  }

  private renderHeader(): void {
    const row = document.createElement('div');
    row.className = 'row header-row';
    row.setAttribute('role', 'row');
    row.setAttribute('aria-rowindex', '1');
    const cells: Array<[string, string, string]> = [
      ['Pair', 'gutter', 'en'],
      ['English', 'cell cell-en', 'en'],
      ['Arabic', 'cell cell-ar', 'ar'],
    ];
    if (this.layout.swapped) [cells[1], cells[2]] = [cells[2], cells[1]];
    for (const [label, className, lang] of cells) {
      const cell = document.createElement('div');
      cell.setAttribute('role', 'columnheader');
      cell.className = className;
      cell.textContent = label;
      if (lang === 'ar') {
        // The column's own name in Arabic, isolated so it cannot reorder the English label.
        const native = document.createElement('bdi');
        native.lang = 'ar';
        native.dir = 'rtl';
        native.textContent = 'العربية';
        cell.append(' · ', native);
      }
      row.append(cell);
    }
    this.header.replaceChildren(row);
  }

  private handlePointer(event: MouseEvent): void {
    if (event.button !== 0 && event.button !== 2) return;
    const beadId = this.beadIdAt(event.target);
    if (!beadId) return;
    const sentence = (event.target as HTMLElement).closest<HTMLElement>('.sentence');
    const focus = sentence
      ? { side: sentence.dataset.side as 'ar' | 'en', index: Number(sentence.dataset.index), word: wordAtPoint(sentence, event.clientX, event.clientY) }
      : null;
    const modifiers = event.button === 0
      ? { extend: event.shiftKey, toggle: event.ctrlKey || event.metaKey }
      : { extend: false, toggle: false };
    // Shift+click would also select the page's text between the two clicks.
    if (modifiers.extend) event.preventDefault();
    this.callbacks.onSelect(beadId, focus, modifiers);
    this.element.focus({ preventScroll: true });
  }

  private beadIdAt(target: EventTarget | null): string | null {
    const row = (target as HTMLElement | null)?.closest?.<HTMLElement>('.row');
    return row?.dataset.beadId ?? null;
  }

  /** New data: the full bead list and the indices (into it) of the rows to show. */
  setRows(beads: readonly Bead[], visible: readonly number[]): void {
    this.beads = beads;
    this.visible = visible;
    this.layoutStale = true;
    this.element.setAttribute('aria-rowcount', String(visible.length + 1));
    this.renderNow();
  }

  setLayout(layout: RowLayout): void {
    this.layout = layout;
    this.renderHeader();
    this.dropRenderedRows();
    this.remeasure();
  }

  /**
   * Measure the rows on screen again (a new width, font, theme or layout),
   * now or on the next frame. Heights already known stay as estimates.
   */
  remeasure(now = true): void {
    this.generation++;
    if (now) this.renderNow();
    else this.scheduleRender();
  }

  /** The rows selected besides the current one (empty: only the current row is selected). */
  setMultiSelected(ids: ReadonlySet<string>): void {
    this.multiSelected = ids;
    for (const { element } of this.rendered.values()) this.markSelected(element);
  }

  setSelected(beadId: string | null): void {
    this.selectedBeadId = beadId;
    for (const { element } of this.rendered.values()) this.markSelected(element);
    if (beadId && this.rendered.size > 0 && document.getElementById(rowElementId(beadId))) {
      this.element.setAttribute('aria-activedescendant', rowElementId(beadId));
    } else {
      this.element.removeAttribute('aria-activedescendant');
    }
  }

  /** Scroll so that the row at this position (in the visible list) is in view. */
  scrollToPosition(position: number, align: 'nearest' | 'center' | 'end' = 'nearest'): void {
    if (position < 0 || position >= this.visible.length) return;
    if (this.layoutStale) this.computeOffsets();
    const top = this.offsets[position];
    const bottom = this.offsets[position + 1];
    const viewTop = this.body.scrollTop;
    const viewHeight = this.body.clientHeight;
    if (align === 'center') {
      this.body.scrollTop = Math.max(0, top - (viewHeight - (bottom - top)) / 2);
    } else if (align === 'end') {
      this.body.scrollTop = Math.max(0, bottom - viewHeight);
    } else if (top < viewTop) {
      this.body.scrollTop = top;
    } else if (bottom > viewTop + viewHeight) {
      this.body.scrollTop = Math.max(0, bottom - viewHeight);
    }
    this.renderNow();
    // Heights measured during that render can move the row; settle once more.
    const settledTop = this.offsets[position];
    const settledBottom = this.offsets[position + 1];
    if (settledTop < this.body.scrollTop || settledBottom > this.body.scrollTop + viewHeight) {
      this.body.scrollTop = align === 'end' || settledBottom > this.body.scrollTop + viewHeight
        ? Math.max(0, settledBottom - viewHeight)
        : settledTop;
      this.renderNow();
    }
    this.setSelected(this.selectedBeadId);
  }

  /** Position (in the visible list) of the row at the top of the view, or -1 with no rows. */
  topPosition(): number {
    if (this.visible.length === 0) return -1;
    if (this.layoutStale) this.computeOffsets();
    return this.positionAt(this.body.scrollTop);
  }

  /** Scroll so that the row at this position is the first in view (rendering keeps it there as heights are measured). */
  scrollToTop(position: number): void {
    if (position < 0 || position >= this.visible.length) return;
    if (this.layoutStale) this.computeOffsets();
    this.body.scrollTop = this.offsets[position];
    this.renderNow();
  }

  /** Rows per page for PageUp/PageDown. */
  pageSize(): number {
    const average = this.measuredCount > 0 ? this.measuredTotal / this.measuredCount : INITIAL_ESTIMATE;
    return Math.max(1, Math.floor(this.body.clientHeight / average) - 1);
  }

  private markSelected(element: HTMLElement): void {
    const selected = element.dataset.beadId === this.selectedBeadId;
    const inSelection = !selected && this.multiSelected.has(element.dataset.beadId ?? '');
    element.setAttribute('aria-selected', String(selected || inSelection));
    element.classList.toggle('selected', selected);
    element.classList.toggle('in-selection', inSelection);
  }

  private estimate(): number {
    return this.measuredCount > 0 ? this.measuredTotal / this.measuredCount : INITIAL_ESTIMATE;
  }

  private dropRenderedRows(): void {
    for (const { element } of this.rendered.values()) this.removeRow(element);
    this.rendered.clear();
  }

  private removeRow(element: HTMLElement): void {
    this.rowObserver.unobserve(element);
    element.remove();
  }

  private computeOffsets(): void {
    const count = this.visible.length;
    if (this.offsets.length !== count + 1) this.offsets = new Float64Array(count + 1);
    const estimate = this.estimate();
    let top = 0;
    for (let position = 0; position < count; position++) {
      this.offsets[position] = top;
      top += this.heights.get(this.beads[this.visible[position]])?.height ?? estimate;
    }
    this.offsets[count] = top;
    this.canvas.style.height = `${top}px`;
    this.layoutStale = false;
  }

  /** Last position whose top is at or above y. */
  private positionAt(y: number): number {
    let low = 0;
    let high = this.visible.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.offsets[middle] <= y) low = middle;
      else high = middle - 1;
    }
    return Math.max(0, low);
  }

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderNow();
      if (this.revealSelection) {
        this.revealSelection = false;
        // Only on a resize, so the scan of the visible list is not paid per frame.
        const position = this.visible.findIndex((index) => this.beads[index].id === this.selectedBeadId);
        if (position >= 0) this.scrollToPosition(position, 'nearest');
      }
    });
  }

  renderNow(): void {
    if (this.layoutStale) this.computeOffsets();
    if (this.visible.length === 0) {
      this.dropRenderedRows();
      return;
    }
    // Keep the first visible row where the user sees it while heights change above or in it.
    const anchor = this.positionAt(this.body.scrollTop);
    const anchorDelta = this.body.scrollTop - this.offsets[anchor];
    for (let pass = 0; pass < MAX_LAYOUT_PASSES; pass++) {
      this.placeRows();
      if (!this.measureRenderedRows()) break;
      this.computeOffsets();
      if (this.body.scrollTop > 0) this.body.scrollTop = this.offsets[anchor] + anchorDelta;
    }
    // The last pass may have moved rows that it did not place again.
    this.placeRows();
    this.setSelected(this.selectedBeadId);
  }

  /** Renders the rows in view (plus overscan) at their offsets, removing the others. */
  private placeRows(): void {
    const count = this.visible.length;
    const viewTop = this.body.scrollTop;
    const viewBottom = viewTop + Math.max(this.body.clientHeight, 1);
    const first = Math.max(0, this.positionAt(viewTop) - OVERSCAN_ROWS);
    const last = Math.min(count - 1, this.positionAt(viewBottom) + OVERSCAN_ROWS);

    const wanted = new Map<Bead, number>();
    for (let position = first; position <= last; position++) wanted.set(this.beads[this.visible[position]], position);
    for (const [bead, row] of this.rendered) {
      if (!wanted.has(bead)) {
        this.removeRow(row.element);
        this.rendered.delete(bead);
      }
    }
    for (const [bead, position] of wanted) {
      let row = this.rendered.get(bead);
      if (!row) {
        row = { element: renderRow(bead, this.layout), position };
        this.markSelected(row.element);
        this.canvas.append(row.element);
        this.rendered.set(bead, row);
        this.beadOf.set(row.element, bead);
        this.rowObserver.observe(row.element);
      }
      row.position = position;
      placeRow(row.element, position, this.visible[position], this.offsets[position]);
    }
  }

  /** Measures every rendered row not yet measured in this generation; true when a height changed. */
  private measureRenderedRows(): boolean {
    let changed = false;
    for (const [bead, { element }] of this.rendered) {
      const known = this.heights.get(bead);
      if (known && known.generation === this.generation) continue;
      const height = element.offsetHeight;
      if (known) {
        this.measuredTotal += height - known.height;
        changed ||= height !== known.height;
      } else {
        this.measuredTotal += height;
        this.measuredCount += 1;
        changed = true;
      }
      this.heights.set(bead, { height, generation: this.generation });
    }
    return changed;
  }

  focus(): void {
    this.element.focus({ preventScroll: true });
  }
}
