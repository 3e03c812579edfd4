// Which word of a sentence shown in the grid lies under the pointer, so that a
// click or right-click on a word can say where Split cuts a single sentence.
// Words are counted in the text as drawn (inline codes show without their
// brackets, which adds or removes no white space), so the count matches the
// sentence's own text.

/** The index (from 0) of the word at the point, or undefined when the point is not on the sentence's text. */
export function wordAtPoint(sentence: HTMLElement, x: number, y: number): number | undefined {
  const caret = caretAt(x, y);
  if (!caret || !sentence.contains(caret.node)) return undefined;
  let before = '';
  const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === caret.node) {
      before += (node as Text).data.slice(0, caret.offset);
      break;
    }
    before += (node as Text).data;
  }
  return wordIndexAt(sentence.textContent ?? '', before.length);
}

/** The word holding position `at` of text (a position in white space belongs to the next word). */
export function wordIndexAt(text: string, at: number): number {
  let start = Math.min(at, text.length);
  // Back to the start of the word the caret is in or just after.
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  const words = text.slice(0, start).match(/\S+/g)?.length ?? 0;
  // Past the last word (trailing space) the last word is meant.
  const total = text.match(/\S+/g)?.length ?? 0;
  return Math.max(0, Math.min(words, total - 1));
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
