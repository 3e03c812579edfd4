// The one error type the session API throws on purpose, and the one function that
// turns any thrown value into what crosses the IPC / HTTP boundary: a code and a
// message a user can read, never a stack trace.

import type { ApiErrorPayload } from '../ipc/contract';
import { describeError } from './errors';

export type ApiErrorCode = ApiErrorPayload['code'];

export class ApiError extends Error {
  constructor(readonly code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Errors of the engine and the file services, recognised by class name (as
 * describeError does) so that an error rebuilt from a worker maps like the original.
 */
const CODE_BY_ERROR_NAME: Record<string, ApiErrorCode> = {
  TextImportError: 'import-error',
  DictionaryError: 'import-error',
  ProjectFileError: 'project-error',
  ProjectEditError: 'bad-request',
  ExportError: 'export-error',
  AlignmentCancelled: 'cancelled',
};

/** Any thrown value as a code and a sentence (describeError's), never a stack trace. */
export function toApiErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  const code = error instanceof Error ? CODE_BY_ERROR_NAME[error.name] ?? 'internal' : 'internal';
  return { code, message: capitalise(describeError(error)) };
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
