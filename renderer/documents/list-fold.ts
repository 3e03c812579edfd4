// Whether the document list is folded to a narrow rail. Side panels take the
// pairs' room on a small window: as VS Code's side bar, the list folds and
// unfolds at a click and the choice is remembered; until the reviewer chooses,
// it folds by itself where the room is short (a narrow window with the quality
// checks open), where the pairs would otherwise get under half the window.

/** 'auto': folded only where the room is short; otherwise the reviewer's choice. */
export type FoldChoice = 'auto' | 'open' | 'folded';

const STORAGE_KEY = 'muqabala.documentList';

/** Below this width, with the quality checks open, an unchosen list folds (both panels would leave the pairs < 50%). */
export const CROWDED_BELOW_PX = 900;

export function loadFoldChoice(): FoldChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'open' || stored === 'folded' ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

export function saveFoldChoice(choice: FoldChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage may be unavailable (private mode); the choice still holds for this session.
  }
}

export function isFolded(choice: FoldChoice, crowded: boolean): boolean {
  return choice === 'folded' || (choice === 'auto' && crowded);
}
