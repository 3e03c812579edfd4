// The folder a save or export dialog starts in: the project's own folder, then
// the folder the user used last (in this page, else as the services remember it
// from before a reload), then the app's default (the documents folder), never
// the folder the application happens to run from.
import type { AppInfo, ProjectView } from '../../main/ipc/contract';

let lastUsed: string | null = null;

export function folderOf(filePath: string): string {
  const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  return cut > 0 ? filePath.slice(0, cut) : filePath.slice(0, cut + 1);
}

export function rememberFolder(filePath: string): void {
  lastUsed = folderOf(filePath);
}

export function suggestedFolder(view: ProjectView | null, info: AppInfo): string {
  if (view?.path) return folderOf(view.path);
  return lastUsed ?? info.lastFolder ?? info.defaultDirectory;
}
