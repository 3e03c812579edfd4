// One open project and what goes with it: where it is saved, its undo history and
// whether it has unsaved changes. Every change to the project goes through here
// (edit, undo, redo, open, save), so the renderer's view, the autosave and the
// window title can all follow one onChange signal. Pure Node, no Electron.

import { randomUUID } from 'node:crypto';
import { MATCH_THRESHOLD } from '../core/align/matchScore';
import { createEditContext } from '../core/pipeline';
import { EditHistory } from '../core/project/history';
import { planEdit, type Operation } from '../core/project/operations';
import type { BeadSplice, EditRequest, Project } from '../core/project/types';
import type { QaSettings } from '../core/qa/types';
import { documentProject, projectAlignment } from '../core/project/documents';
import { lexiconDictionary } from './qa';
import type { ExportFormat, ExportResult, HistoryState, ProjectPatch, ProjectView, SaveResult } from '../ipc/contract';
import { ApiError } from './api-error';
import { exportProjectToFile } from './export-file';
import { loadProjectFile, saveProjectFile } from './project-file';
import type { ViewState } from '../core/project/view-state';
import { readViewState, writeViewState } from './view-state-file';
import { toWireBeads } from '../ipc/wire-beads';

interface OpenProject {
  project: Project;
  path: string | null;
  history: EditHistory;
  /** Where the reviewer is (selected pair, top of the list); kept beside the project file. */
  viewState: ViewState | null;
}

export type SessionListener = (session: ProjectSession) => void;

export class ProjectSession {
  /** Names this session's recovery file; unique per window and process. */
  readonly sessionId: string = randomUUID();
  private open: OpenProject | null = null;
  /** The writes of the reviewer's place still under way, chained. */
  private placeWrites: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<SessionListener>();

  /** Called after every change of the project, its path or its dirty state. */
  onChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  get hasProject(): boolean {
    return this.open !== null;
  }

  get path(): string | null {
    return this.open?.path ?? null;
  }

  get dirty(): boolean {
    return this.open?.history.dirty ?? false;
  }

  currentProject(): Project | null {
    return this.open?.project ?? null;
  }

  /** The open project, or ApiError('no-project'). */
  requireProject(): Project {
    if (!this.open) throw new ApiError('no-project', 'No project is open.');
    return this.open.project;
  }

  view(): ProjectView | null {
    if (!this.open) return null;
    const { project, path } = this.open;
    const alignment = projectAlignment(project);
    return {
      name: project.name,
      path,
      dirty: this.dirty,
      sources: {
        ar: { fileName: project.sources.ar.fileName, encoding: project.sources.ar.encoding },
        en: { fileName: project.sources.en.fileName, encoding: project.sources.en.encoding },
      },
      alignment: { ...alignment },
      looksLikeTranslation: alignment.matchScore >= MATCH_THRESHOLD,
      beads: toWireBeads(project.beads),
      ...(project.documents ? {
        documents: project.documents.map((document) => ({
          id: document.id,
          sources: { ar: document.sources.ar.fileName, en: document.sources.en.fileName },
          matchScore: document.alignment.matchScore,
          ...(document.alignment.matchReason !== undefined ? { matchReason: document.alignment.matchReason } : {}),
          looksLikeTranslation: document.alignment.matchScore >= MATCH_THRESHOLD,
        })),
      } : {}),
      history: this.historyState(),
      viewState: this.open.viewState,
    };
  }

  /**
   * Makes this the open project with a fresh history. `unsaved`: it differs from
   * any file on disk (a new alignment, restored unsaved work), so it is dirty.
   */
  load(project: Project, path: string | null, options: { unsaved: boolean }): ProjectView {
    const history = new EditHistory();
    if (options.unsaved) history.markUnsaved();
    this.open = { project, path, history, viewState: null };
    this.changed();
    return this.view() as ProjectView;
  }

  async openFile(path: string): Promise<ProjectView> {
    const project = await loadProjectFile(path);
    const viewState = await readViewState(path);
    const view = this.load(project, path, { unsaved: false });
    if (this.open) this.open.viewState = viewState;
    return { ...view, viewState };
  }

  /** Plans the edit with the engine (rescoring and re-aligning as needed) and applies it. */
  applyEdit(request: EditRequest): ProjectPatch {
    const project = this.requireProject();
    // Re-aligning uses what the reviewer's approvals taught (the project lexicon) as a dictionary.
    const learnt = request?.kind === 'realign' || request?.kind === 'realign-unreviewed' ? lexiconDictionary(project) : undefined;
    return this.applyOperation(planEdit(project, request, createEditContext(project, learnt)));
  }

  applyOperation(operation: Operation): ProjectPatch {
    const { project, history } = this.requireOpen();
    return this.patch(history.apply(project, operation));
  }

  undo(): ProjectPatch {
    const { project, history } = this.requireOpen();
    return this.patch(history.undo(project));
  }

  redo(): ProjectPatch {
    const { project, history } = this.requireOpen();
    return this.patch(history.redo(project));
  }

  /**
   * Replaces the project's quality-check settings. They are not an edit of the
   * pairs, so there is no undo step; the project becomes unsaved.
   */
  setQaSettings(settings: QaSettings): void {
    const { project, history } = this.requireOpen();
    project.qa = settings;
    history.markUnsaved();
    this.changed();
  }

  /** Saves to path (or the project's own path); the saved state is the clean one from now on. */
  async save(path?: string): Promise<SaveResult> {
    const open = this.requireOpen();
    const target = path ?? open.path;
    if (!target) throw new ApiError('bad-request', 'The project has no file yet: choose where to save it.');
    await saveProjectFile(target, open.project);
    // The project may have been replaced while the file was written; only mark what was saved.
    if (this.open === open) {
      open.path = target;
      open.history.markSaved();
      this.changed();
      if (open.viewState) await writeViewState(target, open.viewState).catch(() => undefined);
    }
    return { path: target };
  }

  /**
   * Remembers where the reviewer is, and writes it beside the project file when
   * there is one (resolves once written). Not an edit: the project's dirty state does not change.
   */
  setViewState(state: ViewState): Promise<void> {
    const open = this.requireOpen();
    open.viewState = state;
    if (!open.path) return Promise.resolve();
    const path = open.path;
    // One write at a time, in the order given: an older place never lands after a newer one.
    const written = this.placeWrites.then(() => writeViewState(path, state));
    this.placeWrites = written.catch(() => undefined);
    return written;
  }

  /** Resolves once every place handed to setViewState has been written (or failed to be). */
  placesWritten(): Promise<void> {
    return this.placeWrites;
  }

  /** Writes the pairs to outPath: the approved ones, or all of them; of one document, or of every one. */
  async export(format: ExportFormat, outPath: string, all: boolean, toolVersion: string, document?: string): Promise<ExportResult> {
    const project = this.requireProject();
    if (document !== undefined && !project.documents?.some((candidate) => candidate.id === document)) {
      throw new ApiError('bad-request', `The project has no document "${document}".`);
    }
    const written = await exportProjectToFile(documentProject(project, document), format, outPath, { all, toolVersion });
    return { paths: written.paths, pairs: written.pairs };
  }

  /** Forgets the open project (the window closes or the user discarded it). */
  close(): void {
    if (!this.open) return;
    this.open = null;
    this.changed();
  }

  private requireOpen(): OpenProject {
    this.requireProject();
    return this.open as OpenProject;
  }

  private historyState(): HistoryState {
    return this.open ? this.open.history.snapshot() : { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
  }

  private patch(splices: BeadSplice[]): ProjectPatch {
    if (splices.length > 0) this.changed();
    return {
      splices: splices.map((splice) => ({ ...splice, beads: toWireBeads(splice.beads) })),
      dirty: this.dirty,
      history: this.historyState(),
    };
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this);
  }
}
