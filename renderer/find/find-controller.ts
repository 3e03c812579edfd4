// Find: the occurrences of the search box's query in both columns (as the main
// process's Arabic-aware matcher finds them), which one is current, and
// stepping through them (Enter / Shift+Enter in the search box, F3 / Shift+F3
// anywhere). Only matches in pairs the grid shows are stepped to.
import type { FindMatch, Lang, MuqabalaApi } from '../../main/ipc/contract';
import { errorMessage } from '../api';
import type { MatchHighlighter } from './match-highlighter';

export interface FindHost {
  api: MuqabalaApi;
  highlighter: MatchHighlighter;
  /** The pair is shown in the grid (not hidden by a filter). */
  isShown(beadId: string): boolean;
  /** Position of a pair in the project, to start from the selected one. */
  indexOf(beadId: string): number;
  selectedBeadId(): string | null;
  /** Select the pair and scroll it into view. */
  reveal(beadId: string): void;
  say(text: string): void;
}

function samePlace(a: FindMatch, b: FindMatch): boolean {
  return a.beadId === b.beadId && a.side === b.side && a.sentence === b.sentence && a.start === b.start;
}

export class FindController {
  query = '';
  matches: FindMatch[] = [];
  private current: FindMatch | null = null;
  private generation = 0;
  /** The latest request for matches: a command that steps through them waits for it. */
  private inflight: Promise<void> = Promise.resolve();

  constructor(private readonly host: FindHost) {}

  /** Sets the query; resolves once its matches are in (also when the query was already set and is still being asked). */
  async setQuery(query: string): Promise<void> {
    if (query === this.query) return this.inflight;
    this.query = query;
    this.current = null;
    await this.refresh();
  }

  /** Asks again (after an edit): the current match stays current if it is still there. */
  refresh(): Promise<void> {
    this.inflight = this.load();
    return this.inflight;
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    let matches: FindMatch[] = [];
    if (this.query.trim() !== '') {
      try {
        matches = await this.host.api.findMatches(this.query);
      } catch (error) {
        this.host.say(`Find failed: ${errorMessage(error)}`);
      }
    }
    if (generation !== this.generation) return; // a newer query is on its way
    this.matches = matches;
    const current = this.current;
    this.current = current ? matches.find((match) => samePlace(match, current)) ?? null : null;
    this.host.highlighter.set(matches, this.current);
  }

  currentMatch(): FindMatch | null {
    return this.current;
  }

  /** Go to the next (+1) or previous (-1) match in the pairs shown, optionally only on one side. */
  step(delta: 1 | -1, side?: Lang): FindMatch | null {
    if (this.query.trim() === '') {
      this.host.say('Type what to find in the search box first (Ctrl+F)');
      return null;
    }
    const shown = this.matches.filter((match) => this.host.isShown(match.beadId) && (!side || match.side === side));
    if (shown.length === 0) {
      this.host.say(side === 'en' ? 'No match in the English' : 'No match');
      return null;
    }
    let position: number;
    const current = this.current;
    const at = current ? shown.findIndex((match) => samePlace(match, current)) : -1;
    if (at >= 0) {
      position = (at + delta + shown.length) % shown.length;
    } else {
      // Start from the selected pair: its first match going forward, the last one before it going back.
      const selected = this.host.selectedBeadId();
      const from = selected ? this.host.indexOf(selected) : -1;
      const indices = shown.map((match) => this.host.indexOf(match.beadId));
      if (delta > 0) {
        position = indices.findIndex((index) => index >= from);
        if (position < 0) position = 0;
      } else {
        position = indices.findLastIndex((index) => index < from);
        if (position < 0) position = shown.length - 1;
      }
    }
    this.current = shown[position];
    this.host.reveal(this.current.beadId);
    this.host.highlighter.set(this.matches, this.current);
    this.host.say(`Match ${position + 1} of ${shown.length}`);
    return this.current;
  }
}
