// When a command can run, and if not, why: the one check behind the context
// menu's and the toolbar's disabled items and the status-bar message a command
// run from the keyboard gives instead of doing nothing (as VS Code's command
// `precondition` feeds both its menus and its keybindings). The engine checks
// again (main/core/project/operations.ts); these messages are what the user sees.
import type { Bead, Lang } from '../../main/ipc/contract';
import type { CommandId } from '../../main/ipc/command-table';

export interface CommandContext {
  hasProject: boolean;
  beads: readonly Bead[];
  /** Index of the selected bead in beads, -1 when none. */
  selected: number;
  /** Whether the bead at this index is shown (a filter hides the others). */
  isShown(index: number): boolean;
  /** The sentence of the selected pair the user pointed at (click or cursor), if any. */
  pointed: { side: Lang; index: number } | null;
  /** How many rows are selected (bulk review acts on all of them). */
  selectedCount: number;
  canUndo: boolean;
  canRedo: boolean;
}

const SIDE_NAME: Record<Lang, string> = { ar: 'Arabic', en: 'English' };

/** Commands that act on the selected pair. */
const PAIR_COMMANDS = new Set<CommandId>([
  'merge-with-next', 'split-pair', 'move-en-first-up', 'move-en-last-down', 'move-ar-first-up', 'move-ar-last-down',
  'insert-empty', 'delete-empty', 'detach-sentence', 'realign', 'approve', 'reject', 'reset-status', 'approve-and-next',
  'edit-english', 'edit-arabic',
]);

const NEEDS_PROJECT = new Set<CommandId>(['save', 'save-as', 'export', 'next-unreviewed', 'next-doubtful']);

/** Why the command cannot run now (a sentence for the user), or null when it can. */
export function unavailableReason(command: CommandId, context: CommandContext): string | null {
  if (NEEDS_PROJECT.has(command) && !context.hasProject) return 'No project is open';
  if (command === 'undo') return context.canUndo ? null : 'Nothing to undo';
  if (command === 'redo') return context.canRedo ? null : 'Nothing to redo';
  if (!PAIR_COMMANDS.has(command)) return null;
  const { beads, selected } = context;
  const bead = beads[selected];
  if (selected < 0 || !bead) return 'Select a pair first';
  switch (command) {
    case 'merge-with-next':
      if (selected === beads.length - 1) return 'The last pair has no next pair to merge with';
      // A many-document project: the engine refuses it too (operations.ts); said here, not as an error.
      if (beads[selected + 1].document !== bead.document) return 'The last pair of a document cannot merge with the next document\'s first pair';
      if (!context.isShown(selected + 1)) return 'The next pair is hidden by the filter: clear the filter to merge with it';
      return null;
    case 'split-pair':
      return bead.ar.length + bead.en.length === 0 ? 'This pair has no sentence to split' : null;
    case 'move-en-first-up': return moveReason(context, 'en', 'first');
    case 'move-en-last-down': return moveReason(context, 'en', 'last');
    case 'move-ar-first-up': return moveReason(context, 'ar', 'first');
    case 'move-ar-last-down': return moveReason(context, 'ar', 'last');
    case 'delete-empty':
      return bead.ar.length + bead.en.length > 0 ? 'Only a pair with no sentences can be deleted' : null;
    case 'detach-sentence':
      // With no sentence pointed at, the command asks which first or last sentence it is.
      return bead.ar.length + bead.en.length < 2 ? 'This sentence is already on its own' : null;
    case 'realign': return realignReason(beads, selected);
    case 'approve':
    case 'reject':
    case 'reset-status':
      return context.selectedCount > 1 ? null : statusReason(command, bead);
    default: return null;
  }
}

function statusReason(command: 'approve' | 'reject' | 'reset-status', bead: Bead): string | null {
  switch (command) {
    case 'approve': return bead.status === 'approved' ? 'This pair is already approved' : null;
    case 'reject': return bead.status === 'rejected' ? 'This pair is already rejected' : null;
    case 'reset-status': return bead.status === 'unreviewed' ? 'This pair is already unreviewed' : null;
  }
}

function moveReason(context: CommandContext, side: Lang, which: 'first' | 'last'): string | null {
  const { beads, selected } = context;
  if (beads[selected][side].length === 0) return `This pair has no ${SIDE_NAME[side]} sentence to move`;
  const target = which === 'first' ? selected - 1 : selected + 1;
  if (target < 0) return 'The first pair has no previous pair';
  if (target >= beads.length) return 'The last pair has no next pair';
  if (beads[target].document !== beads[selected].document) return `The ${which} pair of a document cannot pass a sentence to another document`;
  if (!context.isShown(target)) {
    return `The ${which === 'first' ? 'previous' : 'next'} pair is hidden by the filter: clear the filter to move a sentence into it`;
  }
  return null;
}

/** The stretch of unapproved pairs around the selection that re-align would redo; it ends where its document ends. */
export function realignStretch(beads: readonly Bead[], selected: number): { from: number; to: number } {
  const document = beads[selected].document;
  const joins = (index: number) => beads[index].status !== 'approved' && beads[index].document === document;
  let from = selected;
  while (from > 0 && joins(from - 1)) from--;
  let to = selected;
  while (to < beads.length - 1 && joins(to + 1)) to++;
  return { from, to };
}

function realignReason(beads: readonly Bead[], selected: number): string | null {
  if (beads[selected].status === 'approved') return 'Select an unapproved pair between two approved ones';
  const { from, to } = realignStretch(beads, selected);
  return from === to ? 'Nothing to re-align: the pair stands alone between approved pairs' : null;
}
