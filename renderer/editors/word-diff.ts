// The English as edited against the English as first imported, word by word
// (jsdiff), rendered with <ins>/<del> so changes are visible and readable by
// assistive technology.
import { diffWords } from 'diff';

/** `split`: a sentence of the pair was split inside; the diff is against the whole sentence, and says so. */
export function renderWordDiff(original: string, current: string, split = false): HTMLElement {
  const container = document.createElement('div');
  container.className = 'word-diff';
  container.dir = 'ltr';
  container.lang = 'en';
  const changes = diffWords(original, current);
  if (split && changes.some((change) => change.added || change.removed)) {
    const note = document.createElement('p');
    note.className = 'diff-split';
    note.textContent = 'Split inside a sentence: struck out is the part of it now in the pair before or after.';
    container.append(note);
  }
  if (!changes.some((change) => change.added || change.removed)) {
    const same = document.createElement('p');
    same.className = 'diff-unchanged';
    same.textContent = 'The English is unchanged since import.';
    container.append(same, document.createTextNode(current));
    return container;
  }
  for (const change of changes) {
    if (change.added) {
      const ins = document.createElement('ins');
      ins.textContent = change.value;
      container.append(ins);
    } else if (change.removed) {
      const del = document.createElement('del');
      del.textContent = change.value;
      container.append(del);
    } else {
      container.append(change.value);
    }
  }
  return container;
}
