// Abbreviation lists: data, not code. Entries are written without their
// final period; English ones in lower case (matching ignores case), Arabic
// ones in any spelling (matching uses the normalised form, so أ.د and ا.د,
// هـ and ه are the same entry). Users add their own through
// SegmentOptions.extraAbbreviations; those never end a sentence.

/** Titles and the like: always followed by a name or phrase, so a period after them never ends a sentence. */
export const ENGLISH_NEVER_FINAL: readonly string[] = [
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'drs', 'prof', 'st', 'mt', 'ft',
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'gov', 'sen', 'sens',
  'rep', 'reps', 'pres', 'supt', 'insp', 'det', 'rev', 'hon', 'msgr', 'fr',
  'e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'approx', 'esp', 'incl',
];

/** Abbreviations that stand before a number ("No. 5", "p. 12"): they end a sentence unless a digit follows. */
export const ENGLISH_BEFORE_NUMBER: readonly string[] = [
  'no', 'nos', 'p', 'pp', 'art', 'fig', 'figs', 'vol', 'vols', 'ch', 'sec', 'para', 'ext', 'tel', 'op', 'ref',
  // Months: "Jan. 5" goes on; "closed until Oct. President Widodo ..." is a new sentence.
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/**
 * Abbreviations that also end sentences ("... in the U.S. The president ...").
 * After them a boundary is made only when the next word is a common sentence
 * opener (ENGLISH_SENTENCE_OPENERS); "the U.S. Senate" stays one sentence.
 * Single capital letters (initials: J. K. Rowling) and dotted acronyms (U.S.A.)
 * are treated the same way without being listed.
 */
export const ENGLISH_MAYBE_FINAL: readonly string[] = [
  'u.s', 'u.k', 'u.n', 'e.u', 'u.a.e', 'u.s.a', 'u.s.s.r', 'd.c', 'n.y', 'l.a',
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn', 'est',
  'jr', 'sr', 'esq', 'ph.d', 'm.d', 'b.a', 'm.a',
  'a.m', 'p.m', 'etc', 'al', 'ave', 'blvd', 'rd',
];

/** Words that, capitalised after an ambiguous abbreviation, show that a new sentence has begun. */
export const ENGLISH_SENTENCE_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile',
  'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'as', 'if', 'since', 'although', 'though',
  'some', 'many', 'most', 'all', 'both', 'each', 'no', 'not', 'one', 'officials', 'what', 'why', 'how', 'who',
  'also', 'then', 'now', 'still', 'according', 'other', 'last', 'earlier', 'later', 'today', 'yesterday',
];

/**
 * Arabic abbreviations: د. (doctor), أ. (ustadh), أ.د. (professor), م. (engineer),
 * ص.ب. (PO box), ج.م.ع. (Arab Republic of Egypt), ش.م.م. (LLC), إلخ./الخ. (etc.), ...
 * Any single Arabic letter followed by a period is also taken as an
 * abbreviation without being listed: Arabic has no one-letter words that stand alone.
 */
export const ARABIC_ABBREVIATIONS: readonly string[] = [
  'أ.د', 'أ. د', 'ص.ب', 'ج.م.ع', 'ش.م.م', 'ش.م.ع', 'م.م', 'ت.ب', 'ج.ب', 'س.ت', 'م.ب', 'ا.ش.ا', 'ا.هـ',
  'إلخ', 'الخ', 'ق.م', 'ق.هـ', 'ب.م', 'هـ', 'م',
];

/**
 * Date suffixes: م (AD), هـ (AH), ق.م (BC), ق.هـ, ب.م. Written right after a
 * year ("عام 2020م." or "1441 هـ.") their period is also the full stop, so
 * there they end the sentence; elsewhere (م. = engineer before a name) they do not.
 */
export const ARABIC_DATE_SUFFIXES: readonly string[] = ['م', 'هـ', 'ق.م', 'ق.هـ', 'ب.م'];

/**
 * Words that, right after a closing quote, attribute the quotation and so
 * continue its sentence: «"هل أنتم مستعدون؟" تساءلت.», «..." حسبما أفاد السيد ألبنس.».
 * Not قال or أضاف: in news a new sentence often opens with them («قال جون جولدسميث: "..."»),
 * as measured on the NTREX dev set; "according to" and "asked" do not open one.
 */
export const ARABIC_ATTRIBUTION_WORDS: readonly string[] = [
  'تساءل', 'تساءلت', 'حسبما', 'بحسب', 'حسب', 'وفق', 'وفقا', 'وفقاً',
];
