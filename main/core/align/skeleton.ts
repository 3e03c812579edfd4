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

function arabicSkeleton(word: string): string {
  let classes = '';
  for (const ch of word) classes += ARABIC_CLASS[ch] ?? '';
  return collapse(classes);
}

/**
 * The skeletons one Arabic word (matching form) may stand for: the word as is and
 * with each known clitic prefix stripped, since a bare لافروف must not lose its ل.
 */
export function arabicWordSkeletons(word: string): string[] {
  const out = new Set<string>();
  const add = (w: string) => {
    const s = arabicSkeleton(w);
    if (s.length >= MIN_SKELETON_LENGTH) out.add(s);
  };
  add(word);
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) add(word.slice(prefix.length));
  }
  return [...out];
}

/**
 * The skeletons of one Latin word (lowercase). 'ng' is ambiguous (Washington
 * واشنطن drops the g, England انجلترا keeps it), so both readings are returned.
 */
export function latinWordSkeletons(word: string): string[] {
  const withG = latinSkeleton(word, true);
  const withoutG = latinSkeleton(word, false);
  const out = new Set<string>();
  for (const s of [withG, withoutG]) if (s.length >= MIN_SKELETON_LENGTH) out.add(s);
  return [...out];
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
