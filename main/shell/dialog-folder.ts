// The folder a native open, save or export dialog starts in: the project's
// own folder, then the folder of the files it was made from, then the folder
// the user chose last (in any dialog, in this run or, through the recent
// projects list, the last one), then the documents folder; never the folder
// the application runs from. Pure: the caller passes the platform's path rules.

import type { PlatformPath } from 'node:path';

export interface DialogFolderFacts {
  /** Where the open project is saved; null until it is. */
  projectPath: string | null;
  /** The files the project was made from (text pair, bilingual file), when they came from disk. */
  sourcePaths: readonly string[];
  /** The folder of the last file chosen in a dialog, or null. */
  lastUsed: string | null;
  /** The user's documents folder. */
  documents: string;
}

export function dialogFolder(facts: DialogFolderFacts, paths: PlatformPath): string {
  if (facts.projectPath && paths.isAbsolute(facts.projectPath)) return paths.dirname(facts.projectPath);
  const source = facts.sourcePaths.find((sourcePath) => paths.isAbsolute(sourcePath));
  if (source) return paths.dirname(source);
  if (facts.lastUsed && paths.isAbsolute(facts.lastUsed)) return facts.lastUsed;
  return facts.documents;
}

/** The last folder a file was chosen in, shared by every window of the app. */
export class LastFolder {
  private folder: string | null;

  /** `lastFile`: a file chosen in an earlier run (the newest recent project), if any. */
  constructor(private readonly paths: PlatformPath, lastFile: string | null = null) {
    this.folder = lastFile && paths.isAbsolute(lastFile) ? paths.dirname(lastFile) : null;
  }

  get(): string | null {
    return this.folder;
  }

  /** A file was chosen (opened, saved or exported to): its folder is where the next dialog starts, failing better ones. */
  remember(filePath: string): void {
    if (this.paths.isAbsolute(filePath)) this.folder = this.paths.dirname(filePath);
  }
}
