// The QA panel: the quality checks' findings on the open project, filtered by
// check, each one a button that selects its pair, with "Ignore" beside it;
// the checks themselves can be turned off here. A view only: QaController
// decides what it shows and what its buttons do.
import type { CheckName, Finding, QaCheckInfo, QaReport } from '../../main/ipc/contract';

export interface QaPanelActions {
  goTo(finding: Finding): void;
  ignore(finding: Finding): void;
  setFilter(filter: QaFilter): void;
  setEnabled(check: CheckName, enabled: boolean): void;
  nextFinding(): void;
  loadGlossary(): void;
  exportLexicon(): void;
  loadLexicon(): void;
  realignUnreviewed(): void;
  close(): void;
}

/** Which findings the panel lists and the grid shows: none (every pair), any check, or one check. */
export type QaFilter = 'all-pairs' | 'any' | CheckName;

/** One document of a many-document project shown alone, and the findings on its pairs. */
export interface QaScope {
  name: string;
  findings: readonly Finding[];
}

/** More than this many findings are counted but not listed (the grid filter still shows every pair). */
const MAX_LISTED = 500;

export class QaPanel {
  readonly element: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly filter: HTMLSelectElement;
  private readonly list: HTMLOListElement;
  private readonly checks: HTMLElement;
  private current: Finding | null = null;

  constructor(private readonly actions: QaPanelActions) {
    this.element = document.createElement('aside');
    this.element.className = 'qa-panel';
    this.element.hidden = true;
    this.element.setAttribute('aria-label', 'Quality checks');
    const header = document.createElement('div');
    header.className = 'qa-header';
    const title = document.createElement('h2');
    title.textContent = 'Quality checks';
    const close = this.button('Close', 'Close the quality checks panel (F7)', () => actions.close());
    close.classList.add('qa-close');
    header.append(title, close);
    this.summary = document.createElement('p');
    this.summary.className = 'qa-summary';
    this.summary.setAttribute('role', 'status');
    this.filter = document.createElement('select');
    this.filter.className = 'qa-filter';
    this.filter.setAttribute('aria-label', 'Show pairs with findings of');
    this.filter.addEventListener('change', () => actions.setFilter(this.filter.value as QaFilter));
    const tools = document.createElement('div');
    tools.className = 'qa-tools';
    tools.append(this.filter, this.button('Next finding', 'Go to the next finding (F8)', () => actions.nextFinding()));
    this.list = document.createElement('ol');
    this.list.className = 'qa-list';
    this.list.setAttribute('aria-label', 'Findings');
    const settings = document.createElement('details');
    settings.className = 'qa-settings';
    const settingsTitle = document.createElement('summary');
    settingsTitle.textContent = 'Checks and glossary';
    this.checks = document.createElement('div');
    this.checks.className = 'qa-checks';
    const learning = document.createElement('div');
    learning.className = 'qa-learning';
    learning.append(
      this.button('Re-align unreviewed', 'Re-align the pairs not approved, with the lexicon learnt from approved pairs (Ctrl+Shift+L)', () => actions.realignUnreviewed()),
      this.button('Export lexicon…', 'Write the word and name pairs learnt from approved pairs as a dictionary TSV', () => actions.exportLexicon()),
      this.button('Load lexicon…', "Load another project's lexicon (dictionary TSV)", () => actions.loadLexicon()),
    );
    settings.append(settingsTitle, this.checks, this.button('Load glossary…', 'Load a glossary (TSV or TBX) for the terminology check', () => actions.loadGlossary()), learning);
    this.element.append(header, this.summary, tools, this.list, settings);
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  setVisible(visible: boolean): void {
    this.element.hidden = !visible;
  }

  /** The checks are running: say so, and list nothing until their findings arrive. */
  showPending(): void {
    this.summary.textContent = 'Running the checks…';
    this.list.replaceChildren();
  }

  /** scope: the document shown alone and its findings (null: every pair is shown): the counts speak of what is listed. */
  render(report: QaReport, shown: readonly Finding[], filter: QaFilter, current: Finding | null, scope: QaScope | null = null): void {
    this.current = current;
    const findings = scope?.findings ?? report.findings;
    const count = (name: CheckName) => findings.filter((finding) => finding.check === name).length;
    const options: Array<[string, string]> = [
      ['all-pairs', 'All pairs'],
      ['any', `Pairs with findings (${findings.length})`],
      ...report.checks.filter((check) => check.enabled).map((check): [string, string] => [check.name, `${check.label} (${count(check.name)})`]),
    ];
    this.filter.replaceChildren(...options.map(([value, label]) => new Option(label, value, false, value === filter)));
    const glossary = report.glossaryTerms > 0 ? `; glossary of ${report.glossaryTerms} terms` : '';
    const counted = `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`;
    this.summary.textContent = scope ? `${counted} in ${scope.name}; ${report.findings.length} in all documents${glossary}` : `${counted}${glossary}`;
    const items = shown.slice(0, MAX_LISTED).map((finding) => this.item(finding, report.checks));
    if (shown.length > MAX_LISTED) {
      const more = document.createElement('li');
      more.className = 'qa-more';
      more.textContent = `${shown.length - MAX_LISTED} more: use Next finding or the grid`;
      items.push(more);
    }
    this.list.replaceChildren(...items);
    this.checks.replaceChildren(...report.checks.map((check) => this.checkToggle(check)));
  }

  /** Brings the current finding's entry into view. */
  revealCurrent(): void {
    this.list.querySelector('.qa-item.current')?.scrollIntoView({ block: 'nearest' });
  }

  private item(finding: Finding, checks: readonly QaCheckInfo[]): HTMLLIElement {
    const item = document.createElement('li');
    item.className = `qa-item ${finding.severity}`;
    const isCurrent = this.current !== null && this.current.beadId === finding.beadId && this.current.key === finding.key;
    item.classList.toggle('current', isCurrent);
    const label = checks.find((check) => check.name === finding.check)?.label ?? finding.check;
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'qa-go';
    go.dataset.check = finding.check;
    go.textContent = `Pair ${finding.pair + 1} · ${label}: ${finding.message}`;
    go.setAttribute('aria-current', String(isCurrent));
    go.addEventListener('click', () => this.actions.goTo(finding));
    const ignore = this.button('Ignore', `Ignore this finding (I); undo brings it back`, () => this.actions.ignore(finding));
    ignore.classList.add('qa-ignore');
    item.append(go, ignore);
    return item;
  }

  private checkToggle(check: QaCheckInfo): HTMLLabelElement {
    const label = document.createElement('label');
    label.className = 'qa-check-toggle';
    label.title = check.description;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = check.enabled;
    box.addEventListener('change', () => this.actions.setEnabled(check.name, box.checked));
    label.append(box, ` ${check.label}`);
    return label;
  }

  private button(text: string, title: string, click: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.title = title;
    // As the toolbar's buttons: a click with the mouse leaves the focus where it was (the pairs, for
    // Space and A), not on the button, where Space would press Next finding again.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', click);
    return button;
  }
}
