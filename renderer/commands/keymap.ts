// Turns a keydown into a command id using the chords in COMMANDS. Single-key
// review commands (A, R, U, N, D, J, K, Space) only fire from the grid, never
// while typing in a field.
import { COMMANDS, type CommandId } from '../../main/ipc/command-table';

const KEY_NAMES: Record<string, string> = {
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', ' ': 'Space', Spacebar: 'Space',
};

/** The chord of a key event in the notation COMMANDS uses, e.g. 'Ctrl+Shift+Up'. */
export function chordOf(event: KeyboardEvent): string {
  let key = KEY_NAMES[event.key] ?? event.key;
  if (key.length === 1 && key !== '?') key = key.toUpperCase();
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  // '?' already implies Shift on most layouts.
  if (event.shiftKey && key !== '?') parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}

const BINDINGS = new Map<string, CommandId>();
for (const command of COMMANDS) for (const key of command.keys) BINDINGS.set(key, command.id);

/**
 * Ctrl chords a text field keeps while it has focus, because every editor
 * gives them a meaning a translator relies on: to the start or end of the
 * text, delete the next word, select all the text.
 */
const TEXT_FIELD_CHORDS = new Set(['Ctrl+Home', 'Ctrl+End', 'Ctrl+Delete', 'Ctrl+A']);

/** Chords that act even while a text field has focus (the app's global shortcuts). */
function isGlobalChord(chord: string): boolean {
  return (chord.startsWith('Ctrl+') && !TEXT_FIELD_CHORDS.has(chord)) || /^(Shift\+)?F\d+$/.test(chord);
}

export function commandForKey(event: KeyboardEvent, inTextField: boolean): CommandId | null {
  const chord = chordOf(event);
  const command = BINDINGS.get(chord) ?? null;
  if (!command) return null;
  if (inTextField && !isGlobalChord(chord)) return null;
  return command;
}
