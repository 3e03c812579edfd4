// The session API: every request/response method of the contract (MuqabalaApi),
// implemented once with the services, for one window's session. The Electron IPC
// handlers and the loopback bridge both reach it through dispatchInvoke, which
// validates the arguments and turns every failure into an ApiErrorPayload.
// Nothing here knows which shell it runs in beyond AppInfo.shell: dialogs,
// external links and closing the window come in as dependencies.

import { dialogFolder, LastFolder } from '../shell/dialog-folder';
import * as path from 'node:path';
import { EXPORT_FORMATS } from '../core/formats/index';
import { validateProject } from '../core/project/file';
import { findMatches } from '../core/project/find';
import { searchBeads } from '../core/project/search';
import { computeStatistics } from '../core/project/statistics';
import type { SourceDocument } from '../core/project/types';
import { documentProject, joinProjects, projectAlignment, type DocumentPart } from '../core/project/documents';
import { pairByName } from '../core/corpus/pairing';
import { MATCH_THRESHOLD } from '../core/align/matchScore';
import type {
  AppInfo, CreateDocumentsRequest, CreateProjectRequest, DocumentsImportReport, EncodingName, ExportDocumentRequest, ExportFormatInfo, ExportRequest, FileInput, InvokeArgs,
  InvokeMethod, InvokeReply, MuqabalaApi, ProgressEvent, ProjectView,
} from '../ipc/contract';
import { PROJECT_FILE_EXTENSION } from '../ipc/contract';
import { validateInvokeArgs } from '../ipc/validate';
import { ApiError, toApiErrorPayload } from './api-error';
import { AlignTaskRunner } from './align-worker';
import { Autosaver, DEFAULT_AUTOSAVE_MS, RecoveryStore } from './recovery';
import type { InitialLoad, WindowPlan } from '../shell/start-plan';
import type { ProjectSession } from './session';
import { describeError } from './errors';
import { importFromBytes, readTextFile } from './text-file';
import { projectFromBilingualBytes, readBilingualFile } from './bilingual-file';
import { exportDocumentToFile } from './export-document';
import { parseGlossary } from '../core/qa/glossary';
import type { GlossaryEntry } from '../core/qa/types';
import { loadGlossaryFile } from './glossary-file';
import { changedQaSettings, exportLexiconText, NO_QA_SETTINGS, qaReport } from './qa';
import { parseLexiconTsv } from '../core/qa/lexicon';
import { writeFileAtomic } from './atomic-write';
import { readFile } from 'node:fs/promises';
import { FREEDICT_ARA_ENG, installedDictionary } from './dictionary-file';

export type SessionApi = Pick<MuqabalaApi, InvokeMethod>;

/** Native file dialogs (Electron). Each resolves to the chosen path, or null when the user cancelled. */
export interface DialogProvider {
  chooseProjectToOpen(defaultDirectory: string): Promise<string | null>;
  chooseProjectSavePath(suggestedPath: string): Promise<string | null>;
  chooseExportPath(suggestedPath: string, format: ExportFormatInfo): Promise<string | null>;
  chooseDocumentExportPath(suggestedPath: string, output: ExportDocumentRequest['output']): Promise<string | null>;
  chooseBilingualToOpen(defaultDirectory: string): Promise<string | null>;
}

export interface SessionApiDeps {
  session: ProjectSession;
  /** Shared by every session of the process, so one window never offers another's live autosave. */
  recovery: RecoveryStore;
  autosaveMs?: number;
  /** Null where there are no native dialogs (the browser): paths then come from the renderer. */
  dialogs: DialogProvider | null;
  emitProgress: (event: ProgressEvent) => void;
  appVersion: string;
  shell: AppInfo['shell'];
  /** Folder with the sample's two texts (assets/sample). */
  sampleDir: string;
  defaultDirectory: string;
  /** The folder of the last file chosen in a dialog, shared by the app's windows (main/shell/dialog-folder.ts). */
  lastFolder?: LastFolder;
  /** Where FreeDict's ara-eng index is looked for (dictionary-file.ts's FREEDICT_ARA_ENG; tests point elsewhere). */
  freeDictionaryPath?: string;
  openExternal?: (url: string) => Promise<void>;
  /** Closes the window once the renderer allowed it (confirmClose(true)). */
  closeWindow?: () => void;
  /** The user cancelled a close (confirmClose(false)): Electron calls off a Quit in progress. */
  closeCancelled?: () => void;
  /** A project was opened from or saved to a file (recent files). */
  onProjectFile?: (filePath: string) => void;
  /** Autosave failures are logged, never thrown at the user mid-edit. */
  onBackgroundError?: (error: unknown) => void;
}

export interface SessionApiInstance extends SessionApi {
  /**
   * The shell's initial load for this window (main/shell/start-plan.ts), started
   * before the renderer loads; startup() waits for it. Resolves with the error
   * to show, or null.
   */
  beginInitialLoad(load: InitialLoad, fallback: WindowPlan['fallback']): Promise<string | null>;
  /** Resolves once the renderer has called startup(), from when on it listens to menu commands and close requests. */
  readonly rendererStarted: Promise<void>;
  /**
   * The process or window is going away without the user closing the project:
   * stop any alignment and write unsaved work to the recovery file (kept).
   */
  shutdown(): Promise<void>;
}

export const SAMPLE_FILES = { ar: 'putin-bases-taliban.ar.txt', en: 'putin-bases-taliban.en.txt' } as const;
export const SAMPLE_PROJECT_NAME = 'Sample: Putin offers bases (Arabic news + English rendering)';

export function exportFormatInfos(): ExportFormatInfo[] {
  return EXPORT_FORMATS.map((info) => ({
    format: info.format,
    label: info.label,
    extensions: [...info.extensions],
    needsBothSides: info.needsBothSides,
  }));
}

function stem(fileName: string): string {
  const base = path.basename(fileName);
  const extension = path.extname(base);
  return extension ? base.slice(0, -extension.length) : base;
}

async function readInput(input: FileInput, encoding: EncodingName | undefined): Promise<SourceDocument> {
  if (input.bytes) return importFromBytes(input.bytes, input.fileName, encoding);
  if (input.path) return readTextFile(input.path, encoding);
  throw new ApiError('bad-request', `"${input.fileName}": neither a path nor the file's contents were given.`);
}

export function createSessionApi(deps: SessionApiDeps): SessionApiInstance {
  const { session, recovery, dialogs } = deps;
  const runner = new AlignTaskRunner();
  const autosaver = new Autosaver(recovery, session, deps.autosaveMs ?? DEFAULT_AUTOSAVE_MS, deps.onBackgroundError);
  session.onChange(() => autosaver.changed());

  const alignProgress = (fraction: number): void =>
    deps.emitProgress({ task: 'align', fraction, message: fraction < 1 ? 'Aligning sentences…' : 'Alignment done' });

  // Bumped by cancelTask, so a task cancelled while its files are still being read never starts aligning.
  let cancelGeneration = 0;

  // The initial load: none until the shell starts one.
  let initialLoad: Promise<string | null> = Promise.resolve(null);
  let fallback: WindowPlan['fallback'] = 'none';
  let markRendererStarted: () => void = () => undefined;
  const rendererStarted = new Promise<void>((resolve) => { markRendererStarted = resolve; });

  async function readThenBuild(
    name: (ar: SourceDocument, en: SourceDocument) => string,
    read: () => Promise<[SourceDocument, SourceDocument]>,
    dictionaryPath?: string,
  ) {
    const generation = cancelGeneration;
    alignProgress(0);
    const [first, second] = await read();
    if (generation !== cancelGeneration) throw new ApiError('cancelled', 'Alignment cancelled.');
    return runner.build({ name: name(first, second), first, second, dictionaryPath }, alignProgress);
  }

  /** The installed FreeDict ara-eng index, or null. */
  function freeDictionary(): Promise<string | null> {
    return installedDictionary(deps.freeDictionaryPath ?? FREEDICT_ARA_ENG);
  }

  /** The files the open project was made from, when they came from disk (the folder dialogs start in, failing the project's own). */
  let sourcePaths: string[] = [];
  const lastFolder = deps.lastFolder ?? new LastFolder(path);

  function dialogDirectory(): string {
    return dialogFolder({ projectPath: session.path, sourcePaths, lastUsed: lastFolder.get(), documents: deps.defaultDirectory }, path);
  }

  /** A dialog's answer: remembered as the last folder used. */
  function chosenFile(chosen: string | null): string | null {
    if (chosen) lastFolder.remember(chosen);
    return chosen;
  }

  function suggestedPath(extension: string): string {
    const current = session.path;
    const name = session.currentProject()?.name ?? 'Untitled';
    const base = current ? stem(current) : name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Untitled';
    return path.join(dialogDirectory(), `${base}${extension}`);
  }

  async function saveTo(target: string | null | undefined): Promise<{ path: string } | null> {
    session.requireProject();
    const chosen = target ?? (dialogs ? chosenFile(await dialogs.chooseProjectSavePath(suggestedPath(PROJECT_FILE_EXTENSION))) : null);
    if (!chosen) {
      if (!dialogs && !target) throw new ApiError('bad-request', 'Give the path to save the project to.');
      return null;
    }
    const result = await session.save(chosen);
    // A path typed in the browser's prompt counts as chosen too: the next page (a reload) starts there.
    lastFolder.remember(result.path);
    deps.onProjectFile?.(result.path);
    return result;
  }

  const api: SessionApiInstance = {
    rendererStarted,

    beginInitialLoad(load, whenNothing) {
      fallback = whenNothing;
      initialLoad = (async () => {
        try {
          if (load.kind === 'file') await api.openProject(load.path);
          else if (load.kind === 'sample') await api.openSample();
          return null;
        } catch (error) {
          return load.kind === 'file' ? `"${load.path}" could not be opened: ${describeError(error)}` : describeError(error);
        }
      })();
      return initialLoad;
    },

    async startup() {
      const error = await initialLoad;
      markRendererStarted();
      return { project: session.view(), recovery: await recovery.check(), fallback, error };
    },

    async getAppInfo() {
      return {
        version: deps.appVersion,
        shell: deps.shell,
        nativeDialogs: dialogs !== null,
        exportFormats: exportFormatInfos(),
        defaultDirectory: deps.defaultDirectory,
        lastFolder: lastFolder.get(),
        freeDictionary: (await freeDictionary())
          ? { available: true, reason: '' }
          : { available: false, reason: 'not installed (Debian and Ubuntu: apt install dict-freedict-ara-eng)' },
      };
    },

    async searchBeads(query: string) {
      return searchBeads(session.requireProject().beads, query);
    },

    async findMatches(query: string) {
      return findMatches(session.requireProject().beads, query);
    },

    async getStatistics(document?: string) {
      const project = session.requireProject();
      if (document !== undefined) {
        const shown = documentProject(project, document);
        return computeStatistics(shown.beads, shown.alignment);
      }
      return computeStatistics(project.beads, projectAlignment(project));
    },

    async setViewState(state) {
      // Kept at once (a save, a reopen and getProject see it); the file beside
      // the project is written after the answer, so the review key this place
      // was sent along with does not wait for the disk. Shutdown waits for it.
      // Only a convenience: a failed write stays as quiet as it always was.
      session.setViewState(state).catch(() => undefined);
    },

    async getProject() {
      return session.view();
    },

    async openSample() {
      const { project } = await readThenBuild(() => SAMPLE_PROJECT_NAME, () => Promise.all([
        readTextFile(path.join(deps.sampleDir, SAMPLE_FILES.ar)),
        readTextFile(path.join(deps.sampleDir, SAMPLE_FILES.en)),
      ]));
      // Nothing to lose yet: the sample is clean until the user changes it.
      // Its texts live in the application's folder: no dialog should start there.
      sourcePaths = [];
      return session.load(project, null, { unsaved: false });
    },

    async createProject(request: CreateProjectRequest) {
      let dictionaryPath: string | undefined;
      if (request.useFreeDictionary) {
        const installed = await freeDictionary();
        if (!installed) throw new ApiError('bad-request', 'The FreeDict Arabic-English dictionary is not installed.');
        dictionaryPath = installed;
      }
      const { project, report } = await readThenBuild(
        (first, second) => request.name?.trim() || `${stem(first.fileName)} + ${stem(second.fileName)}`,
        () => Promise.all([readInput(request.ar, request.encoding?.ar), readInput(request.en, request.encoding?.en)]),
        dictionaryPath,
      );
      // Named after the files as the import ordered them (Arabic first), also when they came swapped.
      if (!request.name?.trim()) project.name = `${stem(project.sources.ar.fileName)} + ${stem(project.sources.en.fileName)}`;
      sourcePaths = [request.ar.path, request.en.path].filter((sourcePath): sourcePath is string => typeof sourcePath === 'string');
      return { project: session.load(project, null, { unsaved: true }), report };
    },

    async pairDocuments(fileNames: string[]) {
      const { pairs, problems } = pairByName(fileNames.map((name) => name.replace(/\\/g, '/')));
      return { pairs: pairs.map((pair) => ({ id: pair.id, ar: pair.arPath, en: pair.enPath })), problems };
    },

    async createDocumentsProject(request: CreateDocumentsRequest) {
      // Each document is aligned on its own (its own length model and match
      // score), one after the other in the window's worker; then they are joined.
      const generation = cancelGeneration;
      const total = request.documents.length;
      const parts: DocumentPart[] = [];
      const report: DocumentsImportReport = { documents: [], failed: [] };
      for (const [index, document] of request.documents.entries()) {
        const progress = (fraction: number): void => deps.emitProgress({
          task: 'align', fraction: (index + fraction) / total, message: `Aligning ${document.id} (${index + 1} of ${total})…`,
        });
        progress(0);
        try {
          const [first, second] = await Promise.all([readInput(document.ar, undefined), readInput(document.en, undefined)]);
          if (generation !== cancelGeneration) throw new ApiError('cancelled', 'Alignment cancelled.');
          const built = await runner.build({ name: document.id, first, second }, progress);
          parts.push({ id: document.id, project: built.project });
          report.documents.push({
            id: document.id, arSentences: built.report.ar.sentences, enSentences: built.report.en.sentences,
            pairs: built.project.beads.length, match: built.report.match, warnings: built.report.warnings,
          });
        } catch (error) {
          if (error instanceof ApiError && error.code === 'cancelled') throw error;
          if (generation !== cancelGeneration) throw new ApiError('cancelled', 'Alignment cancelled.');
          report.failed.push({ id: document.id, error: describeError(error) });
        }
      }
      alignProgress(1);
      if (parts.length === 0) {
        throw new ApiError('import-error', `No document could be imported: ${report.failed.map((failure) => `${failure.id}: ${failure.error}`).join('; ')}`);
      }
      const name = request.name?.trim() || `${parts[0].id} and ${parts.length - 1} more`;
      // One document alone stays a one-document project, as New Project with two files makes.
      const project = parts.length === 1 ? { ...parts[0].project, name } : joinProjects(name, parts);
      return { project: session.load(project, null, { unsaved: true }), report };
    },

    async cancelTask() {
      cancelGeneration++;
      runner.cancel();
    },

    async openProject(filePath?: string) {
      const chosen = filePath ?? (dialogs ? chosenFile(await dialogs.chooseProjectToOpen(dialogDirectory())) : null);
      if (!chosen) {
        if (!dialogs) throw new ApiError('bad-request', 'Give the path of the project file to open.');
        return null;
      }
      const view: ProjectView = await session.openFile(chosen);
      lastFolder.remember(chosen);
      sourcePaths = [];
      deps.onProjectFile?.(chosen);
      return view;
    },

    async saveProject() {
      return saveTo(session.path);
    },

    async saveProjectAs(filePath?: string) {
      return saveTo(filePath);
    },

    async applyEdit(request) {
      return session.applyEdit(request);
    },

    async undo() {
      return session.undo();
    },

    async redo() {
      return session.redo();
    },

    async exportProject(request: ExportRequest) {
      session.requireProject();
      const info = exportFormatInfos().find((candidate) => candidate.format === request.format);
      if (!info) throw new ApiError('bad-request', `Unknown export format "${request.format}".`);
      const suggested = suggestedPath(info.extensions.length === 1 ? info.extensions[0] : '');
      const target = request.path ?? (dialogs ? chosenFile(await dialogs.chooseExportPath(suggested, info)) : null);
      if (!target) {
        if (!dialogs) throw new ApiError('bad-request', 'Give the path to export to.');
        return null;
      }
      deps.emitProgress({ task: 'export', fraction: 0, message: `Exporting ${info.label}…` });
      const result = await session.export(request.format, target, request.all, deps.appVersion, request.document);
      lastFolder.remember(target);
      deps.emitProgress({ task: 'export', fraction: 1, message: `Exported ${result.pairs} pairs` });
      return result;
    },

    async exportDocument(request: ExportDocumentRequest) {
      const project = session.requireProject();
      const suggested = suggestedPath(`.${request.side}.${request.output}`);
      const target = request.path ?? (dialogs ? chosenFile(await dialogs.chooseDocumentExportPath(suggested, request.output)) : null);
      if (!target) {
        if (!dialogs) throw new ApiError('bad-request', 'Give the path to export the document to.');
        return null;
      }
      if (!target.toLowerCase().endsWith(`.${request.output}`)) {
        throw new ApiError('bad-request', `The file name must end in .${request.output} (found "${path.basename(target)}").`);
      }
      if (project.documents && request.document === undefined) {
        throw new ApiError('bad-request', 'This project holds several documents: choose the one to export as a document.');
      }
      const written = await exportDocumentToFile(documentProject(project, request.document), request.side, target);
      lastFolder.remember(target);
      return written;
    },

    async openBilingual(input?: FileInput) {
      let project;
      let from: string | null = null;
      if (input?.bytes) project = projectFromBilingualBytes(input.bytes, input.fileName);
      else if (input?.path) project = await readBilingualFile(from = input.path);
      else {
        const chosen = dialogs ? chosenFile(await dialogs.chooseBilingualToOpen(dialogDirectory())) : null;
        if (!chosen) {
          if (!dialogs) throw new ApiError('bad-request', 'Give the bilingual file to open.');
          return null;
        }
        project = await readBilingualFile(from = chosen);
      }
      sourcePaths = from ? [from] : [];
      return session.load(project, null, { unsaved: true });
    },

    async checkRecovery() {
      return recovery.check();
    },

    async restoreRecovery() {
      const orphan = await recovery.findOrphan();
      if (!orphan) throw new ApiError('project-error', 'There is no unsaved work to restore.');
      // The file is untrusted input like any project file: validated the same way.
      const project = validateProject(orphan.record.project, `the unsaved work of "${orphan.record.name}"`);
      const view = session.load(project, orphan.record.path, { unsaved: true });
      // Our own recovery file takes over before the old one goes, so a crash in between loses nothing.
      await autosaver.flush();
      await recovery.discard(orphan);
      return view;
    },

    async discardRecovery() {
      const orphan = await recovery.findOrphan();
      if (orphan) await recovery.discard(orphan);
    },

    async confirmClose(proceed: boolean) {
      if (!proceed) {
        deps.closeCancelled?.();
        return;
      }
      runner.cancel();
      await autosaver.closeCleanly();
      session.close();
      deps.closeWindow?.();
    },

    async openExternal(url: string) {
      // validate.ts has already refused anything but http(s).
      if (!deps.openExternal) throw new ApiError('bad-request', 'Opening links is not available here; open the link in your browser.');
      await deps.openExternal(url);
    },

    async getFindings() {
      return qaReport(session.requireProject(), session.dirty);
    },

    async setQaSettings(change) {
      session.setQaSettings(changedQaSettings(session.requireProject(), change));
      return qaReport(session.requireProject(), session.dirty);
    },

    async loadGlossary(file) {
      const project = session.requireProject();
      let entries: GlossaryEntry[];
      try {
        entries = file.bytes ? parseGlossary(new TextDecoder().decode(file.bytes), file.fileName) : await loadGlossaryFile(file.path ?? '');
      } catch (error) {
        throw new ApiError('import-error', describeError(error));
      }
      session.setQaSettings({ ...(project.qa ?? NO_QA_SETTINGS), glossary: entries });
      return qaReport(project, session.dirty);
    },

    async exportLexicon(filePath) {
      const text = exportLexiconText(session.requireProject());
      await writeFileAtomic(filePath, text);
      return { path: filePath, entries: text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).length };
    },

    async loadLexicon(file) {
      const project = session.requireProject();
      let text: string;
      try {
        text = file.bytes ? new TextDecoder().decode(file.bytes) : await readFile(file.path ?? '', 'utf8');
      } catch (error) {
        throw new ApiError('import-error', `cannot read the lexicon "${file.fileName}": ${describeError(error)}`);
      }
      session.setQaSettings({ ...(project.qa ?? NO_QA_SETTINGS), lexicon: parseLexiconTsv(text) });
      return qaReport(project, session.dirty);
    },

    async shutdown() {
      runner.cancel();
      await session.placesWritten();
      if (session.dirty) await autosaver.flush();
      else await autosaver.closeCleanly();
      autosaver.stop();
    },
  };
  return api;
}

/**
 * One call from a renderer, whatever the transport: validates the method's
 * arguments, runs it, and returns its value or a user-readable error.
 */
export async function dispatchInvoke(api: SessionApi, method: InvokeMethod, rawArgs: unknown): Promise<InvokeReply<unknown>> {
  try {
    const args = validateInvokeArgs(method, rawArgs);
    const call = api[method] as (...values: InvokeArgs<typeof method>) => Promise<unknown>;
    const value = await call(...args);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    return { ok: false, error: toApiErrorPayload(error) };
  }
}
