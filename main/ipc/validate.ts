// Types at the boundary: one validator per invoke method, checking the arguments
// that arrive from the renderer (over IPC or the loopback bridge) before any
// service sees them. Both main/ipc/handlers.ts and main/serve.ts call
// validateInvokeArgs; a bad argument becomes a 'bad-request' error that says which
// argument is wrong and why. No Electron imports here.

import { REVIEW_STATUSES } from '../core/project/types';
import type { EditRequest, Lang, ReviewStatus } from '../core/project/types';
import { INVOKE_METHODS } from './contract';
import type { CreateDocumentsRequest, CreateProjectRequest, EncodingName, ExportFormat, ExportDocumentRequest, ExportRequest, FileInput, InvokeArgs, InvokeMethod, QaSettingsChange } from './contract';
import { CHECK_NAMES } from '../core/qa/types';
import { ApiError } from '../services/api-error';

const EXPORT_FORMAT_NAMES: readonly ExportFormat[] = ['tmx', 'xliff', 'tsv', 'csv', 'jsonl', 'moses'];
const ENCODING_NAMES: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'];
const LANGS: readonly Lang[] = ['ar', 'en'];

/** Longest path or name accepted; real paths are far shorter, this only stops abuse. */
const MAX_PATH_LENGTH = 4096;
/** Longest single edited text (one side of one bead). */
const MAX_TEXT_LENGTH = 1_000_000;
/** Most ids in one request (set-status on a selection). */
const MAX_IDS = 1_000_000;

function bad(where: string, what: string): never {
  throw new ApiError('bad-request', `Invalid argument ${where}: ${what}`);
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(where, 'expected an object');
  return value as Record<string, unknown>;
}

function text(value: unknown, where: string, maxLength = MAX_PATH_LENGTH): string {
  if (typeof value !== 'string') bad(where, 'expected a string');
  if (value.length > maxLength) bad(where, `longer than ${maxLength} characters`);
  return value;
}

function nonEmptyText(value: unknown, where: string): string {
  const result = text(value, where);
  if (result.trim() === '') bad(where, 'must not be empty');
  return result;
}

function optional<T>(value: unknown, where: string, check: (value: unknown, where: string) => T): T | undefined {
  return value === undefined || value === null ? undefined : check(value, where);
}

function index(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) bad(where, 'expected a whole number ≥ 0');
  return value;
}

function flag(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') bad(where, 'expected true or false');
  return value;
}

function oneOf<T extends string>(value: unknown, where: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    bad(where, `expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function textList(value: unknown, where: string, maxLength: number, maxItems: number): string[] {
  if (!Array.isArray(value)) bad(where, 'expected a list of strings');
  if (value.length > maxItems) bad(where, `more than ${maxItems} items`);
  return value.map((item, i) => text(item, `${where}[${i}]`, maxLength));
}

function fileInput(value: unknown, where: string): FileInput {
  const input = record(value, where);
  const fileName = nonEmptyText(input.fileName, `${where}.fileName`);
  const path = optional(input.path, `${where}.path`, nonEmptyText);
  const bytes = input.bytes;
  if (bytes !== undefined && !(bytes instanceof Uint8Array)) bad(`${where}.bytes`, 'expected bytes (Uint8Array)');
  if (path === undefined && bytes === undefined) bad(where, 'needs a path or the file\'s bytes');
  return { fileName, ...(path !== undefined ? { path } : {}), ...(bytes !== undefined ? { bytes: bytes as Uint8Array } : {}) };
}

function createProjectRequest(value: unknown, where: string): CreateProjectRequest {
  const request = record(value, where);
  const result: CreateProjectRequest = { ar: fileInput(request.ar, `${where}.ar`), en: fileInput(request.en, `${where}.en`) };
  const encoding = optional(request.encoding, `${where}.encoding`, record);
  if (encoding !== undefined) {
    const ar = optional(encoding.ar, `${where}.encoding.ar`, (v, w) => oneOf(v, w, ENCODING_NAMES));
    const en = optional(encoding.en, `${where}.encoding.en`, (v, w) => oneOf(v, w, ENCODING_NAMES));
    result.encoding = { ...(ar ? { ar } : {}), ...(en ? { en } : {}) };
  }
  const name = optional(request.name, `${where}.name`, text);
  if (name !== undefined) result.name = name;
  const useFreeDictionary = optional(request.useFreeDictionary, `${where}.useFreeDictionary`, flag);
  if (useFreeDictionary !== undefined) result.useFreeDictionary = useFreeDictionary;
  return result;
}

function exportRequest(value: unknown, where: string): ExportRequest {
  const request = record(value, where);
  const result: ExportRequest = {
    format: oneOf(request.format, `${where}.format`, EXPORT_FORMAT_NAMES),
    all: flag(request.all, `${where}.all`),
  };
  const path = optional(request.path, `${where}.path`, nonEmptyText);
  if (path !== undefined) result.path = path;
  const document = optional(request.document, `${where}.document`, nonEmptyText);
  if (document !== undefined) result.document = document;
  return result;
}

const MAX_DOCUMENTS = 10_000;

function createDocumentsRequest(value: unknown, where: string): CreateDocumentsRequest {
  const request = record(value, where);
  if (!Array.isArray(request.documents) || request.documents.length === 0 || request.documents.length > MAX_DOCUMENTS) {
    bad(`${where}.documents`, `expected a list of 1 to ${MAX_DOCUMENTS} documents`);
  }
  const documents = (request.documents as unknown[]).map((item, index) => {
    const entry = record(item, `${where}.documents[${index}]`);
    return {
      id: nonEmptyText(entry.id, `${where}.documents[${index}].id`),
      ar: fileInput(entry.ar, `${where}.documents[${index}].ar`),
      en: fileInput(entry.en, `${where}.documents[${index}].en`),
    };
  });
  const name = optional(request.name, `${where}.name`, text);
  return { documents, ...(name !== undefined ? { name } : {}) };
}

function exportDocumentRequest(value: unknown, where: string): ExportDocumentRequest {
  const request = record(value, where);
  const result: ExportDocumentRequest = {
    side: oneOf(request.side, `${where}.side`, ['ar', 'en'] as const),
    output: oneOf(request.output, `${where}.output`, ['txt', 'docx', 'html'] as const),
  };
  const path = optional(request.path, `${where}.path`, nonEmptyText);
  if (path !== undefined) result.path = path;
  const document = optional(request.document, `${where}.document`, nonEmptyText);
  if (document !== undefined) result.document = document;
  return result;
}

/** Checks the fields of each edit kind; unknown kinds and extra nonsense are refused. */
function editRequest(value: unknown, where: string): EditRequest {
  const r = record(value, where);
  const id = (field: string): string => nonEmptyText(r[field], `${where}.${field}`);
  const side = (): Lang => oneOf(r.side, `${where}.side`, LANGS);
  const whole = (field: string): number => index(r[field], `${where}.${field}`);
  const kind = oneOf(r.kind, `${where}.kind`, [
    'merge-with-next', 'split-pair', 'split-sentence', 'split-inside-sentence', 'move-sentence', 'insert-empty', 'delete-empty',
    'detach-sentence', 'edit-text', 'set-status', 'set-note', 'realign', 'replace-text', 'ignore-finding', 'realign-unreviewed',
  ] as const);
  switch (kind) {
    case 'merge-with-next': return { kind, beadId: id('beadId') };
    case 'split-pair': return { kind, beadId: id('beadId'), arIndex: whole('arIndex'), enIndex: whole('enIndex') };
    case 'split-sentence':
      return { kind, beadId: id('beadId'), side: side(), sentenceIndex: whole('sentenceIndex'), offset: whole('offset') };
    case 'split-inside-sentence':
      return {
        kind, beadId: id('beadId'), side: side(), sentenceIndex: whole('sentenceIndex'), offset: whole('offset'), otherIndex: whole('otherIndex'),
      };
    case 'move-sentence':
      return { kind, beadId: id('beadId'), side: side(), which: oneOf(r.which, `${where}.which`, ['first', 'last'] as const) };
    case 'insert-empty': return { kind, index: whole('index') };
    case 'delete-empty': return { kind, beadId: id('beadId') };
    case 'detach-sentence': return { kind, beadId: id('beadId'), side: side(), sentenceIndex: whole('sentenceIndex') };
    case 'edit-text':
      return { kind, beadId: id('beadId'), side: side(), texts: textList(r.texts, `${where}.texts`, MAX_TEXT_LENGTH, 10_000) };
    case 'set-status': {
      const beadIds = textList(r.beadIds, `${where}.beadIds`, MAX_PATH_LENGTH, MAX_IDS);
      if (beadIds.length === 0) bad(`${where}.beadIds`, 'must name at least one pair');
      return { kind, beadIds, status: oneOf<ReviewStatus>(r.status, `${where}.status`, REVIEW_STATUSES) };
    }
    case 'set-note': return { kind, beadId: id('beadId'), note: text(r.note, `${where}.note`, MAX_TEXT_LENGTH) };
    case 'realign': return { kind, fromBeadId: id('fromBeadId'), toBeadId: id('toBeadId') };
    case 'replace-text': {
      const result: EditRequest = {
        kind, side: side(), query: text(r.query, `${where}.query`, MAX_QUERY_LENGTH), replacement: text(r.replacement, `${where}.replacement`, MAX_TEXT_LENGTH),
      };
      const beadIds = optional(r.beadIds, `${where}.beadIds`, (v, w) => textList(v, w, MAX_PATH_LENGTH, MAX_IDS));
      if (beadIds !== undefined) result.beadIds = beadIds;
      const at = optional(r.at, `${where}.at`, record);
      if (at !== undefined) {
        result.at = {
          beadId: nonEmptyText(at.beadId, `${where}.at.beadId`),
          sentence: index(at.sentence, `${where}.at.sentence`),
          start: index(at.start, `${where}.at.start`),
        };
      }
      return result;
    }
    case 'realign-unreviewed': return { kind };
    case 'ignore-finding': {
      if (typeof r.ignored !== 'boolean') bad(`${where}.ignored`, 'expected true or false');
      return { kind, beadId: id('beadId'), key: text(r.key, `${where}.key`, MAX_TEXT_LENGTH), ignored: r.ignored };
    }
  }
}

function externalUrl(value: unknown, where: string): string {
  const url = text(value, where);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    bad(where, 'not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') bad(where, 'only http and https links can be opened');
  return url;
}

type ArgsValidator<M extends InvokeMethod> = (args: readonly unknown[]) => InvokeArgs<M>;

const none = (method: string) => (args: readonly unknown[]): [] => {
  if (args.length !== 0) bad(`of ${method}`, `takes no arguments, got ${args.length}`);
  return [];
};

function arity(method: string, args: readonly unknown[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    bad(`of ${method}`, min === max ? `takes ${min} argument(s), got ${args.length}` : `takes ${min} to ${max} arguments, got ${args.length}`);
  }
}

const MAX_QUERY_LENGTH = 1000;

const VALIDATORS: { [M in InvokeMethod]: ArgsValidator<M> } = {
  getAppInfo: none('getAppInfo'),
  startup: none('startup'),
  getProject: none('getProject'),
  openSample: none('openSample'),
  createProject: (args) => { arity('createProject', args, 1, 1); return [createProjectRequest(args[0], 'request')]; },
  cancelTask: none('cancelTask'),
  openProject: (args) => { arity('openProject', args, 0, 1); return [optional(args[0], 'path', nonEmptyText)]; },
  saveProject: none('saveProject'),
  saveProjectAs: (args) => { arity('saveProjectAs', args, 0, 1); return [optional(args[0], 'path', nonEmptyText)]; },
  applyEdit: (args) => { arity('applyEdit', args, 1, 1); return [editRequest(args[0], 'request')]; },
  searchBeads: (args) => { arity('searchBeads', args, 1, 1); return [text(args[0], 'query', MAX_QUERY_LENGTH)]; },
  findMatches: (args) => { arity('findMatches', args, 1, 1); return [text(args[0], 'query', MAX_QUERY_LENGTH)]; },
  getStatistics: (args) => { arity('getStatistics', args, 0, 1); return args[0] === undefined ? [] : [nonEmptyText(args[0], 'document')]; },
  setViewState: (args) => {
    arity('setViewState', args, 1, 1);
    const state = record(args[0], 'state');
    const id = (value: unknown, where: string) => (value === null ? null : nonEmptyText(value, where));
    const documentId = state.documentId === undefined ? null : id(state.documentId, 'state.documentId');
    return [{
      selectedBeadId: id(state.selectedBeadId, 'state.selectedBeadId'), topBeadId: id(state.topBeadId, 'state.topBeadId'),
      ...(documentId === null ? {} : { documentId }),
    }];
  },
  undo: none('undo'),
  redo: none('redo'),
  exportProject: (args) => { arity('exportProject', args, 1, 1); return [exportRequest(args[0], 'request')]; },
  exportDocument: (args) => { arity('exportDocument', args, 1, 1); return [exportDocumentRequest(args[0], 'request')]; },
  openBilingual: (args) => { arity('openBilingual', args, 0, 1); return [optional(args[0], 'input', fileInput)]; },
  checkRecovery: none('checkRecovery'),
  restoreRecovery: none('restoreRecovery'),
  discardRecovery: none('discardRecovery'),
  confirmClose: (args) => { arity('confirmClose', args, 1, 1); return [flag(args[0], 'proceed')]; },
  openExternal: (args) => { arity('openExternal', args, 1, 1); return [externalUrl(args[0], 'url')]; },
  getFindings: none('getFindings'),
  setQaSettings: (args) => { arity('setQaSettings', args, 1, 1); return [qaSettingsChange(args[0], 'change')]; },
  loadGlossary: (args) => { arity('loadGlossary', args, 1, 1); return [fileInput(args[0], 'file')]; },
  exportLexicon: (args) => { arity('exportLexicon', args, 1, 1); return [nonEmptyText(args[0], 'path')]; },
  loadLexicon: (args) => { arity('loadLexicon', args, 1, 1); return [fileInput(args[0], 'file')]; },
  pairDocuments: (args) => { arity('pairDocuments', args, 1, 1); return [textList(args[0], 'fileNames', MAX_PATH_LENGTH, MAX_DOCUMENTS * 2)]; },
  createDocumentsProject: (args) => { arity('createDocumentsProject', args, 1, 1); return [createDocumentsRequest(args[0], 'request')]; },
};

function qaSettingsChange(value: unknown, where: string): QaSettingsChange {
  const r = record(value, where);
  const change: QaSettingsChange = {};
  if (r.disabled !== undefined) {
    change.disabled = textList(r.disabled, `${where}.disabled`, 100, CHECK_NAMES.length)
      .map((name, index) => oneOf(name, `${where}.disabled[${index}]`, CHECK_NAMES));
  }
  if (r.wordList !== undefined) change.wordList = textList(r.wordList, `${where}.wordList`, 200, 100_000);
  return change;
}

export function isInvokeMethod(name: string): name is InvokeMethod {
  return (INVOKE_METHODS as readonly string[]).includes(name);
}

/** The arguments of one call, checked and rebuilt (unknown fields dropped); throws ApiError('bad-request'). */
export function validateInvokeArgs<M extends InvokeMethod>(method: M, args: unknown): InvokeArgs<M> {
  if (!Array.isArray(args)) bad(`of ${method}`, 'expected a list of arguments');
  return (VALIDATORS[method] as ArgsValidator<M>)(args);
}
