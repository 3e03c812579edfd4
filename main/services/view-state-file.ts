// The view file beside a project file (see main/core/project/view-state.ts):
// read leniently (missing or broken: no saved position), written atomically.
import { readFile } from 'node:fs/promises';
import { parseViewState, serializeViewState, type ViewState } from '../core/project/view-state';
import { writeFileAtomic } from './atomic-write';

export function viewStatePath(projectPath: string): string {
  return `${projectPath}.view.json`;
}

export async function readViewState(projectPath: string): Promise<ViewState | null> {
  try {
    return parseViewState(await readFile(viewStatePath(projectPath), 'utf8'));
  } catch {
    return null;
  }
}

export async function writeViewState(projectPath: string, state: ViewState): Promise<void> {
  await writeFileAtomic(viewStatePath(projectPath), serializeViewState(state));
}
