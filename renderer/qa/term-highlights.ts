// Glossary terms of the selected pair, highlighted on both sides: in the English
// editor as Monaco decorations (hover: "glossary: X = Y"), and in the selected
// row's cells with the CSS Custom Highlight API (the Arabic editor is a
// textarea, which cannot mark a range), each sentence holding a term titled
// with its entries. Rows are rebuilt as the grid scrolls or a patch lands: a
// MutationObserver paints them again, as the Find highlighter does.
import type { TermRange } from '../../main/ipc/contract';
import { textRange } from '../find/match-highlighter';
import { loadedMonaco } from '../editors/monaco-loader';

export const TERM_HIGHLIGHT = 'glossary-term';

export function termNote(term: TermRange): string {
  return `glossary: ${term.arabic} = ${term.english.join('; ')}`;
}

export class TermHighlights {
  private beadId: string | null = null;
  private terms: readonly TermRange[] = [];
  private decorations: string[] = [];
  private readonly highlight = new Highlight();
  private observed: Element | null = null;
  private readonly observer = new MutationObserver(() => this.paintRow());

  constructor() {
    CSS.highlights.set(TERM_HIGHLIGHT, this.highlight);
  }

  show(beadId: string | null, terms: readonly TermRange[]): void {
    this.beadId = beadId;
    this.terms = terms;
    this.paintRow();
    this.decorateEnglish();
  }

  private paintRow(): void {
    this.highlight.clear();
    const rows = document.querySelector('.grid-canvas');
    if (rows && rows !== this.observed) {
      this.observer.disconnect();
      this.observer.observe(rows, { childList: true });
      this.observed = rows;
    }
    const row = this.beadId ? rows?.querySelector(`.row[data-bead-id="${CSS.escape(this.beadId)}"]`) : null;
    if (!row) return;
    const titles = new Map<Element, Set<string>>();
    for (const term of this.terms) {
      const sentence = row.querySelector(`.cell-${term.side} .sentence[data-index="${term.sentence}"]`);
      const range = sentence ? textRange(sentence, term.start, term.end) : null;
      if (!sentence || !range) continue;
      this.highlight.add(range);
      titles.set(sentence, (titles.get(sentence) ?? new Set()).add(termNote(term)));
    }
    for (const [sentence, notes] of titles) (sentence as HTMLElement).title = [...notes].join('\n');
  }

  private decorateEnglish(): void {
    const monaco = loadedMonaco();
    // The English editor's model is the only Monaco model in the window.
    const model = monaco?.editor.getModels()[0];
    if (!monaco || !model) return;
    const decorations = this.terms.filter((term) => term.side === 'en').map((term) => ({
      range: new monaco.Range(term.sentence + 1, term.start + 1, term.sentence + 1, term.end + 1),
      options: { inlineClassName: TERM_HIGHLIGHT, hoverMessage: { value: termNote(term) }, stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
    }));
    this.decorations = model.deltaDecorations(this.decorations, decorations);
  }
}
