// Bidi isolation for mixed-script sentences. Inside a right-to-left Arabic
// sentence, a Latin run such as “Kommersant” or “New York Times 2021” is wrapped
// in <bdi dir="ltr"> so its neutral characters (spaces, dots, quotes) cannot
// reorder the Arabic around it; inside English, Arabic runs get <bdi dir="rtl">.

const LATIN_RUN = /[A-Za-z\u00C0-\u024F0-9](?:[A-Za-z\u00C0-\u024F0-9 .,'’&/:%+-]*[A-Za-z\u00C0-\u024F0-9%])?/g;
const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF](?:[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF0-9 ]*[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF])?/g;

// Inline codes of a bilingual file (⟦g1⟧ … ⟦/g1⟧, ⟦x2⟧: main/core/bilingual/inline-codes.ts).
const PLACEHOLDER = /⟦\/?[^⟦⟧\s]+⟧/g;

/**
 * Appends text to parent, isolating runs of the script opposite to the
 * parent's direction; inline codes are shown as tokens, never as markup.
 */
export function appendIsolatedText(parent: HTMLElement, text: string, baseDirection: 'rtl' | 'ltr'): void {
  if (!text.includes('⟦')) {
    appendScriptRuns(parent, text, baseDirection);
    return;
  }
  let cursor = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > cursor) appendScriptRuns(parent, text.slice(cursor, match.index), baseDirection);
    const code = document.createElement('bdi');
    code.className = 'inline-code';
    code.dir = 'ltr';
    code.textContent = match[0].slice(1, -1);
    code.title = 'Inline code of the bilingual file: written back as it was';
    code.setAttribute('aria-label', `inline code ${match[0].slice(1, -1)}`);
    parent.append(code);
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) appendScriptRuns(parent, text.slice(cursor), baseDirection);
}

function appendScriptRuns(parent: HTMLElement, text: string, baseDirection: 'rtl' | 'ltr'): void {
  const pattern = baseDirection === 'rtl' ? LATIN_RUN : ARABIC_RUN;
  const runDirection = baseDirection === 'rtl' ? 'ltr' : 'rtl';
  pattern.lastIndex = 0;
  let cursor = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // Digits alone read correctly in Arabic text; isolate only runs with letters.
    if (baseDirection === 'rtl' && !/[A-Za-z\u00C0-\u024F]/.test(match[0])) continue;
    if (match.index > cursor) parent.append(text.slice(cursor, match.index));
    const isolate = document.createElement('bdi');
    isolate.dir = runDirection;
    isolate.lang = runDirection === 'ltr' ? 'en' : 'ar';
    isolate.textContent = match[0];
    parent.append(isolate);
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) parent.append(text.slice(cursor));
}
