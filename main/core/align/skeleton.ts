// Consonant skeletons: a rough common spelling for a name in Arabic script and
// in Latin script, so that بوتين and Putin, لافروف and Lavrov, طاجيكستان and
// Tajikistan meet without any transliteration model. Letters that
// transliterations swap freely share a class (t/d, s/z/sh, k/g/j/q); vowels,
// w, y, h and the Arabic long vowels and throat letters are dropped, because
// the two scripts disagree on them most. Measured on news (alignment-notes.md):
// a weak feature on its own (64% of true pairs share a skeleton, 11.7% of others).

/** Shortest skeleton worth comparing: two consonants collide far too often. */
export const MIN_SKELETON_LENGTH = 3;

// Input is in matching form (normaliseForMatching): alef, yaa and taa-marbuta variants already unified.
const ARABIC_CLASS: Readonly<Record<string, string>> = {
  'ب': 'B', 'پ': 'B',
  'ت': 'T', 'ث': 'T', 'د': 'T', 'ذ': 'T', 'ض': 'T', 'ط': 'T', 'ظ': 'T',
  'ج': 'K', 'خ': 'K', 'غ': 'K', 'ق': 'K', 'ك': 'K', 'چ': 'K', 'گ': 'K',
  'ز': 'S', 'س': 'S', 'ش': 'S', 'ص': 'S',
  'ف': 'F', 'ڤ': 'F',
  'ر': 'R', 'ل': 'L', 'م': 'M', 'ن': 'N',
};

// Prefixed clitics (conjunctions, prepositions, the article) that glue onto a name: وبوتين, لطالبان, والكرملين.
export const ARABIC_PREFIXES: readonly string[] = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

function collapse(classes: string): string {
  let out = '';
  for (const ch of classes) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

// ARABIC_CLASS as a table over the Arabic block (U+0600-U+06FF): the aligner
// takes the skeleton of every distinct word of a book, with each clitic stripped.
const ARABIC_BLOCK = 0x0600;
const ARABIC_CLASS_CODE = new Uint16Array(0x100);
for (const [letter, cls] of Object.entries(ARABIC_CLASS)) ARABIC_CLASS_CODE[letter.charCodeAt(0) - ARABIC_BLOCK] = cls.charCodeAt(0);

/** Skeleton of word.slice(from): consonant classes, runs of one class collapsed. */
function arabicSkeleton(word: string, from: number): string {
  let out = '';
  let last = 0;
  for (let k = from; k < word.length; k++) {
    const offset = word.charCodeAt(k) - ARABIC_BLOCK;
    const cls = offset >= 0 && offset < 0x100 ? ARABIC_CLASS_CODE[offset] : 0;
    if (cls !== 0 && cls !== last) {
      out += String.fromCharCode(cls);
      last = cls;
    }
  }
  return out;
}

/**
 * The skeletons one Arabic word (matching form) may stand for: the word as is and
 * with each known clitic prefix stripped, since a bare لافروف must not lose its ل.
 */
export function arabicWordSkeletons(word: string, minLength = MIN_SKELETON_LENGTH): string[] {
  const out: string[] = [];
  const add = (from: number) => {
    const s = arabicSkeleton(word, from);
    if (s.length >= minLength && !out.includes(s)) out.push(s);
  };
  add(0);
  for (const prefix of PREFIXES_BY_FIRST_LETTER.get(word.charCodeAt(0)) ?? []) {
    if (word.length - prefix.length >= 3 && word.startsWith(prefix)) add(prefix.length);
  }
  return out;
}

/** ARABIC_PREFIXES by their first letter (most words start with none of them, the rest with one or two). */
const PREFIXES_BY_FIRST_LETTER = new Map<number, string[]>();
for (const prefix of ARABIC_PREFIXES) {
  const first = prefix.charCodeAt(0);
  PREFIXES_BY_FIRST_LETTER.set(first, [...(PREFIXES_BY_FIRST_LETTER.get(first) ?? []), prefix]);
}

/**
 * The skeletons of one Latin word (lowercase). 'ng' is ambiguous (Washington
 * واشنطن drops the g, England انجلترا keeps it), so both readings are returned.
 */
export function latinWordSkeletons(word: string, minLength = MIN_SKELETON_LENGTH): string[] {
  const withG = latinSkeleton(word, true);
  const out = withG.length >= minLength ? [withG] : [];
  // Without an 'ng' both readings are the same.
  if (!word.includes('ng')) return out;
  const withoutG = latinSkeleton(word, false);
  if (withoutG.length >= minLength && withoutG !== withG) out.push(withoutG);
  return out;
}

function latinSkeleton(word: string, keepGAfterN: boolean): string {
  let classes = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const next = word[i + 1] ?? '';
    switch (ch) {
      case 'b': case 'p':
        classes += next === 'h' && ch === 'p' ? 'F' : 'B';
        if (ch === 'p' && next === 'h') i++;
        break;
      case 't': case 'd': classes += 'T'; break;
      case 'c':
        if (next === 'h') { classes += 'S'; i++; }
        else classes += 'eiy'.includes(next) ? 'S' : 'K';
        break;
      case 'k': case 'q': case 'j': classes += 'K'; break;
      case 'g':
        if (!keepGAfterN && word[i - 1] === 'n') break;
        classes += 'K';
        break;
      case 'x': classes += 'KS'; break;
      case 's': case 'z': classes += 'S'; break;
      case 'f': case 'v': classes += 'F'; break;
      case 'l': classes += 'L'; break;
      case 'm': classes += 'M'; break;
      case 'n': classes += 'N'; break;
      case 'r': classes += 'R'; break;
      default: break; // vowels, h, w, y, digits, apostrophes
    }
  }
  return collapse(classes);
}
