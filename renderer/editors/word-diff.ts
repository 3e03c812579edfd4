// The English as edited against the English as first imported, word by word
// (jsdiff), rendered with <ins>/<del> so changes are visible and readable by
// assistive technology.
import { diffWords } from 'diff';

export function renderWordDiff(original: string, current: string): HTMLElement {
  const container = document.createElement('div');
  container.className = 'word-diff';
  container.dir = 'ltr';
  container.lang = 'en';
  const changes = diffWords(original, current);
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
