// The matching form of a text: what search, anchors and scoring compare.
// It is never stored or exported; the source text stays exactly as imported.
//
// Rules (each maps one character to zero or one character, except Latin
// lowercasing, which can map one to two, so an index map back to the original
// is always possible):
// - Arabic diacritics removed: tashkeel U+064B-U+065F, superscript alef U+0670,
//   Quranic annotation marks U+0610-U+061A and U+06D6-U+06ED (marks only),
//   and tatweel U+0640;
// - alef variants أ إ آ ٱ (and ٲ ٳ) -> ا;
// - alef maqsura ى and Persian yeh ی -> ي; Persian keheh ک -> ك;
// - taa marbuta ة -> ه;
// - hamza on waw ؤ and on yaa ئ are KEPT: they are real letters, and the
//   common spelling variants (مسؤول / مسئول) differ in them on both sides of
//   the pair, so folding them would not make the variants meet anyway;
// - digits ٠-٩ (U+0660) and ۰-۹ (U+06F0) -> 0-9; ٫ -> '.', ٬ -> ',', ٪ -> '%';
// - invisible direction and joining marks (LRM, RLM, ALM, ZWJ, ZWNJ) removed;
// - Latin (and any cased script) lowercased.

const REMOVED = /[\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640\u200c-\u200f]/;

const REPLACED: ReadonlyMap<string, string> = new Map([
  ['\u0623', '\u0627'], ['\u0625', '\u0627'], ['\u0622', '\u0627'], ['\u0671', '\u0627'], ['\u0672', '\u0627'], ['\u0673', '\u0627'],
  ['\u0649', '\u064a'], ['\u06cc', '\u064a'],
  ['\u06a9', '\u0643'],
  ['\u0629', '\u0647'],
  ['\u066b', '.'], ['\u066c', ','], ['\u066a', '%'],
]);

/** The matching form of one UTF-16 code unit ('' when removed): the rules, written plainly. */
function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
  if (REMOVED.test(ch)) return '';
  return REPLACED.get(ch) ?? ch.toLowerCase();
}

// The rules above, tabulated for every UTF-16 code unit, so that normalising
// a whole book is a table lookup per character (the aligner normalises every
// sentence). The table is filled a block of 256 units at a time, when a text
// first uses the block: a text touches a handful of blocks, not all 256.
// Entries: a code unit, or one of these.
const KEEP = -1;
const REMOVE = -2;
/** Lowercases to more than one unit (İ -> i̇): looked up in EXPANSIONS. */
const EXPAND = -3;
/** Not worked out yet (see unitMapping). */
const UNKNOWN = -4;
const BLOCK_BITS = 8;
const table = new Int32Array(0x10000).fill(UNKNOWN);
const EXPANSIONS = new Map<number, string>();

/** Fill the table's block of `code`, and return code's entry. */
function fillBlock(code: number): number {
  const first = (code >> BLOCK_BITS) << BLOCK_BITS;
  for (let unit = first; unit < first + (1 << BLOCK_BITS); unit++) {
    table[unit] = KEEP;
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    const ch = String.fromCharCode(unit);
    const n = normaliseChar(ch);
    if (n === ch) continue;
    if (n === '') table[unit] = REMOVE;
    else if (n.length === 1) table[unit] = n.charCodeAt(0);
    else { table[unit] = EXPAND; EXPANSIONS.set(unit, n); }
  }
  return table[code];
}

/**
 * Runs the rules over text into UTF-16 units; when origin is given, records
 * for each output unit the index of the input unit it came from.
 */
function normaliseUnits(text: string, origin: number[] | null): number[] {
  // Preallocated and filled by index: much faster than push for one-sentence strings.
  const units: number[] = new Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mapped = table[code];
    if (mapped === UNKNOWN) mapped = fillBlock(code);
    if (mapped === KEEP) units[n++] = code;
    else if (mapped >= 0) units[n++] = mapped;
    else if (mapped === EXPAND) {
      const expansion = EXPANSIONS.get(code) as string;
      for (let k = 0; k < expansion.length; k++) {
        units[n++] = expansion.charCodeAt(k);
        if (origin) origin.push(i);
      }
      continue;
    } else continue;
    if (origin) origin.push(i);
  }
  units.length = n;
  return units;
}

/** fromCharCode takes its units as arguments, so long texts go in chunks (engines cap argument counts). */
const CHUNK = 8192;

function unitsToString(units: number[] | Uint16Array): string {
  // fromCharCode reads any array-like (its typing asks for number[]).
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units as number[]);
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode.apply(null, units.slice(i, i + CHUNK) as number[]);
  return out;
}

/** The matching form of a text (see the rules above). */
export function normaliseForMatching(text: string): string {
  return unitsToString(normaliseUnits(text, null));
}

/** What JavaScript's \s matches (the BMP part): the whitespace collapsed by normaliseCollapsingSpace. */
function isSpace(code: number): boolean {
  if (code > 0x20 && code < 0x1680) return code === 0xa0;
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * True when the only rule that applies to text is lowercasing A-Z and its
 * spaces are single ASCII spaces between words: then the engine's own
 * toLowerCase gives the collapsed matching form at once (most English
 * sentences).
 */
function onlyAsciiCaseToFold(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20) return false;
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (code >= 0x41 && code <= 0x5a) continue;
    // The rules go unit by unit; toLowerCase would also lowercase astral letters (𐐀).
    if (code >= 0xd800 && code <= 0xdfff) return false;
    let mapped = table[code];
    if (mapped === UNKNOWN) mapped = fillBlock(code);
    if (mapped !== KEEP || isSpace(code)) return false;
  }
  return true;
}

/** Working space of normaliseCollapsingSpace, reused from sentence to sentence (no garbage per sentence). */
let collapseBuffer = new Uint16Array(1024);

/**
 * The matching form with every whitespace run as one space and none at either
 * end: what the aligner measures and scans. Equal to
 * normaliseForMatching(text).replace(/\s+/g, ' ').trim(), in one pass (the
 * aligner runs it on every sentence of a book).
 */
export function normaliseCollapsingSpace(text: string): string {
  if (onlyAsciiCaseToFold(text)) return text.toLowerCase();
  // Lowercasing expands a unit to at most three.
  if (collapseBuffer.length < 3 * text.length) collapseBuffer = new Uint16Array(3 * text.length);
  const units = collapseBuffer;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mapped = table[code];
    if (mapped === UNKNOWN) mapped = fillBlock(code);
    if (mapped === REMOVE) continue;
    // Whitespace is never mapped (KEEP).
    if (mapped === KEEP && isSpace(code)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      units[n++] = 0x20;
      pendingSpace = false;
    }
    if (mapped === KEEP) units[n++] = code;
    else if (mapped >= 0) units[n++] = mapped;
    else {
      const expansion = EXPANSIONS.get(code) as string;
      for (let k = 0; k < expansion.length; k++) units[n++] = expansion.charCodeAt(k);
    }
  }
  return unitsToString(units.subarray(0, n));
}

export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string it came from. */
  origin: number[];
}

/** The matching form plus, for each of its characters, where it came from in the original. */
export function normaliseWithMap(text: string): NormalisedText {
  const origin: number[] = [];
  return { text: unitsToString(normaliseUnits(text, origin)), origin };
}

/**
 * Every occurrence of query in haystack, compared in matching form (so
 * diacritics, tatweel, letter variants, digit forms and case are ignored),
 * as [start, end) ranges of the ORIGINAL haystack, ready for highlighting.
 * A range includes the diacritics that follow its last letter. Occurrences
 * do not overlap; an empty query matches nothing.
 */
export function findNormalised(haystack: string, query: string): Array<[number, number]> {
  const needle = normaliseForMatching(query);
  if (needle === '') return [];
  const { text, origin } = normaliseWithMap(haystack);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    const endInNormalised = at + needle.length;
    const start = origin[at];
    // Extend over removed characters (diacritics, tatweel) up to the next kept one.
    const end = endInNormalised < origin.length ? origin[endInNormalised] : haystack.length;
    ranges.push([start, end]);
    from = endInNormalised;
  }
  return ranges;
}

/** True when haystack contains query in matching form (see findNormalised). */
export function matchesQuery(haystack: string, query: string): boolean {
  const needle = normaliseForMatching(query);
  return needle !== '' && normaliseForMatching(haystack).includes(needle);
}
