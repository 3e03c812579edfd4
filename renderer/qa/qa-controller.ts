// The quality checks in the editor: asks the main process for the findings
// whenever the project changes (after a short pause, so typing does not run
// the checks on every key), keeps the panel, the grid filter by check and
// "next finding" in step, and turns "ignore" into an undoable edit.
import type { Bead, CheckName, EditRequest, Finding, MuqabalaApi, QaReport, TermRange } from '../../main/ipc/contract';
import { errorMessage } from '../api';
import { promptPath, showError } from '../dialogs/simple-dialogs';
import { showEnglishMarkers } from './qa-markers';
import { QaPanel, type QaFilter } from './qa-panel';
import { TermHighlights } from './term-highlights';
import { askQaFile } from './qa-file-picker';

export interface QaHost {
  selectedBeadId(): string | null;
  beadIndex(beadId: string): number;
  select(beadId: string): void;
  edit(request: EditRequest): Promise<void>;
  /** The grid filter by check changed: the grid shows other rows. */
  filterChanged(): void;
  say(message: string): void;
  /** Settings or the glossary changed the project: its save state is now this. */
  dirtyChanged(dirty: boolean): void;
  defaultDirectory(): string;
  /** Whether a pair is in what the editor shows (a many-document project's current document); every pair when absent. */
  inScope?(beadId: string): boolean;
  /** The document shown alone (a many-document project), named in the panel's counts; null when all are shown. */
  scopeName?(): string | null;
}

const REFRESH_DELAY_MS = 250;

export class QaController {
  readonly panel: QaPanel;
  private report: QaReport | null = null;
  private filter: QaFilter = 'all-pairs';
  private current: Finding | null = null;
  private timer = 0;
  private generation = 0;
  /** The latest request for the findings, while it runs. */
  private inFlight: Promise<void> | null = null;
  private readonly byBead = new Map<string, Finding[]>();
  private readonly termHighlights = new TermHighlights();

  constructor(private readonly api: MuqabalaApi, private readonly host: QaHost) {
    this.panel = new QaPanel({
      goTo: (finding) => this.goTo(finding),
      ignore: (finding) => void this.ignore(finding),
      setFilter: (filter) => this.setFilter(filter),
      setEnabled: (check, enabled) => void this.setEnabled(check, enabled),
      nextFinding: () => this.nextFinding(),
      loadGlossary: () => void this.loadGlossary(),
      exportLexicon: () => void this.exportLexicon(),
      loadLexicon: () => void this.loadLexicon(),
      realignUnreviewed: () => void this.host.edit({ kind: 'realign-unreviewed' }),
      close: () => this.toggle(),
    });
  }

  get element(): HTMLElement {
    return this.panel.element;
  }

  /**
   * The project or its pairs changed: check again soon, while the panel is
   * open (on a 10,000-pair project the checks take a second of the main
   * process, too much to spend on every edit nobody is looking at).
   */
  projectChanged(): void {
    clearTimeout(this.timer);
    if (!this.panel.visible) {
      // Without a report the grid is not filtered by check: nothing to show again
      // (the caller refreshes the rows; doing it here too doubled every edit's work).
      const hadReport = this.report !== null;
      this.report = null;
      this.byBead.clear();
      // Reopened, the panel must not list findings of pairs that have changed since.
      this.panel.showPending();
      this.selectionShown();
      if (hadReport) this.host.filterChanged();
      return;
    }
    this.timer = window.setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  refresh(): Promise<void> {
    const request = this.fetchFindings();
    this.inFlight = request;
    void request.finally(() => {
      if (this.inFlight === request) this.inFlight = null;
    });
    return request;
  }

  private async fetchFindings(): Promise<void> {
    const generation = ++this.generation;
    try {
      const report = await this.api.getFindings();
      if (generation === this.generation) this.setReport(report);
    } catch (error) {
      // No project yet, or one being replaced: the next change asks again.
      if (generation === this.generation) this.host.say(`Quality checks: ${errorMessage(error)}`);
    }
  }

  /** Bead ids the grid should show, or null for every pair. */
  gridFilter(): ReadonlySet<string> | null {
    if (this.filter === 'all-pairs' || !this.report) return null;
    return new Set(this.shown().map((finding) => finding.beadId));
  }

  findingsFor(beadId: string): readonly Finding[] {
    return this.byBead.get(beadId) ?? [];
  }

  termsFor(beadId: string): readonly TermRange[] {
    return this.report?.terms[beadId] ?? [];
  }

  /**
   * How likely the pair is to need the reviewer: with the panel open, the main
   * process's risk (confidence and findings); otherwise 1 - confidence.
   */
  riskOf(bead: Bead): number {
    return this.report?.risk[bead.id] ?? 1 - bead.confidence;
  }

  toggle(): void {
    this.panel.setVisible(!this.panel.visible);
    if (this.panel.visible) {
      if (!this.report) this.panel.showPending();
      void this.refresh();
    }
    else this.projectChanged();
  }

  /** The next finding after the selected pair (in the current filter), wrapping round. */
  nextFinding(): void {
    if (!this.report) {
      // The checks are running (or have not run since the last change): go once they answer.
      this.host.say('Running the quality checks…');
      void (this.inFlight ?? this.refresh()).then(() => {
        if (this.report) this.nextFinding();
      });
      return;
    }
    const shown = this.shown();
    if (shown.length === 0) {
      // One document shown: the others may hold findings, which Next finding does not leave it for.
      const name = this.host.scopeName?.() ?? null;
      this.host.say(name === null ? 'No findings' : `No findings in ${name}; ${this.report.findings.length} in all documents`);
      return;
    }
    const selected = this.host.selectedBeadId();
    const here = selected ? this.host.beadIndex(selected) : -1;
    const currentHere = this.current && this.current.beadId === selected;
    const after = shown.findIndex((finding) => finding.pair > here
      || (currentHere && finding.pair === here && shown.indexOf(this.current as Finding) >= 0 && shown.indexOf(finding) > shown.indexOf(this.current as Finding)));
    this.goTo(shown[after >= 0 ? after : 0]);
  }

  /** Ignores the current finding if it is on the selected pair, else the selected pair's first one. */
  async ignoreSelected(): Promise<void> {
    const selected = this.host.selectedBeadId();
    const onPair = selected ? this.findingsFor(selected) : [];
    const finding = this.current && this.current.beadId === selected ? this.current : onPair[0];
    if (!finding) {
      this.host.say('This pair has no finding to ignore');
      return;
    }
    await this.ignore(finding);
  }

  async loadGlossary(): Promise<void> {
    const file = await askQaFile('Load glossary', 'Glossary (TSV: arabic<TAB>english;english, or TBX)', '.tsv,.txt,.tbx,.xml');
    if (!file) return;
    try {
      const report = await this.api.loadGlossary(file);
      this.setReport(report);
      this.host.dirtyChanged(report.dirty);
      this.host.say(`Glossary loaded: ${report.glossaryTerms} terms`);
    } catch (error) {
      await showError('The glossary could not be loaded', errorMessage(error));
    }
  }

  /** A word the reviewer knows is right: kept in the project, so the spelling check accepts it from now on. */
  async addToWordList(word: string): Promise<void> {
    try {
      const report = await this.api.setQaSettings({ wordList: [...(this.report?.wordList ?? []), word] });
      this.setReport(report);
      this.host.dirtyChanged(report.dirty);
      this.host.say(`"${word}" added to the project word list`);
    } catch (error) {
      await showError('The word list could not be changed', errorMessage(error));
    }
  }

  async exportLexicon(): Promise<void> {
    const path = await promptPath('Export lexicon', 'Save the lexicon (dictionary TSV) to', `${this.host.defaultDirectory()}/lexicon.tsv`);
    if (!path) return;
    try {
      const result = await this.api.exportLexicon(path);
      this.host.say(`Lexicon exported: ${result.entries} entries to ${result.path}`);
    } catch (error) {
      await showError('The lexicon could not be exported', errorMessage(error));
    }
  }

  async loadLexicon(): Promise<void> {
    const file = await askQaFile('Load lexicon', 'Lexicon (dictionary TSV: arabic<TAB>english;english)', '.tsv,.txt');
    if (!file) return;
    try {
      const report = await this.api.loadLexicon(file);
      this.setReport(report);
      this.host.dirtyChanged(report.dirty);
      this.host.say('Lexicon loaded');
    } catch (error) {
      await showError('The lexicon could not be loaded', errorMessage(error));
    }
  }

  private goTo(finding: Finding): void {
    this.current = finding;
    this.host.select(finding.beadId);
    this.render();
    this.host.say(`Pair ${finding.pair + 1}: ${finding.message}`);
    // After the message: a long one takes a second line in the status bar and shortens the panel.
    this.panel.revealCurrent();
  }

  private async ignore(finding: Finding): Promise<void> {
    await this.host.edit({ kind: 'ignore-finding', beadId: finding.beadId, key: finding.key, ignored: true });
    this.host.say(`Ignored: ${finding.message} (Ctrl+Z to undo)`);
    await this.refresh();
  }

  private setFilter(filter: QaFilter): void {
    this.filter = filter;
    this.render();
    this.host.filterChanged();
  }

  private async setEnabled(check: CheckName, enabled: boolean): Promise<void> {
    const disabled = (this.report?.checks ?? []).filter((info) => (info.name === check ? !enabled : !info.enabled)).map((info) => info.name);
    try {
      const report = await this.api.setQaSettings({ disabled });
      this.setReport(report);
      this.host.dirtyChanged(report.dirty);
    } catch (error) {
      await showError('The checks could not be changed', errorMessage(error));
    }
  }

  private setReport(report: QaReport): void {
    this.report = report;
    this.byBead.clear();
    for (const finding of report.findings) {
      const list = this.byBead.get(finding.beadId);
      if (list) list.push(finding);
      else this.byBead.set(finding.beadId, [finding]);
    }
    if (this.current && !this.findingsFor(this.current.beadId).some((finding) => finding.key === this.current?.key)) this.current = null;
    if (this.filter !== 'all-pairs' && this.filter !== 'any' && !report.checks.some((check) => check.name === this.filter && check.enabled)) this.filter = 'any';
    this.render();
    this.host.filterChanged();
  }

  private shown(): Finding[] {
    const findings = this.inScope();
    return this.filter === 'all-pairs' || this.filter === 'any' ? findings : findings.filter((finding) => finding.check === this.filter);
  }

  /** The findings on the pairs the editor shows (one document's, or all). */
  private inScope(): Finding[] {
    const findings = this.report?.findings ?? [];
    const inScope = this.host.inScope;
    return inScope ? findings.filter((finding) => inScope(finding.beadId)) : findings;
  }

  private render(): void {
    const name = this.host.scopeName?.() ?? null;
    if (this.report) this.panel.render(this.report, this.shown(), this.filter, this.current, name === null ? null : { name, findings: this.inScope() });
    this.selectionShown();
  }

  /** The editor shows another document (or all of them): list the findings of what it shows. */
  scopeChanged(): void {
    this.render();
  }

  /** The editor shows the selected pair: squiggle its findings in the English. */
  selectionShown(): void {
    const selected = this.host.selectedBeadId();
    showEnglishMarkers(selected ? this.findingsFor(selected) : [], { addToWordList: (word) => void this.addToWordList(word) });
    this.termHighlights.show(selected, selected ? this.termsFor(selected) : []);
  }
}
