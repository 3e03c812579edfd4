// Pure transformations that turn a news case (make_docs.py: two raw texts and
// gold beads as character spans) into the kinds of text the aligner meets
// outside news (issue 12): anchor-poor, restructured, condensed, long Arabic
// sentences, footnote digits glued to words. Each keeps the gold beads: a case
// is parsed into sentences carrying the id of their gold bead, transformed, and
// rendered back to texts with spans. Randomness comes from a seeded generator
// passed in, so the same seed gives the same case.

import { normaliseForMatching } from '../../main/core/text/normalise';
import { arabicWordSkeletons, latinWordSkeletons } from '../../main/core/align/skeleton';

type Span = [number, number];

/** A make_docs.py case: raw texts and gold beads (spans of each text). */
export interface GoldCase {
  ar: string;
  en: string;
  beads: Array<{ ar: Span[]; en: Span[] }>;
}

/** One sentence of a side: its text, whether it opens a paragraph, and its gold bead (null: no counterpart). */
export interface DocSentence {
  text: string;
  paragraphStart: boolean;
  bead: number | null;
}

export interface Doc {
  ar: DocSentence[];
  en: DocSentence[];
}

/** Deterministic generator (mulberry32): the same seed gives the same transformed case. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of one side: the gold spans, plus the uncovered text (boilerplate, dropped sentences) one line at a time. */
function parseSide(text: string, spans: Array<{ span: Span; bead: number }>): DocSentence[] {
  const sorted = [...spans].sort((x, y) => x.span[0] - y.span[0]);
  const out: DocSentence[] = [];
  let at = 0;
  const pushGap = (gapEnd: number) => {
    // Uncovered text, split where a paragraph breaks.
    const gap = text.slice(at, gapEnd);
    let offset = 0;
    for (const piece of gap.split(/(\n+)/)) {
      if (/^\n+$/.test(piece) || piece.trim() === '') {
        offset += piece.length;
        continue;
      }
      const lead = piece.length - piece.trimStart().length;
      out.push({ text: piece.trim(), paragraphStart: startsParagraph(text, at + offset + lead), bead: null });
      offset += piece.length;
    }
  };
  for (const { span, bead } of sorted) {
    pushGap(span[0]);
    out.push({ text: text.slice(span[0], span[1]), paragraphStart: startsParagraph(text, span[0]), bead });
    at = span[1];
  }
  pushGap(text.length);
  return out;
}

function startsParagraph(text: string, offset: number): boolean {
  const before = text.slice(0, offset).trimEnd();
  return before === '' || /\n\s*$/.test(text.slice(0, offset));
}

export function parseCase(goldCase: GoldCase): Doc {
  const ar = goldCase.beads.flatMap((bead, k) => bead.ar.map((span) => ({ span, bead: k })));
  const en = goldCase.beads.flatMap((bead, k) => bead.en.map((span) => ({ span, bead: k })));
  return { ar: parseSide(goldCase.ar, ar), en: parseSide(goldCase.en, en) };
}

/** Texts and gold beads of a document: sentences joined by a space, paragraphs by a blank line; beads with both sides only. */
export function renderCase(doc: Doc): GoldCase {
  const render = (sentences: DocSentence[]) => {
    let text = '';
    const spans = new Map<number, Span[]>();
    sentences.forEach((sentence, k) => {
      if (k > 0) text += sentence.paragraphStart ? '\n\n' : ' ';
      if (sentence.bead !== null) {
        const list = spans.get(sentence.bead) ?? [];
        list.push([text.length, text.length + sentence.text.length]);
        spans.set(sentence.bead, list);
      }
      text += sentence.text;
    });
    return { text: text + '\n', spans };
  };
  const ar = render(doc.ar);
  const en = render(doc.en);
  const ids = [...ar.spans.keys()].filter((id) => en.spans.has(id)).sort((x, y) => x - y);
  return { ar: ar.text, en: en.text, beads: ids.map((id) => ({ ar: ar.spans.get(id) as Span[], en: en.spans.get(id) as Span[] })) };
}

// ---------------------------------------------------------------- anchor-poor

const DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const NUMBER_TOKEN = /[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9.,٫٬%٪:/-]*/g;

/** Capitalised English words that are not the first word of their sentence: the names. */
function englishNames(text: string): string[] {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  return words.slice(1).filter((w) => /^[A-Z]/.test(w));
}

function tidy(text: string): string {
  return text.replace(/\s+([.,;:!?،؛؟])/g, '$1').replace(/([,،;؛])(?:\s*[,،;؛])+/g, '$1').replace(/\s{2,}/g, ' ').replace(/^[\s,،;؛]+/, '').trim();
}

/**
 * Numbers (any digits, so dates and years too) and capitalised names removed
 * from both sides consistently: English names not first in their sentence,
 * Latin-script words on the Arabic side, and the Arabic words whose consonant
 * skeleton matches a removed English name of the same gold bead.
 */
export function anchorPoor(doc: Doc): Doc {
  const skeletonsByBead = new Map<number, Set<string>>();
  const en = doc.en.map((sentence) => {
    const names = englishNames(sentence.text);
    if (sentence.bead !== null) {
      const set = skeletonsByBead.get(sentence.bead) ?? new Set<string>();
      for (const name of names) for (const s of latinWordSkeletons(name.toLowerCase())) set.add(s);
      skeletonsByBead.set(sentence.bead, set);
    }
    const nameSet = new Set(names);
    let first = true;
    const text = sentence.text.replace(/[A-Za-z][A-Za-z'’-]*/g, (word) => {
      const keep = first || !nameSet.has(word);
      first = false;
      return keep ? word : '';
    });
    return { ...sentence, text: tidy(text.replace(NUMBER_TOKEN, '')) || sentence.text };
  });
  const ar = doc.ar.map((sentence) => {
    const names = sentence.bead === null ? undefined : skeletonsByBead.get(sentence.bead);
    const text = sentence.text
      .split(/(\s+)/)
      .map((token) => {
        if (/^\s+$/.test(token) || token === '') return token;
        if (/[A-Za-z]/.test(token) || DIGITS.test(token)) return '';
        const word = normaliseForMatching(token.replace(/[^\u0600-\u06ff]/g, ''));
        if (names && word && arabicWordSkeletons(word).some((s) => names.has(s))) return '';
        return token;
      })
      .join('');
    return { ...sentence, text: tidy(text) || sentence.text };
  });
  return { ar, en };
}

// ---------------------------------------------------------------- restructured

/** "A. " + "B." → "A; b." (the second sentence lowercased unless it starts with an acronym or a name-like word). */
export function fuseEnglish(first: string, second: string): string {
  const head = first.replace(/[.!?]+(["'”’)]*)$/, '$1');
  const lower = /^[A-Z][a-z]/.test(second) && !/^(I|I'm|I've)\b/.test(second) ? second[0].toLowerCase() + second.slice(1) : second;
  return `${head}; ${lower}`;
}

/** Two Arabic sentences joined with و: the first loses its full stop, the second gets a و unless it already starts with one. */
export function joinArabic(first: string, second: string): string {
  const head = first.replace(/[.!؟]+(["'”»)]*)$/, '$1');
  const tail = second.startsWith('و') ? second : `و${second}`;
  return `${head}، ${tail}`;
}

/** Sizes of the restructured units: a unit of k beads makes a 1-k (Arabic joined) or k-1 (English fused) bead. */
const UNIT_SIZES = [2, 3, 4, 6];

/**
 * Runs of 2-6 consecutive one-to-one gold beads become one bead: either their
 * Arabic sentences are joined with و into one sentence (1-4, 1-6 beads) or
 * their English sentences are fused into one (3-1 beads). `share` is the
 * probability that a run starts at a given bead.
 */
export function restructure(doc: Doc, random: () => number, share = 0.35): Doc {
  const arOf = indexByBead(doc.ar);
  const enOf = indexByBead(doc.en);
  const ar = doc.ar.map((s) => ({ ...s }));
  const en = doc.en.map((s) => ({ ...s }));
  const removeAr = new Set<number>();
  const removeEn = new Set<number>();
  const beads = [...arOf.keys()].filter((id) => enOf.has(id)).sort((x, y) => x - y);
  for (let k = 0; k < beads.length; k++) {
    if (random() >= share) continue;
    const size = UNIT_SIZES[Math.floor(random() * UNIT_SIZES.length)];
    // Consecutive beads that are one-to-one and adjacent on both sides.
    let run = 1;
    while (run < size && k + run < beads.length && oneToOneNext(arOf, enOf, beads[k + run - 1], beads[k + run])) run++;
    if (run < 2 || !oneToOne(arOf, enOf, beads[k])) continue;
    const joinAr = random() < 0.5;
    const side = joinAr ? ar : en;
    const index = joinAr ? arOf : enOf;
    const remove = joinAr ? removeAr : removeEn;
    const target = (index.get(beads[k]) as number[])[0];
    for (let r = 1; r < run; r++) {
      const next = (index.get(beads[k + r]) as number[])[0];
      side[target].text = joinAr ? joinArabic(side[target].text, side[next].text) : fuseEnglish(side[target].text, side[next].text);
      remove.add(next);
    }
    // The whole run is now one gold bead.
    for (let r = 1; r < run; r++) {
      for (const x of arOf.get(beads[k + r]) as number[]) ar[x].bead = beads[k];
      for (const x of enOf.get(beads[k + r]) as number[]) en[x].bead = beads[k];
    }
    k += run - 1;
  }
  return { ar: ar.filter((_, x) => !removeAr.has(x)), en: en.filter((_, x) => !removeEn.has(x)) };
}

function indexByBead(sentences: DocSentence[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  sentences.forEach((s, k) => {
    if (s.bead === null) return;
    out.set(s.bead, [...(out.get(s.bead) ?? []), k]);
  });
  return out;
}

function oneToOne(arOf: Map<number, number[]>, enOf: Map<number, number[]>, bead: number): boolean {
  return arOf.get(bead)?.length === 1 && enOf.get(bead)?.length === 1;
}

/** `next` is one-to-one and directly follows `bead` on both sides (no sentence without counterpart in between). */
function oneToOneNext(arOf: Map<number, number[]>, enOf: Map<number, number[]>, bead: number, next: number): boolean {
  if (!oneToOne(arOf, enOf, next)) return false;
  const arLast = arOf.get(bead) as number[];
  const enLast = enOf.get(bead) as number[];
  return (arOf.get(next) as number[])[0] === arLast[arLast.length - 1] + 1 && (enOf.get(next) as number[])[0] === enLast[enLast.length - 1] + 1;
}

// ---------------------------------------------------------------- condensed

/** The English sentence cut after its first clause (at a comma past its first 30 characters), or null when it has none. */
export function dropClause(sentence: string): string | null {
  const comma = sentence.indexOf(', ', 30);
  if (comma < 0 || comma > sentence.length - 20) return null;
  const end = /[.!?]["'”’)]*$/.exec(sentence)?.[0] ?? '.';
  return sentence.slice(0, comma) + end;
}

/**
 * 15-25% of the English sentences of gold beads condensed away: half of them
 * dropped (their Arabic is left without counterpart), half cut to their first
 * clause (the bead stays, the English is shorter).
 */
export function condense(doc: Doc, random: () => number): Doc {
  const rate = 0.15 + 0.1 * random();
  const en: DocSentence[] = [];
  // A dropped sentence that opened a paragraph hands the opening on to the next one kept.
  let openParagraph = false;
  for (const sentence of doc.en) {
    const condensed = sentence.bead !== null && random() < rate;
    const cut = condensed && random() < 0.5 ? dropClause(sentence.text) : null;
    if (condensed && !cut) {
      openParagraph ||= sentence.paragraphStart;
      continue;
    }
    en.push({ ...sentence, text: cut ?? sentence.text, paragraphStart: sentence.paragraphStart || openParagraph });
    openParagraph = false;
  }
  const kept = new Set(en.map((s) => s.bead));
  // An Arabic sentence whose English is gone has no gold bead any more.
  const ar = doc.ar.map((s) => (s.bead !== null && !kept.has(s.bead) ? { ...s, bead: null } : s));
  return { ar, en };
}

// ---------------------------------------------------------------- long sentences

/**
 * The Arabic sentence ends removed within each paragraph (legal Arabic runs to
 * 80-word sentences): consecutive Arabic sentences of gold beads in one
 * paragraph become one sentence, their full stops turned into commas, and
 * their beads one bead. Sentences without counterpart stay apart.
 */
export function longSentences(doc: Doc): Doc {
  const ar: DocSentence[] = [];
  const merged = new Map<number, number>();
  for (const sentence of doc.ar) {
    const last = ar[ar.length - 1];
    if (last && !sentence.paragraphStart && last.bead !== null && sentence.bead !== null) {
      last.text = `${last.text.replace(/[.!؟]+(["'”»)]*)$/, '$1')}، ${sentence.text}`;
      merged.set(sentence.bead, last.bead);
      continue;
    }
    ar.push({ ...sentence });
  }
  const root = (id: number): number => {
    let at = id;
    while (merged.has(at) && merged.get(at) !== at) at = merged.get(at) as number;
    return at;
  };
  const en = doc.en.map((s) => (s.bead === null ? s : { ...s, bead: root(s.bead) }));
  return { ar: ar.map((s) => (s.bead === null ? s : { ...s, bead: root(s.bead) })), en };
}

// ---------------------------------------------------------------- noise inside words

/**
 * Footnote markers glued to words, as in literary translations ("Du'ali20"):
 * on each side, about one sentence in `rate` gets the next footnote number
 * glued to one of its words. The two sides number their notes independently.
 */
export function glueFootnotes(doc: Doc, random: () => number, rate = 0.3): Doc {
  const glue = (sentences: DocSentence[]) => {
    let note = 0;
    return sentences.map((sentence) => {
      if (sentence.bead === null || random() >= rate) return sentence;
      const words = [...sentence.text.matchAll(/[\p{L}'’]+/gu)].filter((m) => (m[0].length ?? 0) >= 3);
      if (words.length === 0) return sentence;
      const pick = words[Math.floor(random() * words.length)];
      const end = (pick.index as number) + pick[0].length;
      note++;
      return { ...sentence, text: sentence.text.slice(0, end) + String(note) + sentence.text.slice(end) };
    });
  };
  return { ar: glue(doc.ar), en: glue(doc.en) };
}
