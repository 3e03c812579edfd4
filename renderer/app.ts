// The editor's controller: owns the project store and the views, turns
// commands (keys, toolbar, context menu, native menu) into API calls, and
// applies the patches that come back. Edits are queued so they reach the main
// process, and their patches the grid, strictly in order.
import type { AppInfo, EditRequest, Lang, MuqabalaApi, ProjectPatch, ProjectView } from '../main/ipc/contract';
import { errorMessage, isCancelled } from './api';
import { closeContextMenu, showContextMenu } from './chrome/context-menu';
import { StatusBar } from './chrome/status-bar';
import { applyTheme, loadDarkTheme } from './chrome/theme';
import { Toolbar } from './chrome/toolbar';
import type { CommandId } from '../main/ipc/command-table';
import { commandForKey } from './commands/keymap';
import { showExportDialog } from './dialogs/export-dialog';
import { askNewProject, showImportReport } from './dialogs/new-project-dialog';
import { ProgressDialog } from './dialogs/progress-dialog';
import { showShortcuts } from './dialogs/shortcuts-dialog';
import { askChoice, promptPath, showError } from './dialogs/simple-dialogs';
import { PairEditor } from './editors/pair-editor';
import { filterBeads, isFiltering, NO_FILTER, type FilterCriteria } from './filters/bead-filter';
import { VirtualGrid } from './grid/virtual-grid';
import { ProjectStore } from './state/project-store';
import { QaController } from './qa/qa-controller';

const CONTEXT_MENU: Array<CommandId | '-'> = [
  'merge-with-next', 'split-pair', '-',
  'move-en-first-up', 'move-en-last-down', 'move-ar-first-up', 'move-ar-last-down', '-',
  'insert-empty', 'delete-empty', 'detach-sentence', 'realign', '-',
  'approve', 'reject', 'reset-status',
];

const SWAP_KEY = 'muqabala.swapColumns';

export class App {
  readonly store = new ProjectStore();
  private info!: AppInfo;
  private criteria: FilterCriteria = NO_FILTER;
  /** Beads matching criteria.query, as the main process's search last answered. */
  private searchHits: ReadonlySet<string> | null = null;
  private visible: number[] = [];
  private swapped = localStorage.getItem(SWAP_KEY) === 'true';
  private dark = loadDarkTheme();
  private readonly grid: VirtualGrid;
  private readonly editor: PairEditor;
  private readonly toolbar: Toolbar;
  private readonly statusBar = new StatusBar();
  private queue: Promise<unknown> = Promise.resolve();
  private progress: ProgressDialog | null = null;
  private readonly qa: QaController;

  constructor(private readonly api: MuqabalaApi, root: HTMLElement) {
    applyTheme(this.dark);
    this.toolbar = new Toolbar((id) => void this.run(id), (criteria) => void this.setFilter(criteria));
    this.grid = new VirtualGrid({
      onSelect: (beadId, sentence) => this.store.select(beadId, sentence ? { beadId, ...sentence } : null),
      onActivate: () => this.editor.focus('en'),
      onContextMenu: (beadId, x, y) => {
        this.store.select(beadId, this.store.sentenceFocus);
        showContextMenu(x, y, CONTEXT_MENU, (id) => void this.run(id), this.grid.element);
      },
    });
    this.editor = new PairEditor({
      commitText: (beadId, side, texts) => this.edit({ kind: 'edit-text', beadId, side, texts }),
      commitNote: (beadId, note) => this.edit({ kind: 'set-note', beadId, note }),
      save: () => void this.run('save'),
      undo: () => void this.run('undo'),
      redo: () => void this.run('redo'),
      returnToGrid: () => this.grid.focus(),
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
    });
    const main = document.createElement('main');
    main.className = 'workspace';
    main.append(this.grid.element, this.editor.element);
    const row = document.createElement('div');
    row.className = 'workspace-row';
    row.append(main, this.qa.element);
    root.replaceChildren(this.toolbar.element, row, this.statusBar.element);
    root.removeAttribute('aria-busy');
    this.applyLayout();

    this.store.subscribe((event) => {
      if (event.kind === 'project' || event.kind === 'beads') {
        this.qa.projectChanged();
        this.refreshRows();
        // Edited text may now match, or no longer match, the search.
        if (this.criteria.query.trim() !== '') void this.refreshSearch();
      }
      if (event.kind !== 'meta') this.showSelection(event.kind === 'project' ? 'center' : 'nearest');
      this.refreshStatus();
    });
    document.addEventListener('keydown', (event) => this.handleKey(event), true);
    document.addEventListener('dragover', (event) => event.preventDefault());
    document.addEventListener('drop', (event) => {
      if ((event.target as HTMLElement).closest('dialog')) return;
      event.preventDefault();
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void this.newProject(files);
    });
  }

  async start(): Promise<void> {
    this.info = await this.api.getAppInfo();
    document.documentElement.dataset.shell = this.info.shell;
    this.api.onMenuCommand((command) => void this.run(command));
    this.api.onProgress((event) => this.progress?.update(event.fraction, event.message));
    if (this.info.shell === 'browser') {
      window.addEventListener('beforeunload', (event) => {
        if (this.store.view?.dirty) event.preventDefault();
      });
    }
    try {
      const recovery = await this.api.checkRecovery();
      if (recovery.available) {
        const when = recovery.savedAt ? ` (autosaved ${new Date(recovery.savedAt).toLocaleString()})` : '';
        const choice = await askChoice(
          'Restore unsaved work?',
          `The last session of "${recovery.projectName ?? 'a project'}" ended without saving${when}. Restore its unsaved changes?`,
          [{ label: 'Discard', value: 'discard' }, { label: 'Restore', value: 'restore', primary: true }],
        );
        if (choice === 'restore') {
          this.store.setProject(await this.api.restoreRecovery());
          return;
        }
        await this.api.discardRecovery();
      }
      const current = await this.api.getProject();
      this.store.setProject(current ?? (await this.api.openSample()));
    } catch (error) {
      await showError('Could not open a project', errorMessage(error));
    }
    this.grid.focus();
  }

  // ---- view updates ----

  private refreshRows(): void {
    const beads = this.store.beads;
    const byCheck = this.qa.gridFilter();
    if (isFiltering(this.criteria) || byCheck) {
      this.visible = filterBeads(beads, this.criteria, this.searchHits);
      if (byCheck) this.visible = this.visible.filter((index) => byCheck.has(beads[index].id));
    } else if (this.visible.length !== beads.length || this.visible[this.visible.length - 1] !== beads.length - 1) {
      this.visible = Array.from({ length: beads.length }, (_, index) => index);
    }
    this.grid.setRows(beads, this.visible);
  }

  private refreshStatus(): void {
    this.statusBar.update(this.store, this.visible.length);
    const history = this.store.history;
    this.toolbar.setEnabled('undo', history.canUndo, history.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z)` : 'Nothing to undo');
    this.toolbar.setEnabled('redo', history.canRedo, history.redoLabel ? `Redo ${history.redoLabel} (Ctrl+Y)` : 'Nothing to redo');
  }

  private showSelection(align: 'nearest' | 'center'): void {
    const index = this.store.selectedIndex;
    this.grid.setSelected(this.store.selectedBeadId);
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

  private async setFilter(criteria: FilterCriteria): Promise<void> {
    this.criteria = criteria;
    await this.refreshSearch();
    this.refreshRows();
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

  async edit(request: EditRequest): Promise<void> {
    await this.enqueue(async () => {
      try {
        this.applyPatchResult(await this.api.applyEdit(request));
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
      try {
        this.applyPatchResult(await (direction === 'undo' ? this.api.undo() : this.api.redo()));
      } catch (error) {
        await showError(direction === 'undo' ? 'Undo failed' : 'Redo failed', errorMessage(error));
      }
    });
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

  private needBead(): { id: string; index: number } | null {
    const bead = this.store.selectedBead;
    if (!bead) {
      this.statusBar.say('Select a pair first');
      return null;
    }
    return { id: bead.id, index: this.store.selectedIndex };
  }

  async run(command: CommandId): Promise<void> {
    closeContextMenu();
    this.statusBar.say('');
    try {
      await this.runCommand(command);
    } catch (error) {
      if (!isCancelled(error)) await showError('Something went wrong', errorMessage(error));
    }
  }

  private async runCommand(command: CommandId): Promise<void> {
    switch (command) {
      case 'new-project': return this.newProject([]);
      case 'open-project': return this.openProject();
      case 'save': await this.save(false); return;
      case 'save-as': await this.save(true); return;
      case 'export': return this.exportPairs();
      case 'close-window': return this.closeWindow();
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
      case 'edit-english': this.editor.focus('en'); return;
      case 'edit-arabic': this.editor.focus('ar'); return;
      default: return this.pairCommand(command);
    }
  }

  private async pairCommand(command: CommandId): Promise<void> {
    await this.editor.commitAll();
    const bead = this.needBead();
    if (!bead) return;
    const current = this.store.beads[bead.index];
    switch (command) {
      case 'merge-with-next':
        if (bead.index >= this.store.beads.length - 1) return this.statusBar.say('The last pair has no next pair to merge with');
        return this.edit({ kind: 'merge-with-next', beadId: bead.id });
      case 'split-pair': return this.splitAtCursor();
      case 'move-en-first-up': return this.move(bead, 'en', 'first');
      case 'move-en-last-down': return this.move(bead, 'en', 'last');
      case 'move-ar-first-up': return this.move(bead, 'ar', 'first');
      case 'move-ar-last-down': return this.move(bead, 'ar', 'last');
      case 'insert-empty': {
        await this.edit({ kind: 'insert-empty', index: bead.index + 1 });
        const inserted = this.store.beads[bead.index + 1];
        if (inserted) this.store.select(inserted.id);
        return;
      }
      case 'delete-empty':
        if (current.ar.length > 0 || current.en.length > 0) return this.statusBar.say('Only a pair with no sentences can be deleted');
        return this.edit({ kind: 'delete-empty', beadId: bead.id });
      case 'detach-sentence': return this.detach();
      case 'realign': return this.realign();
      case 'approve': return this.setStatus('approved');
      case 'reject': return this.setStatus('rejected');
      case 'reset-status': return this.setStatus('unreviewed');
      case 'approve-and-next':
        await this.setStatus('approved');
        this.moveSelection(1);
        return;
      case 'next-unreviewed': return this.nextUnreviewed();
      case 'next-doubtful': return this.nextDoubtful();
      default:
        return;
    }
  }

  private async move(bead: { id: string; index: number }, side: Lang, which: 'first' | 'last'): Promise<void> {
    const sentences = this.store.beads[bead.index][side];
    if (sentences.length === 0) return this.statusBar.say(`This pair has no ${side === 'ar' ? 'Arabic' : 'English'} sentence to move`);
    if (which === 'first' && bead.index === 0) return this.statusBar.say('The first pair has no previous pair');
    if (which === 'last' && bead.index === this.store.beads.length - 1) return this.statusBar.say('The last pair has no next pair');
    return this.edit({ kind: 'move-sentence', beadId: bead.id, side, which });
  }

  private async setStatus(status: 'approved' | 'rejected' | 'unreviewed'): Promise<void> {
    const bead = this.store.selectedBead;
    if (!bead || bead.status === status) return;
    return this.edit({ kind: 'set-status', beadIds: [bead.id], status });
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
    let best = -1;
    for (let position = 0; position < this.visible.length; position++) {
      const bead = this.store.beads[this.visible[position]];
      if (bead.status !== 'unreviewed') continue;
      // Highest risk first: low confidence and quality findings together (core/qa/risk.ts).
      if (best < 0 || this.qa.riskOf(bead) > this.qa.riskOf(this.store.beads[this.visible[best]])) best = position;
    }
    if (best < 0) return this.statusBar.say('No unreviewed pair left');
    this.selectPosition(best);
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
    const sentence = this.pointedSentence();
    if (!sentence) return this.statusBar.say('Click the sentence that has no counterpart first (or put the cursor on it)');
    if (bead.ar.length + bead.en.length < 2) return this.statusBar.say('This sentence is already on its own');
    return this.edit({ kind: 'detach-sentence', beadId: bead.id, side: sentence.side, sentenceIndex: sentence.index });
  }

  /**
   * Split at the cursor of the editor used last. On a line boundary the pair
   * splits there; inside a sentence, the sentence and the pair split at the
   * cursor in one step (one undo). The other side is divided in the same proportion.
   */
  private async splitAtCursor(): Promise<void> {
    const bead = this.store.selectedBead!;
    const side: Lang = this.editor.lastSide ?? 'en';
    const cursor = this.editor.cursor(side);
    const count = bead[side].length;
    if (!cursor || count === 0) return this.statusBar.say('Put the cursor in the English or Arabic editor where the pair should split');
    const other: Lang = side === 'en' ? 'ar' : 'en';
    if (cursor.offset > 0 && cursor.offset < cursor.lineLength) {
      // The sentence becomes two, the first ending its pair: line + 1 of count + 1 sentences.
      const otherIndex = Math.round(((cursor.line + 1) / (count + 1)) * bead[other].length);
      return this.edit({ kind: 'split-inside-sentence', beadId: bead.id, side, sentenceIndex: cursor.line, offset: cursor.offset, otherIndex });
    }
    const splitIndex = cursor.offset === 0 ? cursor.line : cursor.line + 1;
    if ((splitIndex <= 0 || splitIndex >= count) && bead.ar.length + bead.en.length < 2) return this.statusBar.say('Nothing to split');
    const otherCount = bead[other].length;
    let otherIndex = Math.round((splitIndex / count) * otherCount);
    // Never leave both new pairs without a sentence on a side that had some.
    if (splitIndex === 0 && otherIndex === 0) otherIndex = Math.min(1, otherCount);
    if (splitIndex === count && otherIndex === otherCount) otherIndex = Math.max(0, otherCount - 1);
    if ((splitIndex === 0 && otherIndex === 0) || (splitIndex === count && otherIndex === otherCount)) {
      return this.statusBar.say('Put the cursor between two sentences or inside one to split');
    }
    const request: EditRequest = side === 'en'
      ? { kind: 'split-pair', beadId: bead.id, arIndex: otherIndex, enIndex: splitIndex }
      : { kind: 'split-pair', beadId: bead.id, arIndex: splitIndex, enIndex: otherIndex };
    return this.edit(request);
  }

  private async realign(): Promise<void> {
    const beads = this.store.beads;
    const index = this.store.selectedIndex;
    if (beads[index].status === 'approved') return this.statusBar.say('Select an unapproved pair between two approved ones');
    let from = index;
    while (from > 0 && beads[from - 1].status !== 'approved') from--;
    let to = index;
    while (to < beads.length - 1 && beads[to + 1].status !== 'approved') to++;
    if (from === to) return this.statusBar.say('Nothing to re-align: the pair stands alone between approved pairs');
    const progress = new ProgressDialog('Re-aligning', () => void this.api.cancelTask());
    this.progress = progress;
    try {
      await this.edit({ kind: 'realign', fromBeadId: beads[from].id, toBeadId: beads[to].id });
    } finally {
      this.progress = null;
      progress.done();
    }
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
    if (!(await this.confirmDiscard('create a new project'))) return;
    const request = await askNewProject(files);
    if (!request) return;
    const progress = new ProgressDialog('Aligning the texts', () => void this.api.cancelTask());
    this.progress = progress;
    try {
      const { project, report } = await this.api.createProject(request);
      progress.done();
      this.store.setProject(project);
      await showImportReport(report);
    } catch (error) {
      progress.done();
      if (isCancelled(error)) this.statusBar.say('Alignment cancelled');
      else await showError('Could not create the project', errorMessage(error));
    } finally {
      this.progress = null;
    }
    this.grid.focus();
  }

  private async openProject(): Promise<void> {
    if (!(await this.confirmDiscard('open another project'))) return;
    let path: string | undefined;
    if (!this.info.nativeDialogs) {
      const typed = await promptPath('Open project', 'Project file path', this.store.view?.path ?? this.info.defaultDirectory);
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
      const suggestion = view.path ?? `${this.info.defaultDirectory}/${view.name.replace(/[\\/:*?"<>|]+/g, '_')}.muqabala`;
      const typed = await promptPath(as ? 'Save project as' : 'Save project', 'Save to path', suggestion);
      if (!typed) return false;
      path = typed;
    }
    this.store.setSaveState('saving');
    try {
      const result = await this.enqueue(() => (as || path ? this.api.saveProjectAs(path) : this.api.saveProject()));
      if (!result) {
        this.store.setSaveState(view.dirty ? 'unsaved' : 'saved');
        return false;
      }
      this.store.setSaved(result.path);
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
    await showExportDialog({
      info: this.info,
      beads: this.store.beads,
      projectName: view.name,
      run: (request) => this.enqueue(() => this.api.exportProject(request)),
      onProgress: (listener) => this.api.onProgress(listener),
    });
    this.grid.focus();
  }

  private async closeWindow(): Promise<void> {
    await this.editor.commitAll();
    const proceed = await this.confirmDiscard('close');
    await this.api.confirmClose(proceed);
  }
}
