// The status bar: review progress (reviewed / total, as a bar), project name,
// save state, what undo would do, how many rows the filter shows, and the
// whole-pair match score (its reason as the tooltip).
import type { ProjectStore } from '../state/project-store';

/** One document of a many-document project, shown alone, and how many pairs it holds. */
export interface ShownScope {
  name: string;
  pairs: number;
}

/** What the grid shows: nothing to say when it is every pair of the project. */
function shownCount(shownRows: number, total: number, scope: ShownScope | undefined): string {
  if (!scope) return shownRows === total ? '' : `Showing ${shownRows} of ${total}`;
  if (shownRows === scope.pairs) return `${scope.name}: ${scope.pairs} ${scope.pairs === 1 ? 'pair' : 'pairs'}`;
  return `Showing ${shownRows} of ${scope.pairs} in ${scope.name}`;
}

export class StatusBar {
  readonly element: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private readonly progressText: HTMLElement;
  private readonly name: HTMLElement;
  private readonly saveState: HTMLElement;
  private readonly history: HTMLElement;
  private readonly shown: HTMLElement;
  private readonly match: HTMLElement;
  private readonly message: HTMLElement;

  constructor() {
    this.element = document.createElement('footer');
    this.element.className = 'status-bar';
    this.element.setAttribute('aria-label', 'Status');
    this.progress = document.createElement('progress');
    this.progress.className = 'review-progress';
    this.progress.setAttribute('aria-label', 'Reviewed pairs');
    this.progressText = this.item('review-count');
    this.name = this.item('project-name');
    this.saveState = this.item('save-state');
    this.saveState.setAttribute('role', 'status');
    this.history = this.item('history-label');
    this.shown = this.item('filter-count');
    this.match = this.item('match-score');
    this.message = this.item('status-message');
    this.message.setAttribute('aria-live', 'polite');
    this.element.append(this.progress, this.progressText, this.name, this.saveState, this.history, this.shown, this.match, this.message);
  }

  private item(className: string): HTMLElement {
    const span = document.createElement('span');
    span.className = className;
    return span;
  }

  /**
   * alignment: the match score to show (a many-document project's document shown); the project's by default.
   * scope: the document shown, when one is: the count then speaks of its pairs, not every document's.
   */
  update(store: ProjectStore, shownRows: number, alignment = store.view?.alignment, scope?: ShownScope): void {
    const total = store.beads.length;
    const reviewed = store.reviewedCount;
    this.progress.max = Math.max(total, 1);
    this.progress.value = reviewed;
    this.progress.setAttribute('aria-valuetext', `${reviewed} of ${total} pairs reviewed`);
    this.progressText.textContent = `${reviewed} / ${total} reviewed`;
    this.name.textContent = store.view ? store.view.name : 'No project';
    // A narrow window cuts the name short: the whole of it, and where it is saved, on hover.
    this.name.title = store.view ? [store.view.name, store.view.path].filter(Boolean).join('\n') : '';
    // A project never saved has no file to be in step with: "Saved" would say it has.
    const neverSaved = store.view !== null && store.view.path === null && store.saveState === 'saved';
    this.saveState.textContent = neverSaved ? 'Not saved yet' : { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…' }[store.saveState];
    this.saveState.dataset.state = neverSaved ? 'never-saved' : store.saveState;
    this.history.textContent = store.history.undoLabel ? `Undo: ${store.history.undoLabel}` : '';
    this.history.title = this.history.textContent;
    this.shown.textContent = shownCount(shownRows, total, scope);
    this.shown.title = this.shown.textContent;
    // The whole-pair judgement, with its reason on hover (older projects have no reason).
    this.match.textContent = alignment ? `Match ${alignment.matchScore.toFixed(2)}` : '';
    this.match.title = alignment?.matchReason ?? '';
  }

  /** A short message for the user (e.g. why a command did nothing). */
  say(text: string): void {
    this.message.textContent = text;
  }

  /** Adds a sentence to the message shown (a task's result, then what else happened meanwhile). */
  append(text: string): void {
    const shown = this.message.textContent ?? '';
    this.message.textContent = shown === '' ? text : `${shown}. ${text}`;
  }
}
