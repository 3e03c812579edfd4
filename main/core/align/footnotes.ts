// Footnote markers glued to words, as literary and legal translations print
// them ("Du'ali20", "الدؤلي٢٠", "ripped²"): digits right after a word, with no
// space, are a note's number, not a quantity, so they must not become number
// anchors (the two sides number their notes independently). A word needs two
// letters before the digits, so that names like G7 or F16 keep their number.

/** Digits (ASCII after matching-form normalisation, or superscript) glued to the end of a word of two or more letters. */
const GLUED_MARKER = /(?<=[a-z\u0621-\u064a\u0671-\u06d3]{2}['’"”»)]?)(?:\d{1,3}|[\u00b9\u00b2\u00b3\u2070-\u2079]+)(?![\d\p{L}])/gu;
const MAY_HAVE_MARKER = /[\d\u00b9\u00b2\u00b3\u2070-\u2079]/;

/** The text (matching form) without footnote markers glued to words; the text itself when it has none. */
export function withoutFootnoteMarkers(normalised: string): string {
  if (!MAY_HAVE_MARKER.test(normalised)) return normalised;
  return normalised.replace(GLUED_MARKER, '');
}
