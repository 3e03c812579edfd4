// Focus is always somewhere visible and useful. When it would fall on the page
// body (a click on empty space, an element removed while focused, a dialog that
// closed) it goes to the pair list; Tab from the last control wraps to the list
// instead of leaving the page, where the review keys would be lost.

function isTabStop(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
  return element.getClientRects().length > 0;
}

function lastTabStop(root: HTMLElement): HTMLElement | null {
  const candidates = root.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]');
  for (let index = candidates.length - 1; index >= 0; index--) {
    if (isTabStop(candidates[index])) return candidates[index];
  }
  return null;
}

export function keepFocusUseful(root: HTMLElement, home: () => HTMLElement): void {
  const lost = () => {
    const active = document.activeElement;
    if ((active === null || active === document.body) && document.hasFocus() && !document.querySelector('dialog[open]')) {
      home().focus({ preventScroll: true });
    }
  };
  document.addEventListener('focusout', (event) => {
    // Where focus went is known only once the event is over.
    if (event.relatedTarget === null) setTimeout(lost, 0);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('dialog') || target !== lastTabStop(root)) return;
    event.preventDefault();
    home().focus({ preventScroll: true });
  }, true);
}

/** After a command: if nothing has focus, the list takes it. */
export function focusHomeIfLost(home: () => HTMLElement): void {
  if (document.activeElement === null || document.activeElement === document.body) home().focus({ preventScroll: true });
}
