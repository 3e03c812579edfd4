// The editor's controller: owns the project store and the views, turns
// commands (keys, toolbar, context menu, native menu) into API calls, and
// applies the patches that come back. Edits are queued so they reach the main
// process, and their patches the grid, strictly in order.
import type { AppInfo, EditRequest, Lang, MuqabalaApi, ProjectPatch, ProjectView } from '../main/ipc/contract';
import { errorMessage, isCancelled } from './api';
import { closeContextMenu, showContextMenu } from './chrome/context-menu';
import { focusHomeIfLost, keepFocusUseful } from './chrome/focus-guard';
import { StatusBar } from './chrome/status-bar';
import { applyTheme, loadDarkTheme } from './chrome/theme';
import { Toolbar } from './chrome/toolbar';
import { TranslationBanner } from './chrome/translation-banner';
import { commandInfo, type CommandId } from '../main/ipc/command-table';
import { realignStretch, unavailableReason, type CommandContext } from './commands/availability';
import { commandForKey } from './commands/keymap';
import { fieldHistory, menuCommandTarget } from './commands/menu-routing';
import { nextDoubtfulPosition } from './commands/next-doubtful';
import { planSplit, splitPoint, type SplitPlan } from './commands/split-point';
import { showExportDialog } from './dialogs/export-dialog';
import { askBilingualFile, showExportDocumentDialog } from './dialogs/document-dialogs';
import { askNewProject, showImportReport, type NewProjectDraft } from './dialogs/new-project-dialog';
import { ProgressDialog } from './dialogs/progress-dialog';
import { showShortcuts } from './dialogs/shortcuts-dialog';
import { askChoice, promptPath, showError } from './dialogs/simple-dialogs';
import { PairEditor } from './editors/pair-editor';
import { filterBeads, isFiltering, matchesFilter, NO_FILTER, sameCriteria, type FilterCriteria } from './filters/bead-filter';
import { VirtualGrid } from './grid/virtual-grid';
import { ProjectStore } from './state/project-store';
import { reviewResetNotice } from './state/review-reset';
import { RowSelection } from './state/row-selection';
import { ViewStateKeeper } from './state/view-state-keeper';
import { FindController } from './find/find-controller';
import { MatchHighlighter } from './find/match-highlighter';
import { ReplaceBar } from './find/replace-bar';
import { askPairNumber } from './dialogs/go-to-dialog';
import { showStatistics } from './dialogs/statistics-dialog';
import { askDetachChoice, detachCandidates } from './dialogs/detach-dialog';
import { rememberFolder, suggestedFolder } from './state/suggested-folder';
import { QaController } from './qa/qa-controller';
import { DocumentList } from './documents/document-list';
import { CROWDED_BELOW_PX } from './documents/list-fold';
import { neighbourDocument } from './documents/document-progress';
import { askDocumentsProject, exportDocumentChoice } from './documents/new-documents-dialog';

const CONTEXT_MENU: Array<CommandId | '-'> = [
  'merge-with-next', 'split-pair', '-',
  'move-en-first-up', 'move-en-last-down', 'move-ar-first-up', 'move-ar-last-down', '-',
  'insert-empty', 'delete-empty', 'detach-sentence', 'realign', '-',
  'approve', 'reject', 'reset-status',
];

const SWAP_KEY = 'muqabala.swapColumns';

/** The keys that set a pair's status. */
const REVIEW_KEYS = new Set<CommandId>(['approve', 'reject', 'reset-status']);

export class App {
  readonly store = new ProjectStore();
  private info!: AppInfo;
  private criteria: FilterCriteria = NO_FILTER;
  /** The criteria last asked for (criteria is set once the edits before them have landed), and that filtering. */
  private requestedCriteria: FilterCriteria = NO_FILTER;
  private filtering: Promise<void> = Promise.resolve();
  /** Beads matching criteria.query, as the main process's search last answered. */
  private searchHits: ReadonlySet<string> | null = null;
  private visible: number[] = [];
  /** The pair last changed, shown under a filter it no longer matches until the filter changes. */
  private keepShown: string | null = null;
  /** The pair D went to last: D steps on from it. */
  private lastDoubtful: string | null = null;
  private swapped = localStorage.getItem(SWAP_KEY) === 'true';
  private dark = loadDarkTheme();
  private readonly grid: VirtualGrid;
  private readonly editor: PairEditor;
  private readonly toolbar: Toolbar;
  private readonly statusBar = new StatusBar();
  private readonly banner = new TranslationBanner();
  private queue: Promise<unknown> = Promise.resolve();
  private progress: ProgressDialog<CommandId> | null = null;
  private readonly rows = new RowSelection();
  /** True while a Shift/Ctrl selection moves the current row (which otherwise collapses the selection). */
  private extendingSelection = false;
  private readonly find: FindController;
  private readonly replaceBar: ReplaceBar;
  private readonly place: ViewStateKeeper;
  private readonly qa: QaController;
  /** Many-document projects: the document list, and which document the grid shows (all when none). */
  private readonly documents = new DocumentList((id) => this.showDocument(id));

  constructor(private readonly api: MuqabalaApi, root: HTMLElement) {
    applyTheme(this.dark);
    this.toolbar = new Toolbar((id) => void this.run(id), (criteria) => void this.setFilter(criteria), () => this.grid.focus());
    this.grid = new VirtualGrid({
      onSelect: (beadId, sentence, modifiers) => {
        if (modifiers.extend) return this.extendSelectionTo(beadId);
        if (modifiers.toggle) return this.toggleInSelection(beadId);
        if (this.rows.size > 1) {
          // A plain click ends a multi-row selection, even on a row that was in it.
          this.rows.collapse(beadId);
          this.showSelection('nearest');
        }
        this.store.select(beadId, sentence ? { beadId, ...sentence } : null);
      },
      onActivate: () => this.editor.focus('en'),
      onContextMenu: (beadId, x, y) => {
        // Right-click inside a multi-row selection keeps it: the menu's review commands act on all of it.
        if (!this.rows.has(beadId) || this.rows.size < 2) this.store.select(beadId, this.store.sentenceFocus);
        showContextMenu(x, y, CONTEXT_MENU, {
          run: (id) => void this.run(id),
          reasonFor: (id) => unavailableReason(id, this.commandContext()) ?? (id === 'split-pair' ? this.splitRefusal() : null),
          returnFocus: this.grid.element,
        });
      },
    });
    this.editor = new PairEditor({
      commitText: (beadId, side, texts) => this.edit({ kind: 'edit-text', beadId, side, texts }),
      commitNote: (beadId, note) => this.edit({ kind: 'set-note', beadId, note }),
      save: () => void this.run('save'),
      undo: () => void this.run('undo'),
      redo: () => void this.run('redo'),
      returnToGrid: () => this.grid.focus(),
      say: (message) => this.statusBar.say(message),
    });
    this.qa = new QaController(api, {
      selectedBeadId: () => this.store.selectedBeadId,
      beadIndex: (beadId) => this.store.beads.findIndex((bead) => bead.id === beadId),
      select: (beadId) => this.store.select(beadId),
      edit: (request) => this.edit(request),
      filterChanged: () => { this.refreshRows(); this.refreshStatus(); },
      say: (message) => this.statusBar.say(message),
      dirtyChanged: (dirty) => {
        if (this.store.view) this.store.view.dirty = dirty;
        this.store.setSaveState(dirty ? 'unsaved' : 'saved');
      },
      defaultDirectory: () => this.info.defaultDirectory,
      inScope: (beadId) => this.documents.includes(this.store.indexOf(beadId)),
      scopeName: () => this.documents.shownScope()?.name ?? null,
    });
    const main = document.createElement('main');
    main.className = 'workspace';
    main.append(this.banner.element, this.grid.element, this.editor.element);
    this.find = new FindController({
      api,
      highlighter: new MatchHighlighter(this.grid.element),
      isShown: (beadId) => this.positionOf(this.store.indexOf(beadId)) >= 0,
      indexOf: (beadId) => this.store.indexOf(beadId),
      selectedBeadId: () => this.store.selectedBeadId,
      reveal: (beadId) => this.store.select(beadId),
      say: (text) => this.statusBar.say(text),
    });
    this.replaceBar = new ReplaceBar({
      replaceOne: (replacement) => this.replaceOne(replacement),
      replaceAll: (replacement) => this.replaceAll(replacement),
      closed: () => this.grid.focus(),
    });
    this.toolbar.search.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      void this.findStep(event.shiftKey ? -1 : 1);
    });
    this.place = new ViewStateKeeper(api, this.store, {
      topBeadId: () => {
        const top = this.grid.topPosition();
        return top < 0 ? null : this.store.beads[this.visible[top]].id;
      },
      scrollBeadToTop: (beadId) => this.grid.scrollToTop(this.positionOf(this.store.indexOf(beadId))),
      revealSelection: () => this.grid.scrollToPosition(this.positionOf(this.store.selectedIndex), 'nearest'),
      shownDocument: () => this.documents.currentDocument,
      showDocument: (documentId) => {
        if (this.documents.ids.includes(documentId)) this.showDocument(documentId);
      },
    });
    const row = document.createElement('div');
    row.className = 'workspace-row';
    row.append(this.documents.element, main, this.qa.element);
    // The document list folds by itself where the checks and a narrow window leave the pairs little room.
    const fitPanels = () => this.documents.setCrowded(!this.qa.element.hidden && row.clientWidth < CROWDED_BELOW_PX);
    const panels = new ResizeObserver(fitPanels);
    panels.observe(row);
    panels.observe(this.qa.element);
    root.replaceChildren(this.toolbar.element, this.replaceBar.element, row, this.statusBar.element);
    root.removeAttribute('aria-busy');
    this.applyLayout();

    this.store.subscribe((event) => {
      if (event.kind === 'project') {
        this.documents.setDocuments(this.store.view?.documents);
        this.documents.setCurrent(null);
        this.banner.update(this.shownDocumentView());
      }
      if (event.kind === 'project' || event.kind === 'beads') this.documents.update(this.store.beads);
      // A pair chosen in another document (next finding, go to pair, a restored place) takes the list there.
      if (event.kind !== 'meta') this.followDocument();
      if (event.kind === 'project' || event.kind === 'beads') {
        this.keepShown = event.kind === 'beads' ? this.store.selectedBeadId : null;
        this.qa.projectChanged();
        this.refreshRows();
        // Edited text may now match, or no longer match, the search.
        if (this.criteria.query.trim() !== '') void this.refreshSearch();
        if (this.find.query.trim() !== '') void this.find.refresh();
      }
      this.followSelection(event.kind);
      if (event.kind !== 'meta') this.showSelection(event.kind === 'project' ? 'center' : 'nearest');
      this.refreshStatus();
      if (event.kind === 'project') this.place.restore(this.store.view?.viewState);
    });
    document.addEventListener('keydown', (event) => this.handleKey(event), true);
    keepFocusUseful(root, () => this.grid.element);
    document.addEventListener('dragover', (event) => event.preventDefault());
    document.addEventListener('drop', (event) => {
      if ((event.target as HTMLElement).closest('dialog')) return;
      event.preventDefault();
      const files = Array.from(event.dataTransfer?.files ?? []);
      // One translation memory or XLIFF dropped on the window opens it for review; anything else starts a new project.
      if (files.length === 1 && /\.(tmx|xlf|xliff|sdlxliff|mqxliff)$/i.test(files[0].name)) void this.run('open-bilingual', files[0]);
      else if (files.length > 0) void this.newProject(files);
    });
  }

  async start(): Promise<void> {
    const info = this.api.getAppInfo();
    this.api.onMenuCommand((command) => {
      const target = menuCommandTarget(command, document.activeElement);
      if (target === 'field') fieldHistory(command === 'redo' ? 'redo' : 'undo');
      else if (target === 'app') void this.run(command);
      // Said, not done: the menu stays clickable over the app's own dialogs, and a click with no effect would look broken.
      else this.statusBar.say(`${commandInfo(command).label.replace(/…$/, '')} was not run: close the dialog first.`);
    });
    this.api.onProgress((event) => this.progress?.update(event.fraction, event.message));
    this.api.onCloseRequest(() => void this.closeWindow());
    // Both questions at once: the project (megabytes on a large one) need not wait for the app's details.
    const started = this.api.startup();
    started.catch(() => undefined);
    this.info = await info;
    document.documentElement.dataset.shell = this.info.shell;
    if (this.info.shell === 'browser') {
      window.addEventListener('beforeunload', (event) => {
        if (this.store.view?.dirty) event.preventDefault();
      });
      // A reload or a closed tab: the place moved to since the last edit or save goes
      // to the services now (the desktop sends it as its window closes), so the page
      // reloaded comes back to it. The bridge lets this one request outlive the page.
      window.addEventListener('pagehide', () => void this.place.flush());
    }
    try {
      // The main process owns the initial load: wait for what it opened, load nothing here on our own.
      const startup = await started;
      const recovery = startup.recovery;
      let keptRecovery = false;
      if (recovery.available) {
        const when = recovery.savedAt ? ` (autosaved ${new Date(recovery.savedAt).toLocaleString()})` : '';
        const choice = await askChoice(
          'Restore unsaved work?',
          `The last session of "${recovery.projectName ?? 'a project'}" ended without saving${when}. Restore its unsaved changes?`,
          [{ label: 'Discard', value: 'discard' }, { label: 'Restore', value: 'restore', primary: true }],
        );
        if (choice === 'restore') this.store.setProject(await this.api.restoreRecovery());
        else if (choice === 'discard') await this.api.discardRecovery();
        // Escape (or the dialog closed) decides nothing: the work stays on disk, offered again.
        else keptRecovery = true;
      }
      if (!this.store.view) {
        if (startup.error) await showError('Could not open the project', startup.error);
        const project = startup.project ?? (startup.fallback === 'sample' ? await this.api.openSample() : null);
        if (project) this.store.setProject(project);
      }
      if (keptRecovery) this.statusBar.say('The unsaved work was kept: it is offered again at the next start');
    } catch (error) {
      await showError('Could not open a project', errorMessage(error));
    }
    this.grid.focus();
    // Marks for `npm run bench` (tests/e2e/large-project.spec.ts reads them).
    performance.mark('muqabala:project-shown');
    // Monaco after the rows have been painted: the project is readable and
    // reviewable by keyboard first, the English editor arrives a moment later.
    requestAnimationFrame(() => setTimeout(() => {
      void this.editor.loadEnglishEditor().then(() => {
        performance.mark('muqabala:editor-ready');
        this.qa.selectionShown();
      });
    }, 0));
  }

  // ---- view updates ----

  private refreshRows(): void {
    const beads = this.store.beads;
    const byCheck = this.qa.gridFilter();
    if (isFiltering(this.criteria) || byCheck) {
      this.visible = filterBeads(beads, this.criteria, this.searchHits, this.keepShown);
      if (byCheck) this.visible = this.visible.filter((index) => byCheck.has(beads[index].id) || beads[index].id === this.keepShown);
    } else if (this.visible.length !== beads.length || this.visible[this.visible.length - 1] !== beads.length - 1) {
      this.visible = Array.from({ length: beads.length }, (_, index) => index);
    }
    this.visible = this.documents.restrict(this.visible);
    this.grid.setRows(beads, this.visible);
  }

  private refreshStatus(): void {
    this.statusBar.update(this.store, this.visible.length, this.shownDocumentView()?.alignment, this.documents.shownScope());
    const history = this.store.history;
    const context = this.commandContext();
    this.toolbar.setAvailability((id) => unavailableReason(id, context), {
      undo: `Undo ${history.undoLabel} (Ctrl+Z)`,
      redo: `Redo ${history.redoLabel} (Ctrl+Y)`,
    });
  }

  private showSelection(align: 'nearest' | 'center'): void {
    const index = this.store.selectedIndex;
    this.grid.setSelected(this.store.selectedBeadId);
    this.grid.setMultiSelected(this.rows.size > 1 ? this.rows.all() : new Set());
    const position = this.positionOf(index);
    if (position >= 0) this.grid.scrollToPosition(position, align);
    this.editor.show(this.store.selectedBead, index + 1);
    this.qa.selectionShown();
  }

  private applyLayout(): void {
    this.grid.setLayout({ swapped: this.swapped });
    this.editor.setSwapped(this.swapped);
    this.editor.setDark(this.dark);
    this.toolbar.setPressed('toggle-columns', this.swapped);
    this.toolbar.setPressed('toggle-theme', this.dark);
    document.documentElement.classList.toggle('columns-swapped', this.swapped);
  }

  private async refreshSearch(): Promise<void> {
    const query = this.criteria.query.trim();
    if (query === '') {
      this.searchHits = null;
      return;
    }
    try {
      const hits = await this.api.searchBeads(query);
      if (this.criteria.query.trim() !== query) return; // the user has typed on: a newer search is coming
      this.searchHits = new Set(hits);
    } catch (error) {
      this.statusBar.say(`Search failed: ${errorMessage(error)}`);
      return;
    }
    this.refreshRows();
    this.refreshStatus();
  }

  /**
   * Shows the pairs that pass these criteria. The same criteria asked again (the
   * search box's pause running out after a letter typed and taken back, or a
   * command settling the search first) change nothing: the pair just edited
   * stays in view, and a caller waits for the filtering already under way.
   */
  private setFilter(criteria: FilterCriteria): Promise<void> {
    if (sameCriteria(criteria, this.requestedCriteria)) return this.filtering;
    this.requestedCriteria = criteria;
    this.filtering = this.applyFilter(criteria);
    return this.filtering;
  }

  private async applyFilter(criteria: FilterCriteria): Promise<void> {
    // An edit still on its way (A pressed, then the filter changed) would keep its
    // pair shown under the new filter when it lands: let it land first.
    await this.enqueue(async () => undefined);
    this.criteria = criteria;
    this.keepShown = null;
    await Promise.all([this.refreshSearch(), this.find.setQuery(criteria.query)]);
    this.refreshRows();
    // A hidden row leaves the selection: bulk review acts on what the user sees.
    this.rows.keepOnly((id) => this.positionOf(this.store.indexOf(id)) >= 0);
    if (this.positionOf(this.store.selectedIndex) < 0 && this.visible.length > 0) {
      this.store.select(this.store.beads[this.visible[0]].id);
    } else {
      this.showSelection('nearest');
    }
    this.refreshStatus();
  }

  /** Position of a bead index in the visible list, or -1 (binary search: visible is sorted). */
  private positionOf(beadIndex: number): number {
    let low = 0;
    let high = this.visible.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.visible[middle] === beadIndex) return middle;
      if (this.visible[middle] < beadIndex) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** First visible position at or after a bead index. */
  private positionAtOrAfter(beadIndex: number): number {
    let low = 0;
    let high = this.visible.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.visible[middle] < beadIndex) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private selectPosition(position: number): void {
    if (this.visible.length === 0) return;
    const clamped = Math.max(0, Math.min(this.visible.length - 1, position));
    this.store.select(this.store.beads[this.visible[clamped]].id);
  }

  private moveSelection(delta: number): void {
    const index = this.store.selectedIndex;
    const position = this.positionOf(index);
    if (position < 0) {
      this.selectPosition(this.positionAtOrAfter(index) + (delta > 0 ? 0 : -1));
    } else {
      this.selectPosition(position + delta);
    }
  }

  // ---- talking to the main process ----

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private applyPatchResult(patch: ProjectPatch): void {
    this.store.applyPatch(patch);
  }

  /** What the last edit told the user (reviews reset...), for a command that says more after it. */
  private lastEditNotice = '';

  async edit(request: EditRequest): Promise<void> {
    this.lastEditNotice = '';
    await this.enqueue(async () => {
      try {
        // The place goes along with the edit, not ahead of it: both questions
        // are asked at once (the main process answers the place before writing it to disk).
        const placed = this.place.flush();
        const patch = await this.api.applyEdit(request);
        await placed;
        const notices = [request.kind === 'set-status' ? null : reviewResetNotice(this.store.beads, patch)];
        if ((request.kind === 'realign' || request.kind === 'realign-unreviewed') && patch.splices.length === 0) {
          notices.push('The pairs stay as they were: the aligner scores a new alignment no better');
        }
        this.applyPatchResult(patch);
        const bead = this.store.selectedBead;
        if (request.kind !== 'set-status' && bead && isFiltering(this.criteria) && !matchesFilter(bead, this.criteria, this.searchHits)) {
          notices.push(`Pair ${this.store.selectedIndex + 1} no longer matches the filter; it stays shown until the filter changes`);
        }
        const message = notices.filter(Boolean).join('. ');
        this.lastEditNotice = message;
        if (message) this.statusBar.say(message);
      } catch (error) {
        await showError('That change could not be made', errorMessage(error));
      }
    });
  }

  private async history(direction: 'undo' | 'redo'): Promise<void> {
    await this.editor.commitAll();
    await this.enqueue(async () => {
      const can = direction === 'undo' ? this.store.history.canUndo : this.store.history.canRedo;
      if (!can) {
        this.statusBar.say(direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
        return;
      }
      const label = direction === 'undo' ? this.store.history.undoLabel : this.store.history.redoLabel;
      try {
        const patch = await (direction === 'undo' ? this.api.undo() : this.api.redo());
        this.applyPatchResult(patch);
        await this.showUndone(direction, label, patch);
      } catch (error) {
        await showError(direction === 'undo' ? 'Undo failed' : 'Redo failed', errorMessage(error));
      }
    });
  }

  /**
   * After undo or redo: the pair it changed is selected and shown when the
   * selection was elsewhere (a change out of view is otherwise undone unseen,
   * as an editor reveals what its undo changed), under a filter too (it stays
   * shown until the filter changes, as an edited pair does); the status bar
   * says what was done.
   */
  private async showUndone(direction: 'undo' | 'redo', label: string | null, patch: ProjectPatch): Promise<void> {
    const done = `${direction === 'undo' ? 'Undone' : 'Redone'}: ${label ?? 'the last change'}`;
    // Nothing left to show (an inserted pair taken away): say what was done all the same.
    const touched = patch.splices.filter((splice) => splice.beads.length > 0);
    if (touched.length === 0) return this.statusBar.say(done);
    const selected = this.store.selectedIndex;
    const holdsSelection = touched.some((splice) => selected >= splice.index && selected < splice.index + splice.beads.length);
    if (holdsSelection) return this.statusBar.say(done);
    const first = Math.min(...touched.map((splice) => splice.index));
    const bead = this.store.beads[first];
    // The search's hits are asked anew after each change: judge with the answer for the text as it now is.
    if (this.positionOf(first) < 0 && this.criteria.query.trim() !== '') await this.refreshSearch();
    let kept = '';
    if (this.positionOf(first) < 0) {
      this.keepShown = bead.id;
      this.refreshRows();
      kept = '; it stays shown until the filter changes';
    }
    this.store.select(bead.id);
    this.statusBar.say(`${done} (pair ${first + 1}${kept})`);
  }

  private setProject(view: ProjectView | null): void {
    if (view) this.store.setProject(view);
  }

  // ---- commands ----

  private handleKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (target.closest('dialog') || target.closest('.context-menu')) return;
    const inTextField = target.matches('input, textarea, select, [contenteditable="true"]') || !!target.closest('.english-editor');
    const command = commandForKey(event, inTextField);
    if (!command) return;
    // Inside a text field, undo/redo/find belong to the field (the editors pass
    // Ctrl+Z on to the project once there is nothing left to undo locally).
    if (inTextField && (command === 'undo' || command === 'redo' || command === 'find')) return;
    const singleKey = !event.ctrlKey && !event.metaKey && !/^F\d+$/.test(event.key);
    const onGrid = target === this.grid.element || target === document.body || this.grid.element.contains(target);
    if (singleKey && !onGrid) return;
    event.preventDefault();
    event.stopPropagation();
    void this.run(command);
  }

  async run(command: CommandId, dropped?: File): Promise<void> {
    closeContextMenu();
    this.statusBar.say('');
    try {
      if (command === 'open-bilingual' && dropped) await this.openBilingual(dropped);
      else await this.runCommand(command);
    } catch (error) {
      if (!isCancelled(error)) await showError('Something went wrong', errorMessage(error));
    }
    focusHomeIfLost(() => this.grid.element);
  }

  private async runCommand(command: CommandId): Promise<void> {
    switch (command) {
      case 'new-project': return this.newProject([]);
      case 'open-project': return this.openProject();
      case 'save': await this.save(false); return;
      case 'save-as': await this.save(true); return;
      case 'export': return this.exportPairs();
      case 'export-document': return this.exportDocument();
      case 'open-bilingual': return this.openBilingual();
      case 'undo': return this.history('undo');
      case 'redo': return this.history('redo');
      case 'find': this.toolbar.search.focus(); this.toolbar.search.select(); return;
      case 'filter': this.toolbar.statusFilter.focus(); return;
      case 'toggle-columns':
        this.swapped = !this.swapped;
        localStorage.setItem(SWAP_KEY, String(this.swapped));
        this.applyLayout();
        this.showSelection('nearest');
        return;
      case 'toggle-theme':
        this.dark = !this.dark;
        applyTheme(this.dark);
        this.applyLayout();
        return;
      case 'toggle-diff': this.editor.toggleDiff(); return;
      case 'toggle-qa-panel': this.qa.toggle(); return;
      case 'next-finding': return this.qa.nextFinding();
      case 'ignore-finding': return this.qa.ignoreSelected();
      case 'load-glossary': return this.qa.loadGlossary();
      case 'realign-unreviewed':
        await this.editor.commitAll();
        return this.edit({ kind: 'realign-unreviewed' });
      case 'shortcuts': return showShortcuts();
      case 'about':
        await askChoice('About Muqabala', `Muqabala ${this.info.version}: align an Arabic original with its English translation sentence by sentence, review, correct and export the pairs.`, [{ label: 'Close', value: 'close', primary: true }]);
        return;
      case 'select-next': return this.moveSelection(1);
      case 'select-previous': return this.moveSelection(-1);
      case 'page-down': return this.moveSelection(this.grid.pageSize());
      case 'page-up': return this.moveSelection(-this.grid.pageSize());
      case 'select-first': return this.selectPosition(0);
      case 'select-last': return this.selectPosition(this.visible.length - 1);
      case 'extend-selection-down': return this.extendSelectionBy(1);
      case 'extend-selection-up': return this.extendSelectionBy(-1);
      case 'select-all': return this.selectAllShown();
      case 'next-document':
      case 'previous-document': {
        const ids = this.documents.ids;
        if (ids.length === 0) return this.statusBar.say('This project holds one document');
        const next = neighbourDocument(this.store.view?.documents ?? [], this.documents.currentDocument, command === 'next-document' ? 1 : -1);
        return this.showDocument(next);
      }
      case 'go-to-pair': return this.goToPair();
      case 'find-next': return this.findStep(1);
      case 'find-previous': return this.findStep(-1);
      case 'replace': return this.openReplace();
      case 'statistics': {
        // No argument at all for the whole project: an undefined one would reach the bridge as null.
        const shown = this.documents.currentDocument;
        return showStatistics(await (shown === null ? this.api.getStatistics() : this.api.getStatistics(shown)));
      }
      case 'edit-english': this.editor.focus('en'); return;
      case 'edit-arabic': this.editor.focus('ar'); return;
      default: return this.pairCommand(command);
    }
  }

  /** What the availability checks need to know about the editor's state now. */
  private commandContext(): CommandContext {
    return {
      hasProject: this.store.view !== null,
      beads: this.store.beads,
      selected: this.store.selectedIndex,
      isShown: (index) => this.positionOf(index) >= 0,
      pointed: this.pointedSentence(),
      selectedCount: this.rows.size,
      canUndo: this.store.history.canUndo,
      canRedo: this.store.history.canRedo,
    };
  }

  private async pairCommand(command: CommandId): Promise<void> {
    await this.editor.commitAll();
    const reason = unavailableReason(command, this.commandContext());
    // A status key is judged by setStatus once the status keys before it have landed (U then A pressed at once).
    const judgedLater = REVIEW_KEYS.has(command) && this.store.selectedBead !== null;
    if (reason && !judgedLater) return this.statusBar.say(reason);
    const bead = this.store.selectedBead!;
    const index = this.store.selectedIndex;
    switch (command) {
      case 'merge-with-next': return this.edit({ kind: 'merge-with-next', beadId: bead.id });
      case 'split-pair': return this.splitAtCursor();
      case 'move-en-first-up': return this.moveSentence(index, 'en', 'first');
      case 'move-en-last-down': return this.moveSentence(index, 'en', 'last');
      case 'move-ar-first-up': return this.moveSentence(index, 'ar', 'first');
      case 'move-ar-last-down': return this.moveSentence(index, 'ar', 'last');
      case 'insert-empty': {
        await this.edit({ kind: 'insert-empty', index: index + 1 });
        const inserted = this.store.beads[index + 1];
        if (!inserted) return;
        // An empty pair matches no status or search filter, but the user just made it:
        // keep it in view, as an edited pair is, until the filter changes.
        this.keepShown = inserted.id;
        this.refreshRows();
        this.store.select(inserted.id);
        return;
      }
      case 'delete-empty': return this.edit({ kind: 'delete-empty', beadId: bead.id });
      case 'detach-sentence': return this.detach();
      case 'realign': return this.realign();
      case 'approve': return this.setStatus('approved');
      case 'reject': return this.setStatus('rejected');
      case 'reset-status': return this.setStatus('unreviewed');
      case 'approve-and-next': {
        const last = this.rows.size > 1 ? this.selectedIdsInOrder().at(-1) : undefined;
        // The rows are taken now and the list moves on at once, the approval landing behind:
        // Space pressed again before it lands acts on the next pair, not on this one again.
        const approving = this.setStatus('approved');
        if (last) this.store.select(last);
        this.moveSelection(1);
        return approving;
      }
      case 'next-unreviewed': return this.nextUnreviewed();
      case 'next-doubtful': return this.nextDoubtful();
      default:
        return;
    }
  }

  /**
   * Moves a sentence to the neighbouring pair; the selection stays on the pair
   * the sentence left, or goes to the one it joined when nothing is left behind.
   */
  private async moveSentence(index: number, side: Lang, which: 'first' | 'last'): Promise<void> {
    const before = this.store.beads.length;
    await this.edit({ kind: 'move-sentence', beadId: this.store.beads[index].id, side, which });
    const emptied = this.store.beads.length < before;
    const stay = which === 'first' && emptied ? index - 1 : index;
    const bead = this.store.beads[stay];
    if (bead) this.store.select(bead.id);
  }

  /** Review keys in flight, one after the other (see setStatus). */
  private reviewChain: Promise<void> = Promise.resolve();

  /**
   * Sets the status of every selected row: one engine operation, so one undo step however many rows.
   * The rows are those selected when the key was pressed; whether they change is judged once the
   * status keys pressed before have landed, so U then A pressed in quick succession (or on a slow
   * machine) leaves the pair approved instead of losing the A to a status not yet updated.
   */
  private setStatus(status: 'approved' | 'rejected' | 'unreviewed'): Promise<void> {
    const bead = this.store.selectedBead;
    if (!bead) return Promise.resolve();
    const ids = this.rows.size > 1 ? this.selectedIdsInOrder() : [bead.id];
    const run = this.reviewChain.then(async () => {
      await this.enqueue(async () => undefined);
      const changing = ids.filter((id) => {
        const index = this.store.indexOf(id);
        return index >= 0 && this.store.beads[index].status !== status;
      });
      if (changing.length === 0) {
        if (ids.length === 1) this.statusBar.say(`This pair is already ${status}`);
        return;
      }
      await this.edit({ kind: 'set-status', beadIds: changing, status });
      if (ids.length > 1) this.statusBar.say(`${this.store.history.undoLabel ?? 'Done'}: one undo step`);
    });
    this.reviewChain = run.catch(() => undefined);
    return run;
  }

  private nextUnreviewed(): void {
    const start = this.positionAtOrAfter(this.store.selectedIndex + 1);
    for (let step = 0; step < this.visible.length; step++) {
      const position = (start + step) % this.visible.length;
      if (this.store.beads[this.visible[position]].status === 'unreviewed') return this.selectPosition(position);
    }
    this.statusBar.say('Every pair shown has been reviewed');
  }

  private nextDoubtful(): void {
    // Step on from the pair D chose last while it is still the one selected; from elsewhere, start at the most doubtful.
    const from = this.lastDoubtful !== null && this.lastDoubtful === this.store.selectedBeadId ? this.store.selectedIndex : -1;
    const position = nextDoubtfulPosition(this.store.beads, this.visible, from, (bead) => this.qa.riskOf(bead));
    if (position < 0) {
      // Under a filter the unreviewed pairs may only be hidden: do not say none is left.
      // One document shown: the others are not hidden by a filter, and may still hold some.
      const document = this.documents.shownScope();
      const hidden = this.visible.length < (document?.pairs ?? this.store.beads.length);
      if (hidden) return this.statusBar.say('No unreviewed pair among the pairs shown: the filter hides the others');
      return this.statusBar.say(document ? `No unreviewed pair left in ${document.name}` : 'No unreviewed pair left');
    }
    this.selectPosition(position);
    this.lastDoubtful = this.store.selectedBeadId;
  }

  /** The sentence the user pointed at: the editor cursor, else the sentence clicked in the grid. */
  private pointedSentence(): { side: Lang; index: number } | null {
    const bead = this.store.selectedBead;
    if (!bead) return null;
    const fromEditor = this.editor.hasFocus() ? this.editor.focusedSentence() : null;
    if (fromEditor) return fromEditor;
    const focus = this.store.sentenceFocus;
    if (focus && focus.beadId === bead.id && focus.index < bead[focus.side].length) return { side: focus.side, index: focus.index };
    return null;
  }

  private async detach(): Promise<void> {
    const bead = this.store.selectedBead!;
    if (bead.ar.length + bead.en.length < 2) return this.statusBar.say('This sentence is already on its own');
    let sentence = this.pointedSentence();
    if (!sentence) {
      // Nothing pointed at (keyboard only): ask which first/last sentence it is.
      const choices = detachCandidates(bead);
      sentence = choices.length === 1 ? choices[0] : await askDetachChoice(bead, choices);
      this.grid.focus();
      if (!sentence) return;
    }
    return this.edit({ kind: 'detach-sentence', beadId: bead.id, side: sentence.side, sentenceIndex: sentence.index });
  }

  /** What Split would do now, at the place the user pointed at (see splitPoint). */
  private splitPlan(): SplitPlan | null {
    const bead = this.store.selectedBead;
    if (!bead) return null;
    return planSplit(bead, splitPoint(bead, this.editor.hasFocus(), this.store.sentenceFocus, this.editor.lastSide, (at) => this.editor.cursor(at)));
  }

  /**
   * Why Split cannot act where the user pointed (the right-click menu greys it
   * out with this). Nothing pointed at is no refusal: the command then says where to point.
   */
  private splitRefusal(): string | null {
    const plan = this.splitPlan();
    return plan?.kind === 'refuse' ? plan.reason : null;
  }

  private async splitAtCursor(): Promise<void> {
    const plan = this.splitPlan();
    if (!plan) return;
    if (plan.kind === 'ask') return this.statusBar.say(plan.message);
    if (plan.kind === 'refuse') return this.statusBar.say(plan.reason);
    return this.edit(plan.request);
  }

  private async realign(): Promise<void> {
    const beads = this.store.beads;
    const { from, to } = realignStretch(beads, this.store.selectedIndex);
    // Re-aligning takes a moment: a key pressed meanwhile (Ctrl+Shift+A then A at once) acts once it is done.
    const progress = new ProgressDialog<CommandId>('Re-aligning', () => void this.api.cancelTask(), (event) => commandForKey(event, false));
    this.progress = progress;
    let held: CommandId[] = [];
    try {
      await this.edit({ kind: 'realign', fromBeadId: beads[from].id, toBeadId: beads[to].id });
    } finally {
      this.progress = null;
      held = progress.done();
      this.grid.focus();
    }
    if (held.length === 0) return;
    if (progress.cancelled) {
      this.statusBar.say(`Re-align cancelled; ${held.length === 1 ? 'the key' : `the ${held.length} keys`} pressed meanwhile not taken`);
      return;
    }
    await this.runHeld(held);
  }

  /** Commands of keys held while a task ran, in order, leaving the task's own message in the status bar. */
  private async runHeld(commands: readonly CommandId[]): Promise<void> {
    for (const command of commands) {
      try {
        await this.runCommand(command);
      } catch (error) {
        if (!isCancelled(error)) await showError('Something went wrong', errorMessage(error));
      }
    }
  }

  // ---- multi-row selection ----

  /** Keeps the multi-row selection in step with the store: plain navigation collapses it, edits prune it. */
  /** Shows one document's pairs (null: every document's), selecting its first pair shown. */
  private showDocument(documentId: string | null): void {
    this.documents.setCurrent(documentId);
    this.keepShown = null;
    this.refreshRows();
    this.qa.scopeChanged();
    this.banner.update(this.shownDocumentView());
    this.rows.keepOnly((id) => this.positionOf(this.store.indexOf(id)) >= 0);
    if (this.positionOf(this.store.selectedIndex) < 0 && this.visible.length > 0) this.store.select(this.store.beads[this.visible[0]].id);
    else this.showSelection('center');
    this.refreshStatus();
    this.statusBar.say(documentId === null ? 'All documents' : `Document ${documentId}`);
    this.grid.focus();
  }

  /** When the selected pair lies in another document than the one shown, show that document. */
  private followDocument(): void {
    const current = this.documents.currentDocument;
    if (current === null) return;
    const at = this.documents.documentAt(this.store.selectedIndex);
    if (at !== null && at !== current) {
      this.documents.setCurrent(at);
      this.refreshRows();
      this.qa.scopeChanged();
      this.banner.update(this.shownDocumentView());
    }
  }

  /**
   * The project as the banner judges it: in a many-document project, the
   * document shown (its own match score), and no banner over all documents
   * (the list flags each one that does not look like a translation).
   */
  private shownDocumentView(): ProjectView | null {
    const view = this.store.view;
    if (!view?.documents) return view;
    const shown = view.documents.find((document) => document.id === this.documents.currentDocument);
    if (!shown) return { ...view, looksLikeTranslation: true };
    return { ...view, alignment: { ...view.alignment, matchScore: shown.matchScore, matchReason: shown.matchReason }, looksLikeTranslation: shown.looksLikeTranslation };
  }

  private followSelection(kind: 'project' | 'beads' | 'selection' | 'meta'): void {
    if (kind === 'project') this.rows.collapse(this.store.selectedBeadId);
    else if (kind === 'beads') {
      this.rows.keepOnly((id) => this.store.indexOf(id) >= 0);
      if (this.rows.size === 0) this.rows.collapse(this.store.selectedBeadId);
    } else if (kind === 'selection' && !this.extendingSelection) this.rows.collapse(this.store.selectedBeadId);
  }

  private selectKeeping(beadId: string | null, change: () => void): void {
    this.extendingSelection = true;
    try {
      change();
      if (beadId !== this.store.selectedBeadId) this.store.select(beadId);
      else this.showSelection('nearest');
    } finally {
      this.extendingSelection = false;
    }
    this.refreshStatus();
    if (this.rows.size > 1) this.statusBar.say(`${this.rows.size} pairs selected: A, R or U reviews them all in one step`);
  }

  /** Shift: select every shown row from the anchor to this one. */
  private extendSelectionTo(beadId: string): void {
    const anchor = this.rows.anchorId(this.store.selectedBeadId) ?? beadId;
    const from = this.positionOf(this.store.indexOf(anchor));
    const to = this.positionOf(this.store.indexOf(beadId));
    if (from < 0 || to < 0) return this.store.select(beadId);
    const ids: string[] = [];
    for (let position = Math.min(from, to); position <= Math.max(from, to); position++) ids.push(this.store.beads[this.visible[position]].id);
    this.selectKeeping(beadId, () => this.rows.setRange(ids));
  }

  private extendSelectionBy(delta: 1 | -1): void {
    const position = this.positionOf(this.store.selectedIndex);
    if (position < 0 || this.visible.length === 0) return;
    const target = Math.max(0, Math.min(this.visible.length - 1, position + delta));
    this.extendSelectionTo(this.store.beads[this.visible[target]].id);
  }

  private toggleInSelection(beadId: string): void {
    const current = this.rows.toggle(beadId, this.store.selectedBeadId);
    this.selectKeeping(current, () => undefined);
  }

  private selectAllShown(): void {
    if (this.visible.length === 0) return;
    const ids = this.visible.map((index) => this.store.beads[index].id);
    this.selectKeeping(this.store.selectedBeadId ?? ids[0], () => this.rows.setRange(ids));
  }

  private selectedIdsInOrder(): string[] {
    return [...this.rows.all()].map((id) => this.store.indexOf(id)).filter((index) => index >= 0)
      .sort((a, b) => a - b).map((index) => this.store.beads[index].id);
  }

  // ---- find, replace, go to ----

  private async findStep(delta: 1 | -1): Promise<void> {
    const typed = this.toolbar.search.value;
    if (typed.trim() === '') {
      this.toolbar.search.focus();
      return this.statusBar.say('Type what to find in the search box');
    }
    // Enter right after typing: the debounced filter has not asked yet.
    if (typed !== this.criteria.query) await this.setFilter(this.toolbar.criteria());
    await this.find.setQuery(this.criteria.query);
    this.find.step(delta);
  }

  private openReplace(): void {
    this.replaceBar.show();
    if (this.toolbar.search.value.trim() === '') {
      this.toolbar.search.focus();
      this.statusBar.say('Type what to find in the search box, then what to put instead in the replace bar');
    } else {
      this.replaceBar.field.focus();
      this.replaceBar.field.select();
    }
  }

  private async replaceOne(replacement: string): Promise<void> {
    await this.editor.commitAll();
    if (this.toolbar.search.value !== this.criteria.query) await this.setFilter(this.toolbar.criteria());
    // The search box may have been typed into a moment ago: wait for its matches, not the last query's.
    await this.find.setQuery(this.criteria.query);
    const match = this.find.currentMatch();
    if (!match || match.side !== 'en') {
      // The first press shows which match Replace will change.
      this.find.step(1, 'en');
      return;
    }
    await this.edit({
      kind: 'replace-text', side: 'en', query: this.find.query, replacement,
      at: { beadId: match.beadId, sentence: match.sentence, start: match.start },
    });
    await this.find.refresh();
    if (this.find.matches.some((candidate) => candidate.side === 'en')) this.find.step(1, 'en');
    else this.statusBar.say('Replaced: no English match left');
  }

  private async replaceAll(replacement: string): Promise<void> {
    await this.editor.commitAll();
    if (this.toolbar.search.value !== this.criteria.query) await this.setFilter(this.toolbar.criteria());
    await this.find.setQuery(this.criteria.query);
    const query = this.find.query;
    const shown = this.find.matches.filter((match) => match.side === 'en' && this.positionOf(this.store.indexOf(match.beadId)) >= 0);
    if (query.trim() === '') return this.statusBar.say('Type what to find in the search box first');
    if (shown.length === 0) return this.statusBar.say('No match in the English');
    const filtered = isFiltering({ ...this.criteria, query: '' });
    // One document shown: its pairs only, as Find counted them (the others are out of sight).
    const document = this.documents.shownScope()?.name;
    const before = this.store.history.undoLabel;
    await this.edit({
      kind: 'replace-text', side: 'en', query, replacement,
      ...(filtered || document ? { beadIds: [...new Set(shown.map((match) => match.beadId))] } : {}),
    });
    const label = this.store.history.undoLabel;
    // Keep the edit's own notice (approvals reset) after the count: it must not be silenced.
    const notice = this.lastEditNotice ? `. ${this.lastEditNotice}` : '';
    const scope = filtered ? ' (pairs shown only)' : document ? ` (${document} only)` : '';
    if (label && label !== before) this.statusBar.say(`${label.replace(/^Replace/, 'Replaced')}${scope}: one undo step${notice}`);
  }

  private async goToPair(): Promise<void> {
    const count = this.store.beads.length;
    if (count === 0) return;
    const number = await askPairNumber(count, this.store.selectedIndex + 1);
    this.grid.focus();
    if (number === null) return;
    if (this.positionOf(number - 1) < 0) {
      // Hidden by the filter: show everything, then go there.
      this.toolbar.statusFilter.value = 'all';
      this.toolbar.confidenceFilter.value = '1';
      this.toolbar.search.value = '';
      await this.setFilter(NO_FILTER);
      this.statusBar.say(`Filter cleared to show pair ${number}`);
    }
    this.store.select(this.store.beads[number - 1].id);
  }

  // ---- files ----

  private async confirmDiscard(action: string): Promise<boolean> {
    if (!this.store.view?.dirty) return true;
    const choice = await askChoice('Unsaved changes', `The project has unsaved changes. Save them before you ${action}?`, [
      { label: 'Cancel', value: 'cancel' },
      { label: 'Discard changes', value: 'discard' },
      { label: 'Save', value: 'save', primary: true },
    ]);
    if (choice === 'save') return this.save(false);
    return choice === 'discard';
  }

  private async newProject(files: File[]): Promise<void> {
    await this.place.flush();
    if (!(await this.confirmDiscard('create a new project'))) return;
    let draft: NewProjectDraft = { ar: files[0], en: files[1] };
    let held: CommandId[] = [];
    // More than two files: several documents, paired by name.
    if (files.length > 2) return this.newDocumentsProject(files);
    // A failure opens the dialog again with the same choices and the reason, to fix one file and retry.
    for (;;) {
      const answer = await askNewProject(draft, this.info?.freeDictionary);
      if (answer === 'several') return this.newDocumentsProject([]);
      if (!answer) break;
      const progress = new ProgressDialog<CommandId>('Aligning the texts', () => void this.api.cancelTask(), (event) => commandForKey(event, false));
      this.progress = progress;
      try {
        const { project, report } = await this.api.createProject(answer.request);
        held = progress.done();
        this.store.setProject(project);
        await showImportReport(report, project.alignment.matchScore);
        break;
      } catch (error) {
        held = progress.done();
        if (isCancelled(error)) {
          this.statusBar.say('Alignment cancelled');
          break;
        }
        draft = { ...answer.draft, problem: errorMessage(error) };
      } finally {
        this.progress = null;
      }
    }
    this.sayNotTaken(held);
    this.grid.focus();
  }

  /**
   * Keys pressed while a new project was being aligned are not run on it (they
   * were typed before there was anything to act on): the status bar says so.
   */
  private sayNotTaken(held: readonly CommandId[]): void {
    if (held.length === 0) return;
    this.statusBar.append(`${held.length === 1 ? 'The key' : `The ${held.length} keys`} pressed while aligning ${held.length === 1 ? 'was' : 'were'} not taken`);
  }

  /** New Project from several files or a folder: paired by name, the pairing shown, then each document aligned. */
  private async newDocumentsProject(files: File[]): Promise<void> {
    const request = await askDocumentsProject(this.api, files);
    if (request) {
      const progress = new ProgressDialog<CommandId>('Aligning the documents', () => void this.api.cancelTask(), (event) => commandForKey(event, false));
      this.progress = progress;
      let held: CommandId[] = [];
      try {
        const { project, report } = await this.api.createDocumentsProject(request);
        held = progress.done();
        this.store.setProject(project);
        const flagged = report.documents.filter((document) => document.warnings.some((warning) => /do not look like translations/.test(warning)));
        this.statusBar.say(`${report.documents.length} documents aligned, ${project.beads.length} pairs`
          + (flagged.length > 0 ? `; ${flagged.length} do not look like translations (⚠ in the list)` : '')
          + (report.failed.length > 0 ? `; left out: ${report.failed.map((failure) => `${failure.id} (${failure.error})`).join(', ')}` : ''));
      } catch (error) {
        held = progress.done();
        if (isCancelled(error)) this.statusBar.say('Alignment cancelled');
        else await showError('Could not create the project', errorMessage(error));
      } finally {
        this.progress = null;
      }
      this.sayNotTaken(held);
    }
    this.grid.focus();
  }

  private async openProject(): Promise<void> {
    await this.place.flush();
    if (!(await this.confirmDiscard('open another project'))) return;
    let path: string | undefined;
    if (!this.info.nativeDialogs) {
      const typed = await promptPath('Open project', 'Project file path', this.store.view?.path ?? suggestedFolder(null, this.info));
      if (!typed) return;
      path = typed;
    }
    try {
      this.setProject(await this.api.openProject(path));
    } catch (error) {
      await showError('Could not open the project', errorMessage(error));
    }
    this.grid.focus();
  }

  /** Saves; true when the project is saved afterwards. */
  private async save(as: boolean): Promise<boolean> {
    await this.editor.commitAll();
    const view = this.store.view;
    if (!view) return false;
    let path: string | undefined;
    if ((as || !view.path) && !this.info.nativeDialogs) {
      const suggestion = view.path ?? `${suggestedFolder(view, this.info)}/${view.name.replace(/[\\/:*?"<>|]+/g, '_')}.muqabala`;
      const typed = await promptPath(as ? 'Save project as' : 'Save project', 'Save to path', suggestion);
      if (!typed) return false;
      path = typed;
    }
    this.store.setSaveState('saving');
    try {
      await this.place.flush();
      const result = await this.enqueue(() => (as || path ? this.api.saveProjectAs(path) : this.api.saveProject()));
      if (!result) {
        this.store.setSaveState(view.dirty ? 'unsaved' : 'saved');
        return false;
      }
      this.store.setSaved(result.path);
      rememberFolder(result.path);
      this.statusBar.say(`Saved to ${result.path}`);
      return true;
    } catch (error) {
      this.store.setSaveState('unsaved');
      await showError('Could not save the project', errorMessage(error));
      return false;
    }
  }

  private async exportPairs(): Promise<void> {
    await this.editor.commitAll();
    const view = this.store.view;
    if (!view) return;
    const exported = await showExportDialog({
      info: this.info,
      folder: suggestedFolder(view, this.info),
      beads: this.store.beads,
      documents: exportDocumentChoice(this.documents.ids, this.documents.currentDocument, this.store.beads),
      projectName: view.name,
      run: (request) => this.enqueue(() => this.api.exportProject(request)),
      onProgress: (listener) => this.api.onProgress(listener),
    });
    if (exported?.paths[0]) rememberFolder(exported.paths[0]);
    this.grid.focus();
  }

  private async exportDocument(): Promise<void> {
    await this.editor.commitAll();
    const view = this.store.view;
    if (!view) return;
    // A many-document project writes one document at a time: the one shown, or the selected pair's.
    const document = this.documents.currentDocument ?? this.documents.documentAt(this.store.selectedIndex);
    const result = await showExportDocumentDialog(this.info, document ?? view.name,
      (request) => this.enqueue(() => this.api.exportDocument(document === null ? request : { ...request, document })));
    if (result) this.statusBar.say(`Exported ${result.paragraphs} paragraphs to ${result.path}`);
    this.grid.focus();
  }

  private async openBilingual(dropped?: File): Promise<void> {
    if (!(await this.confirmDiscard('open another project'))) return;
    const input = await askBilingualFile(this.info, dropped);
    if (input === undefined) return;
    try {
      const view = await this.api.openBilingual(input ?? undefined);
      if (view) {
        this.setProject(view);
        this.statusBar.say(`Opened ${view.beads.length} pairs from ${input?.fileName ?? 'the bilingual file'} for review`);
      }
    } catch (error) {
      await showError('Could not open the bilingual file', errorMessage(error));
    }
    this.grid.focus();
  }

  /** The window is closing: commit the text being typed first (editors commit on blur), then ask about unsaved changes. */
  private async closeWindow(): Promise<void> {
    await this.editor.commitAll();
    await this.place.flush();
    const proceed = await this.confirmDiscard('close');
    await this.api.confirmClose(proceed);
  }
}
