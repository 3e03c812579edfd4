// Where a command from the native menu goes. The menu knows nothing of the
// page's focus, so the page decides, as VS Code's Undo does: Undo/Redo belong
// to the text field being typed in (macOS sends Cmd+Z in a field to the menu,
// since Blink leaves it unhandled there), everything else to the app, and
// nothing reaches the project behind one of the app's own dialogs.
import type { MenuCommand } from '../../main/ipc/contract';
import { loadedMonaco } from '../editors/monaco-loader';

export type MenuTarget = 'app' | 'field' | 'ignore';

function isTextField(element: Element | null): boolean {
  if (!element) return false;
  return element.matches('input, textarea, select, [contenteditable="true"]') || !!element.closest('.english-editor');
}

export function menuCommandTarget(command: MenuCommand, focused: Element | null): MenuTarget {
  if ((command === 'undo' || command === 'redo') && isTextField(focused)) return 'field';
  if (document.querySelector('dialog[open]')) return 'ignore';
  return 'app';
}

/** The focused field's own undo or redo: Monaco's for the English editor, the browser's for any other field. */
export function fieldHistory(direction: 'undo' | 'redo'): void {
  const focusedEditor = loadedMonaco()?.editor.getEditors().find((editor) => editor.hasTextFocus());
  if (focusedEditor) focusedEditor.trigger('menu', direction, null);
  // execCommand is deprecated but remains the only way to reach a text field's own undo stack.
  else document.execCommand(direction);
}
