// Footnote markers glued to words, as literary and legal translations print
// them ("Du'ali20", "الدؤلي٢٠", "ripped²"): digits right after a word, with no
// space, are a note's number, not a quantity, so they must not become number
// anchors (the two sides number their notes independently). A word needs two
// letters before the digits, so that names like G7 or F16 keep their number.

/** Digits (ASCII after matching-form normalisation, or superscript) glued to the end of a word of two or more letters. */
const GLUED_MARKER = /(?<=[a-z\u0621-\u064a\u0671-\u06d3]{2}['’"”»)]?)(?:\d{1,3}|[\u00b9\u00b2\u00b3\u2070-\u2079]+)(?![\d\p{L}])/gu;
const MAY_HAVE_MARKER = /[\d\u00b9\u00b2\u00b3\u2070-\u2079]/;

/**
 * True when some marker digit follows a letter or a closing quote, as every
 * GLUED_MARKER does: most sentences with digits have none (a space comes
 * before the number), and the lookbehind is slow to try at every digit.
 */
function mayHaveMarker(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = (code >= 0x30 && code <= 0x39) || code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079);
    if (!digit) continue;
    const before = text.charCodeAt(i - 1);
    if ((before >= 0x61 && before <= 0x7a) || (before >= 0x0621 && before <= 0x064a) || (before >= 0x0671 && before <= 0x06d3)) return true;
    if (before === 0x27 || before === 0x2019 || before === 0x22 || before === 0x201d || before === 0xbb || before === 0x29) return true;
  }
  return false;
}

/** The text (matching form) without footnote markers glued to words; the text itself when it has none. */
export function withoutFootnoteMarkers(normalised: string): string {
  // The regex rejects the many sentences without digits faster than a loop does.
  if (!MAY_HAVE_MARKER.test(normalised) || !mayHaveMarker(normalised)) return normalised;
  return normalised.replace(GLUED_MARKER, '');
}
