// The one error type the session API throws on purpose, and the one function that
// turns any thrown value into what crosses the IPC / HTTP boundary: a code and a
// message a user can read, never a stack trace.

import type { ApiErrorPayload } from '../ipc/contract';

export type ApiErrorCode = ApiErrorPayload['code'];

export class ApiError extends Error {
  constructor(readonly code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Errors of the engine and the file services, recognised by class name so that an
 * error rebuilt from a worker thread maps the same way as the original.
 */
const CODE_BY_ERROR_NAME: Record<string, ApiErrorCode> = {
  TextImportError: 'import-error',
  ProjectFileError: 'project-error',
  ExportError: 'export-error',
  ExportFileError: 'export-error',
};

/** Node's file-system errors, said the way a user can act on them. */
const FILE_ERROR_MESSAGES: Record<string, string> = {
  ENOENT: 'File or folder not found',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EISDIR: 'This is a folder, not a file',
  ENOTDIR: 'A part of the path is not a folder',
  ENOSPC: 'The disk is full',
  EROFS: 'The disk is read-only',
};

export function toApiErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (error instanceof Error) {
    const code = CODE_BY_ERROR_NAME[error.name] ?? CODE_BY_ERROR_NAME[error.constructor.name];
    if (code !== undefined) return { code, message: error.message };
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno !== undefined && FILE_ERROR_MESSAGES[errno] !== undefined) {
      const where = (error as NodeJS.ErrnoException).path;
      return { code: 'internal', message: where ? `${FILE_ERROR_MESSAGES[errno]}: ${where}` : FILE_ERROR_MESSAGES[errno] };
    }
    // An unexpected failure: the message only (first line), the stack stays in the log.
    return { code: 'internal', message: `Unexpected error: ${error.message.split('\n')[0]}` };
  }
  return { code: 'internal', message: 'Unexpected error' };
}
