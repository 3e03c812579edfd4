// The one contract between the renderer and the main process. Every method of
// MuqabalaApi is one IPC channel (`muqabala:<method>`); the preload exposes it as
// window.muqabala, the Electron handlers and the loopback bridge (npm run serve)
// both call the same service functions behind it. Types only plus the list of
// method names, so the renderer can import this file without pulling in Node code.

import type { AlignmentSummary, Bead, BeadSplice, DocumentFormat, EditRequest, ImportedSide, Lang, ReviewStatus, Sentence } from '../core/project/types';
import type { EncodingName } from '../core/text/decode';
import type { FindMatch } from '../core/project/find';
import type { ProjectStatistics } from '../core/project/statistics';
import type { ViewState } from '../core/project/view-state';

import type { CheckName, Finding, FindingRange, TermRange } from '../core/qa/types';

export type { AlignmentSummary, Bead, BeadSplice, EditRequest, FindMatch, Lang, ProjectStatistics, ReviewStatus, ViewState };
export type { CheckName, Finding, FindingRange, TermRange };

export type ExportFormat = 'tmx' | 'xliff' | 'tsv' | 'csv' | 'jsonl' | 'moses';

export type { EncodingName } from '../core/text/decode';

export interface ExportFormatInfo {
  format: ExportFormat;
  label: string;
  /** File extension(s) written, e.g. ['.tmx'] or ['.ar', '.en'] for Moses. */
  extensions: string[];
  /** JSONL carries every bead; the others only beads with both sides. */
  needsBothSides: boolean;
}

export interface AppInfo {
  version: string;
  /** 'electron' in the desktop app, 'browser' behind npm run serve. */
  shell: 'electron' | 'browser';
  /** Native open/save dialogs exist (Electron); otherwise the renderer asks for a path itself. */
  nativeDialogs: boolean;
  exportFormats: ExportFormatInfo[];
  /** Directory used as the default for new files (the user's documents folder or the cwd). */
  defaultDirectory: string;
  /**
   * The folder of the last file opened, saved or exported to while the services
   * run (null before any): where Save and Export start, failing the project's own
   * folder. A reloaded page has forgotten it; the services have not.
   */
  lastFolder: string | null;
  /** FreeDict's Arabic-English dictionary (GPL, never bundled): offered when installed, with the reason when not. */
  freeDictionary: { available: boolean; reason: string };
}

/** A file handed to the main process by the renderer: a path it can read, or the bytes themselves (drag and drop, browser). */
export interface FileInput {
  fileName: string;
  path?: string;
  bytes?: Uint8Array;
}

export interface CreateProjectRequest {
  ar: FileInput;
  en: FileInput;
  /** Force an encoding instead of detecting it. */
  encoding?: { ar?: EncodingName; en?: EncodingName };
  name?: string;
  /** Align with the installed FreeDict Arabic-English dictionary (AppInfo.freeDictionary). */
  useFreeDictionary?: boolean;
}

/** One side as imported (the engine's own record of it). */
export type ImportedSideReport = ImportedSide;

export interface ImportReport {
  ar: ImportedSideReport;
  en: ImportedSideReport;
  /** The two files were given the wrong way round and were swapped. */
  swapped: boolean;
  /** Human-readable warnings (swapped files, low match score, ...). */
  warnings: string[];
  /** The whole-pair match score and its reason in plain words. */
  match: { score: number; reason: string };
  /** The dictionary the aligner used ("FreeDict Arabic-English, 49074 entries"); absent when none. */
  dictionary?: string;
}

/** Several documents for one project (a book's chapters, a client's batch): each pair of files and its id. */
export interface CreateDocumentsRequest {
  documents: Array<{ id: string; ar: FileInput; en: FileInput }>;
  name?: string;
}

/** How files given together pair up by name (NAME.ar.EXT with NAME.en.EXT), shown before anything is aligned. */
export interface DocumentPairing {
  /** Each pair's id (NAME, with its folder) and the two file names as given. */
  pairs: Array<{ id: string; ar: string; en: string }>;
  /** Files left out, and why (no counterpart, two Arabic files for one name). */
  problems: Array<{ where: string; problem: string }>;
}

/** What the import of several documents found, document by document. */
export interface DocumentsImportReport {
  documents: Array<{ id: string; arSentences: number; enSentences: number; pairs: number; match: { score: number; reason: string }; warnings: string[] }>;
  /** Documents that could not be imported (left out of the project). */
  failed: Array<{ id: string; error: string }>;
}

/** One document of a many-document project, as the document list shows it (its progress comes from the beads). */
export interface DocumentView {
  id: string;
  sources: { ar: string; en: string };
  matchScore: number;
  /** Why the document's match score is what it is (absent in older projects). */
  matchReason?: string;
  /** The match score reaches the threshold: the two texts look like translations of each other. */
  looksLikeTranslation: boolean;
}

/**
 * A sentence on the wire: `original` is left out when it equals `text` (an
 * unedited sentence, most of a project), which keeps the project sent at open
 * a third smaller. main/ipc/wire-beads.ts packs and restores it.
 */
export type WireSentence = Omit<Sentence, 'original'> & { original?: string };

/** A bead on the wire (its sentences as WireSentence); the renderer restores it to a Bead on arrival. */
export type WireBead = Omit<Bead, 'ar' | 'en'> & { ar: WireSentence[]; en: WireSentence[] };

/** A BeadSplice on the wire. */
export type WireBeadSplice = Omit<BeadSplice, 'beads'> & { beads: WireBead[] };

/** Everything the renderer shows about the open project. */
export interface ProjectView {
  name: string;
  /** Where the project is saved; null until first saved. */
  path: string | null;
  dirty: boolean;
  sources: { ar: { fileName: string; encoding: string }; en: { fileName: string; encoding: string } };
  /** In a many-document project, over all documents (each document's weighted by its pairs). */
  alignment: AlignmentSummary;
  /** alignment.matchScore reaches the threshold: the texts look like translations of each other. */
  looksLikeTranslation: boolean;
  beads: WireBead[];
  /** A many-document project's documents, in order (each bead's `document` names one); absent for one document. */
  documents?: DocumentView[];
  history: HistoryState;
  /** Where the reviewer was when the project was last left (read from beside the project file); null when unknown. */
  viewState?: ViewState | null;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** Label of what undo / redo would do, e.g. 'Merge pairs'. */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** A change to the open project: splices to apply in order to the renderer's bead list. */
export interface ProjectPatch {
  splices: WireBeadSplice[];
  dirty: boolean;
  history: HistoryState;
}

export interface SaveResult {
  path: string;
}

export interface ExportRequest {
  format: ExportFormat;
  /** Export every pair instead of the approved ones only. */
  all: boolean;
  /** Output path (for Moses: the prefix; .ar and .en are added). Omitted: ask with a native dialog. */
  path?: string;
  /** In a many-document project: export only this document's pairs (omitted: every document's). */
  document?: string;
}

export interface ExportResult {
  /** Files written. */
  paths: string[];
  /** Number of pairs written. */
  pairs: number;
}

/** File › Export Document…: one side's whole text as edited, in the source's paragraphs. */
export interface ExportDocumentRequest {
  side: Lang;
  output: 'txt' | 'docx' | 'html';
  /** Output file; omitted: ask with a native dialog. */
  path?: string;
  /** In a many-document project: which document to write (required there: a document is written one at a time). */
  document?: string;
}

export interface ExportDocumentResult {
  path: string;
  paragraphs: number;
}

export interface RecoveryInfo {
  available: boolean;
  projectName?: string;
  savedAt?: string;
  path?: string | null;
}

export interface ProgressEvent {
  /** What is running: 'align', 'export', ... */
  task: string;
  /** 0..1 */
  fraction: number;
  message: string;
}

/**
 * What the main process opened for this window at start. The main process
 * owns the initial load; the renderer waits for it (startup()) and never
 * loads a project on its own at start.
 */
export interface StartupState {
  /** The project the main process opened, or null. */
  project: ProjectView | null;
  /** Unsaved work of a session that ended without saving: the renderer offers to restore it first. */
  recovery: RecoveryInfo;
  /** What to show when no project was opened, or the user declines the restore: the sample, or nothing. */
  fallback: 'sample' | 'none';
  /** Why the initial load failed (a file that could not be opened), for the user; null when it did not. */
  error: string | null;
}

/** One quality check as the QA panel lists it. */
export interface QaCheckInfo {
  name: CheckName;
  label: string;
  description: string;
  enabled: boolean;
}

/** The quality checks' findings on the open project, and what the panel needs to show them. */
export interface QaReport {
  /** Findings not marked "ignore", in pair order. */
  findings: Finding[];
  checks: QaCheckInfo[];
  /** Entries of the project's glossary. */
  glossaryTerms: number;
  wordList: string[];
  /** Where glossary terms occur, by bead id (only beads that have one): for highlighting both sides. */
  terms: Record<string, TermRange[]>;
  /**
   * How likely each pair with findings is to need the reviewer, in [0, 1]: its
   * confidence and its findings together (core/qa/risk.ts). A pair without
   * findings is not listed: its risk is 1 - confidence.
   */
  risk: Record<string, number>;
  /** The project has unsaved changes (settings and glossary are kept in it). */
  dirty: boolean;
}

export interface QaSettingsChange {
  disabled?: CheckName[];
  wordList?: string[];
}

/** Commands the native menu sends to the renderer (same names as the renderer's command palette). */
export type MenuCommand =
  | 'new-project' | 'open-project' | 'open-bilingual' | 'save' | 'save-as' | 'export' | 'export-document'
  | 'undo' | 'redo' | 'find'
  | 'toggle-columns' | 'toggle-theme' | 'toggle-diff' | 'filter'
  | 'merge-with-next' | 'split-pair' | 'move-ar-first-up' | 'move-ar-last-down' | 'move-en-first-up' | 'move-en-last-down'
  | 'insert-empty' | 'delete-empty' | 'detach-sentence' | 'realign'
  | 'approve' | 'reject' | 'reset-status' | 'approve-and-next' | 'next-unreviewed' | 'next-doubtful'
  | 'toggle-qa-panel' | 'next-finding' | 'ignore-finding' | 'load-glossary' | 'realign-unreviewed'
  | 'shortcuts' | 'about'
  | 'find-next' | 'find-previous' | 'replace' | 'go-to-pair' | 'statistics' | 'next-document' | 'previous-document';

export interface MuqabalaApi {
  getAppInfo(): Promise<AppInfo>;
  /** Waits until the main process has finished this window's initial load, and says what it opened. */
  startup(): Promise<StartupState>;
  /** The project open in this window, or null. */
  getProject(): Promise<ProjectView | null>;
  /** Open the sample project (seed 001 Arabic + seed 000 English, shipped in assets/). */
  openSample(): Promise<ProjectView>;
  /** Import two text files, segment and align them (long: reports progress, can be cancelled). */
  createProject(request: CreateProjectRequest): Promise<{ project: ProjectView; report: ImportReport }>;
  /** How these files (names or relative paths, a folder's included) pair up by name; nothing is read or aligned. */
  pairDocuments(fileNames: string[]): Promise<DocumentPairing>;
  /** Import, segment and align several document pairs into one project (long: reports progress, can be cancelled). */
  createDocumentsProject(request: CreateDocumentsRequest): Promise<{ project: ProjectView; report: DocumentsImportReport }>;
  /** Cancel a running createProject / realign; the promise rejects with a 'cancelled' error. */
  cancelTask(): Promise<void>;
  /** Open a project file; without a path, ask with a native dialog. Null when the user cancelled. */
  openProject(path?: string): Promise<ProjectView | null>;
  /** Save to the project's path (asks for one if it has none). Null when the user cancelled. */
  saveProject(): Promise<SaveResult | null>;
  saveProjectAs(path?: string): Promise<SaveResult | null>;
  applyEdit(request: EditRequest): Promise<ProjectPatch>;
  /** Ids of the beads whose Arabic or English contains the query, Arabic-aware (diacritics, tatweel, letter variants and digit forms ignored). */
  searchBeads(query: string): Promise<string[]>;
  /** Every occurrence of the query (matched as searchBeads matches), with its range in the stored text, in document order. */
  findMatches(query: string): Promise<FindMatch[]>;
  /** Pairs by type and status, edits, the English's word edit distance from en_original, confidence histogram, match score. */
  /** Over one document of a many-document project, or over the whole project when none is named. */
  getStatistics(document?: string): Promise<ProjectStatistics>;
  /** Remember the selected pair and the pair at the top of the list (beside the project file; not an edit). */
  setViewState(state: ViewState): Promise<void>;
  undo(): Promise<ProjectPatch>;
  redo(): Promise<ProjectPatch>;
  exportProject(request: ExportRequest): Promise<ExportResult | null>;
  /** Write one side as a document (.txt, .docx, .html). Null when the user cancelled the native dialog. */
  exportDocument(request: ExportDocumentRequest): Promise<ExportDocumentResult | null>;
  /** Open a TMX, XLIFF or two-column TSV/CSV file as a project for review; without a file, ask with a native dialog. */
  openBilingual(input?: FileInput): Promise<ProjectView | null>;
  /** Unsaved work found from a session that ended without saving. */
  checkRecovery(): Promise<RecoveryInfo>;
  restoreRecovery(): Promise<ProjectView>;
  discardRecovery(): Promise<void>;
  /**
   * The answer to a close request (onCloseRequest): true once the editor text is
   * committed and the changes are saved or the user chose to discard them (or
   * there were none); false when the user cancelled, which also calls off a Quit.
   */
  confirmClose(proceed: boolean): Promise<void>;
  /** Open a link in the system browser (http/https only). */
  openExternal(url: string): Promise<void>;
  /** Run the quality checks on the open project. */
  getFindings(): Promise<QaReport>;
  /** Turn checks on or off, change the project word list; kept in the project. */
  setQaSettings(change: QaSettingsChange): Promise<QaReport>;
  /** Load a glossary (TSV or TBX) into the project for the terminology check. */
  loadGlossary(file: FileInput): Promise<QaReport>;
  /** Write the project lexicon (word and name pairs from approved pairs) as a dictionary TSV. */
  exportLexicon(path: string): Promise<{ path: string; entries: number }>;
  /** Load another project's lexicon (dictionary TSV) into this project. */
  loadLexicon(file: FileInput): Promise<QaReport>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /**
   * The window is about to close (close button, Ctrl/Cmd+W, Quit): commit the
   * text being edited, ask about unsaved changes, then answer with confirmClose.
   */
  onCloseRequest(listener: () => void): () => void;
}

/** The main-to-renderer messages: listeners, each with its own channel. */
export const LISTENER_CHANNELS = {
  onMenuCommand: 'muqabala:menu-command',
  onProgress: 'muqabala:progress',
  onCloseRequest: 'muqabala:close-request',
} as const;

export type ListenerMethod = keyof typeof LISTENER_CHANNELS;

/** The request/response methods (everything but the on* listeners): one IPC channel each. */
export type InvokeMethod = Exclude<keyof MuqabalaApi, ListenerMethod>;

/** Every invoke method, once: the compiler refuses this table if one is missing or unknown. */
const INVOKE_METHOD_TABLE = {
  getAppInfo: true, startup: true, getProject: true, openSample: true, createProject: true, cancelTask: true,
  openProject: true, saveProject: true, saveProjectAs: true, applyEdit: true, searchBeads: true, undo: true, redo: true,
  exportProject: true, checkRecovery: true, restoreRecovery: true, discardRecovery: true, confirmClose: true, openExternal: true,
  findMatches: true, getStatistics: true, setViewState: true, exportDocument: true, openBilingual: true,
  getFindings: true, setQaSettings: true, loadGlossary: true, exportLexicon: true, loadLexicon: true,
  pairDocuments: true, createDocumentsProject: true,
} as const satisfies Record<InvokeMethod, true>;

export const INVOKE_METHODS = Object.keys(INVOKE_METHOD_TABLE) as readonly InvokeMethod[];
export const LISTENER_METHODS = Object.keys(LISTENER_CHANNELS) as readonly ListenerMethod[];

export const channelFor = (method: InvokeMethod): string => `muqabala:${method}`;
export const MENU_COMMAND_CHANNEL = LISTENER_CHANNELS.onMenuCommand;
export const PROGRESS_CHANNEL = LISTENER_CHANNELS.onProgress;
export const CLOSE_REQUEST_CHANNEL = LISTENER_CHANNELS.onCloseRequest;

export type InvokeArgs<M extends InvokeMethod> = Parameters<MuqabalaApi[M]>;
export type InvokeResult<M extends InvokeMethod> = Awaited<ReturnType<MuqabalaApi[M]>>;

/**
 * Errors cross the boundary as a code plus a message the user can read. Every
 * window.muqabala method (Electron preload and loopback bridge alike) rejects
 * with a plain object of this shape, not an Error: contextBridge would drop an
 * Error's custom properties, so the code would not survive.
 */
export interface ApiErrorPayload {
  code: 'bad-request' | 'import-error' | 'project-error' | 'export-error' | 'cancelled' | 'no-project' | 'internal';
  message: string;
}

/** True for what a rejected window.muqabala call carries (see ApiErrorPayload). */
export function isApiErrorPayload(value: unknown): value is ApiErrorPayload {
  return typeof value === 'object' && value !== null
    && typeof (value as ApiErrorPayload).code === 'string' && typeof (value as ApiErrorPayload).message === 'string';
}

/** The extension of project files (associated with the app by the installers). */
export const PROJECT_FILE_EXTENSION = '.muqabala';

/** One invoke reply over IPC or HTTP: the value, or the error to reject with. */
export type InvokeReply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
