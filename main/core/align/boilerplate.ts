// How much a segment looks like web furniture (breadcrumbs, captions, share
// buttons, 'Read more') rather than text that was translated. The aligner makes
// deleting such a segment cheap and gluing it onto a neighbour expensive; the
// decision itself stays with the scoring, so an unlisted caption is still
// caught by its shape (alone in its paragraph, short, no final punctuation).

/** Common one-side web cues, in matching form (normaliseForMatching), without punctuation. */
const CUES: readonly string[] = [
  // Arabic
  'اقرا ايضا', 'اقرا المزيد', 'شاهد ايضا', 'اترك رد', 'اترك تعليقا', 'شارك هذا', 'شارك', 'المصدر', 'تابعونا',
  'تابعنا', 'الاكثر قراءه', 'الاكثر مشاهده', 'اعلان', 'اخبار عاجله', 'عاجل', 'الرئيسيه', 'مواضيع ذات صله',
  'ذات صله', 'صوره ارشيفيه', 'اشترك', 'التعليقات',
  // English
  'read more', 'read also', 'also read', 'see also', 'share this', 'share', 'advertisement', 'advertisment',
  'source link', 'source', 'photo', 'image', 'credit', 'most popular', 'most read', 'follow us',
  'our readers are reading too', 'related', 'home', 'leave a reply', 'click here', 'subscribe', 'sign up',
  'breaking news', 'comments',
];

const LONGEST_CUE = Math.max(...CUES.map((cue) => cue.length));
/** A cue only counts when the segment (alone in its paragraph) is not much longer than the cue itself. */
const CUE_SLACK = 25;
/** Segments shorter than this (characters, matching form) can be furniture by shape alone. */
const SHORT = 45;
/** Captions ending in a bracketed agency credit can be this long. */
const CAPTION = 120;

export interface BoilerplateShape {
  /** Matching form of the segment (normaliseForMatching). */
  normalised: string;
  /** Raw text, for final punctuation. */
  raw: string;
  /** The only segment of its paragraph. */
  aloneInParagraph: boolean;
}

const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const FINAL_PUNCTUATION = /[.!?\u061f\u06d4\u2026]["'\u201d\u2019\u00bb)\]]*\s*$/;
// Photo credits in brackets at the end: 'سيرغي لافروف (رويترز)', 'Kabul (AFP)'.
const BRACKETED_CREDIT = /\((?:رويترز|ا ف ب|اف ب|فرانس برس|الاناضول|getty|reuters|afp|ap|epa)[^)]*\)\s*$/i;
// Breadcrumbs: 'Home / News / World', 'الرئيسية » الأخبار'.
const BREADCRUMB_SEPARATOR = /\s[/>»|]\s|\s›\s/g;
const BREADCRUMB_START = /^[^.!?\u061f]{0,40}\s[/>»|›]\s/;

/** BREADCRUMB_START needs a separator within its first 42 units: most segments have none, and the regex is slow to fail. */
function mayOpenWithBreadcrumb(normalised: string): boolean {
  const end = Math.min(normalised.length, 42);
  for (let i = 1; i < end; i++) {
    const code = normalised.charCodeAt(i);
    if (code === 0x2f || code === 0x3e || code === 0xbb || code === 0x7c || code === 0x203a) return true;
  }
  return false;
}

/** 0 (surely translated text) .. 1 (surely furniture). */
export function boilerplateLikelihood(shape: BoilerplateShape): number {
  // Inside a paragraph only a bare cue, a bracketed credit or a breadcrumb can make a
  // segment furniture: skip the string work for everything else (most segments).
  const { normalised } = shape;
  if (!shape.aloneInParagraph && normalised.length > LONGEST_CUE + 5 && !normalised.endsWith(')') &&
    !(mayOpenWithBreadcrumb(normalised) && BREADCRUMB_START.test(normalised))) {
    return 0;
  }
  const bare = shape.normalised.replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
  if (bare === '') return 1;
  for (const cue of CUES) {
    if (bare !== cue && !bare.startsWith(cue + ' ')) continue;
    // 'Share prices rose.' inside a paragraph is news, not a share button.
    if (bare.length <= cue.length + (shape.aloneInParagraph ? CUE_SLACK : 5)) return 1;
  }
  if ((shape.normalised.match(BREADCRUMB_SEPARATOR) ?? []).length >= 2) return 1;
  // Photo captions run longer than headings but end with the agency in brackets.
  if (bare.length < CAPTION && BRACKETED_CREDIT.test(shape.normalised)) return 0.9;
  const short = bare.length < SHORT;
  if (!short) return 0;
  const unterminated = !FINAL_PUNCTUATION.test(shape.raw.trimEnd());
  if (!shape.aloneInParagraph) return 0;
  return unterminated ? 0.6 : 0.3;
}
