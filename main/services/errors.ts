// Turning any thrown value into a sentence a user can act on. The CLI prints it,
// the API sends it to the renderer; neither ever shows a stack trace.

// Errors of our own whose message is already written for the user.
const USER_FACING_ERRORS = new Set([
  'TextImportError', 'BilingualImportError', 'ProjectFileError', 'ProjectEditError', 'ExportError', 'DictionaryFormatError', 'AlignmentCancelled',
  'ReadOnlyFileError', 'CorpusPoolError', 'GlossaryFormatError',
]);

const FILE_SYSTEM_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EEXIST: 'the file already exists',
  EMFILE: 'too many open files',
  EPIPE: 'the output was closed before everything was written (the program reading it stopped)',
};

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (USER_FACING_ERRORS.has(error.name)) return error.message;
    const code = (error as NodeJS.ErrnoException).code;
    if (code && code.startsWith('ERR_PARSE_ARGS')) return error.message;
    if (code && FILE_SYSTEM_PROBLEMS[code]) {
      const path = (error as NodeJS.ErrnoException).path;
      return path ? `cannot use "${path}": ${FILE_SYSTEM_PROBLEMS[code]}` : FILE_SYSTEM_PROBLEMS[code];
    }
    return `unexpected error: ${error.message}`;
  }
  return `unexpected error: ${String(error)}`;
}
