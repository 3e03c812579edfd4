// Every command the editor understands, with its label and keys: the single
// source for the keyboard map, the toolbar/context menu labels, the '?'
// shortcuts dialog and the native menu's accelerators (main/electron/accelerators.ts).
// Ids are the native menu's MenuCommand names plus the
// grid-only navigation commands.
import type { MenuCommand } from './contract';

export type NavigationCommand =
  | 'select-next' | 'select-previous' | 'page-down' | 'page-up' | 'select-first' | 'select-last'
  | 'edit-english' | 'edit-arabic'
  | 'extend-selection-down' | 'extend-selection-up' | 'select-all'
  | 'next-document' | 'previous-document';

export type CommandId = MenuCommand | NavigationCommand;

export interface CommandInfo {
  id: CommandId;
  label: string;
  /** Key chords, e.g. 'Ctrl+M', 'A', 'Shift+Enter'; Ctrl means Cmd on macOS. */
  keys: string[];
  group: 'File' | 'Edit' | 'View' | 'Pair' | 'Review' | 'Move' | 'Help';
}

export const COMMANDS: readonly CommandInfo[] = [
  { id: 'new-project', label: 'New project…', keys: ['Ctrl+N'], group: 'File' },
  { id: 'open-project', label: 'Open project…', keys: ['Ctrl+O'], group: 'File' },
  { id: 'open-bilingual', label: 'Open bilingual file (TMX, XLIFF, TSV, CSV)…', keys: ['Ctrl+Shift+O'], group: 'File' },
  { id: 'save', label: 'Save', keys: ['Ctrl+S'], group: 'File' },
  { id: 'save-as', label: 'Save as…', keys: ['Ctrl+Shift+S'], group: 'File' },
  { id: 'export', label: 'Export…', keys: ['Ctrl+E'], group: 'File' },
  { id: 'export-document', label: 'Export document…', keys: ['Ctrl+Shift+E'], group: 'File' },
  { id: 'undo', label: 'Undo', keys: ['Ctrl+Z'], group: 'Edit' },
  { id: 'redo', label: 'Redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], group: 'Edit' },
  { id: 'find', label: 'Find in both sides', keys: ['Ctrl+F'], group: 'Edit' },
  { id: 'find-next', label: 'Next match (Enter in the search box)', keys: ['F3'], group: 'Edit' },
  { id: 'find-previous', label: 'Previous match (Shift+Enter in the search box)', keys: ['Shift+F3'], group: 'Edit' },
  { id: 'replace', label: 'Find and replace in the English', keys: ['Ctrl+H'], group: 'Edit' },
  { id: 'filter', label: 'Filter by status', keys: ['Ctrl+Shift+F'], group: 'View' },
  { id: 'toggle-columns', label: 'Swap columns', keys: ['Ctrl+Shift+X'], group: 'View' },
  { id: 'toggle-diff', label: 'Show English changes (diff)', keys: ['Ctrl+D'], group: 'View' },
  { id: 'toggle-theme', label: 'Dark theme', keys: ['Ctrl+Shift+T'], group: 'View' },
  { id: 'statistics', label: 'Project statistics', keys: ['Ctrl+I'], group: 'View' },
  { id: 'merge-with-next', label: 'Merge with next pair', keys: ['Ctrl+M'], group: 'Pair' },
  { id: 'split-pair', label: 'Split pair at cursor', keys: ['Ctrl+B'], group: 'Pair' },
  { id: 'move-en-first-up', label: 'Move first English sentence to previous pair', keys: ['Ctrl+Up'], group: 'Pair' },
  { id: 'move-en-last-down', label: 'Move last English sentence to next pair', keys: ['Ctrl+Down'], group: 'Pair' },
  { id: 'move-ar-first-up', label: 'Move first Arabic sentence to previous pair', keys: ['Ctrl+Shift+Up'], group: 'Pair' },
  { id: 'move-ar-last-down', label: 'Move last Arabic sentence to next pair', keys: ['Ctrl+Shift+Down'], group: 'Pair' },
  { id: 'insert-empty', label: 'Insert empty pair after', keys: ['Ctrl+Enter'], group: 'Pair' },
  { id: 'delete-empty', label: 'Delete empty pair', keys: ['Ctrl+Delete'], group: 'Pair' },
  { id: 'detach-sentence', label: 'Mark sentence as having no counterpart', keys: ['Ctrl+Shift+D'], group: 'Pair' },
  { id: 'realign', label: 'Re-align between approved pairs', keys: ['Ctrl+Shift+A'], group: 'Pair' },
  { id: 'approve', label: 'Approve', keys: ['A'], group: 'Review' },
  { id: 'reject', label: 'Reject', keys: ['R'], group: 'Review' },
  { id: 'reset-status', label: 'Reset to unreviewed', keys: ['U'], group: 'Review' },
  { id: 'approve-and-next', label: 'Approve and go to next', keys: ['Space', 'Shift+Enter'], group: 'Review' },
  { id: 'next-unreviewed', label: 'Next unreviewed', keys: ['N'], group: 'Review' },
  { id: 'next-doubtful', label: 'Next doubtful (lowest confidence)', keys: ['D'], group: 'Review' },
  { id: 'select-next', label: 'Next pair', keys: ['Down', 'J'], group: 'Move' },
  { id: 'select-previous', label: 'Previous pair', keys: ['Up', 'K'], group: 'Move' },
  { id: 'page-down', label: 'Page down', keys: ['PageDown'], group: 'Move' },
  { id: 'page-up', label: 'Page up', keys: ['PageUp'], group: 'Move' },
  { id: 'select-first', label: 'First pair', keys: ['Home', 'Ctrl+Home'], group: 'Move' },
  { id: 'select-last', label: 'Last pair', keys: ['End', 'Ctrl+End'], group: 'Move' },
  { id: 'next-document', label: 'Next document (many-document projects)', keys: ['Alt+PageDown'], group: 'Move' },
  { id: 'previous-document', label: 'Previous document', keys: ['Alt+PageUp'], group: 'Move' },
  { id: 'go-to-pair', label: 'Go to pair number…', keys: ['Ctrl+G'], group: 'Move' },
  { id: 'extend-selection-down', label: 'Add the next pair to the selection (also Shift+click, Ctrl+click)', keys: ['Shift+Down', 'Shift+J'], group: 'Move' },
  { id: 'extend-selection-up', label: 'Add the previous pair to the selection', keys: ['Shift+Up', 'Shift+K'], group: 'Move' },
  { id: 'select-all', label: 'Select every pair shown', keys: ['Ctrl+A'], group: 'Move' },
  { id: 'edit-english', label: 'Edit the English (Escape returns)', keys: ['Enter', 'F2'], group: 'Move' },
  { id: 'edit-arabic', label: 'Edit the Arabic (Escape returns)', keys: ['Shift+F2'], group: 'Move' },
  { id: 'toggle-qa-panel', label: 'Quality checks panel', keys: ['F7'], group: 'Review' },
  { id: 'next-finding', label: 'Next quality finding', keys: ['F8'], group: 'Review' },
  { id: 'ignore-finding', label: 'Ignore the finding on this pair', keys: ['I'], group: 'Review' },
  { id: 'load-glossary', label: 'Load glossary…', keys: [], group: 'File' },
  { id: 'realign-unreviewed', label: 'Re-align the unreviewed pairs (with what approvals taught)', keys: ['Ctrl+Shift+L'], group: 'Pair' },
  { id: 'shortcuts', label: 'Keyboard shortcuts', keys: ['?', 'F1'], group: 'Help' },
  { id: 'about', label: 'About Muqabala', keys: [], group: 'Help' },
];

const BY_ID = new Map(COMMANDS.map((command) => [command.id, command]));

export function commandInfo(id: CommandId): CommandInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`Unknown command ${id}`);
  return info;
}
