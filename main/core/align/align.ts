// alignSentences: the aligner's entry point.
// 1. Per-sentence features once (features.ts).
// 2. The paragraphs aligned to each other (paragraphs.ts): where they
//    correspond, the final pass keeps inside each paragraph bead.
// 3. Long texts only: a block-level pass for a centre line (coarse.ts).
// 4. A first, length-only pass (Gale-Church) with the ratio from total lengths;
//    on long texts over the leading ESTIMATION_ROWS rows, in a band.
// 5. Ratio, variance and bead priors re-estimated from it (model.ts).
// 6. The final pass with lengths and lexical anchors (scorer.ts): in the
//    paragraph blocks where paragraphs correspond (search.ts searchInBlocks),
//    else in a band that widens where the path touches its edge (search.ts);
//    short texts are searched in full.
// 7. Confidence and reasons per bead (confidence.ts) and the whole-pair match
//    score (matchScore.ts).

import type { AlignmentSummary } from '../project/types';
import { boundByMatch, judgeBead, type BeadFacts } from './confidence';
import { pathCells, pathContext, weakestMember, type PathCells } from './confidence-context';
import { extractPairFeatures, leadingFeatures, NO_NUMBERS, type SideFeatures } from './features';
import { computeMatchScore, MATCH_THRESHOLD, matchReason, NO_MATCH, type MatchComponents } from './matchScore';
import { BEAD_SHAPES, COARSE_SHAPES, initialParameters, refineParameters, type ModelParameters, type PathBead } from './model';
import { BeadScorer, type Band } from './scorer';
import { centreLineError, coarseCentre, pathCentre } from './coarse';
import { beadDoubts } from './bead-posterior';
import { lexicalLeads, MAX_LEXICON_BEADS } from './lexical-lead';
import { alignParagraphs, blockCells } from './paragraphs';
import { localMargins } from './local-margin';
import { lexiconDictionary } from './pair-lexicon';
import { bandAround, fullBand, marginAt, MAX_WIDENINGS, searchInBand, searchInBlocks, type Corners, type PathStep, type SearchResult } from './search';
import { AlignmentCancelled, type AlignedBead, type AlignInput, type AlignmentResult, type AlignOptions } from './types';

export { AlignmentCancelled, MATCH_THRESHOLD };
export type { AlignedBead, AlignInput, AlignmentResult, AlignOptions };
export type { BilingualDictionary } from './dictionary';

/** Up to this many DP cells the whole table is searched (exact and still quick). */
const FULL_SEARCH_CELLS = 300_000;
/** Band half-width (in English sentences) of the first pass on long texts. */
const FIRST_PASS_WIDTH = 8;
/**
 * Band half-width of the second pass: the centre line's error where the first
 * pass ran (coarse.ts centreLineError) plus 2, the margin at which a path
 * touches an edge, kept within these bounds. The line comes from blocks of 8
 * sentences whose ends need not meet on the two sides: on clean line-by-line
 * text its error is 0 (±4), on the segmented 100,000-sentence import 4 (±6: the
 * band then grows by 8%; with ±4 by 38%, each growth filling rows again).
 */
const MIN_SECOND_PASS_WIDTH = 4;
const MAX_SECOND_PASS_WIDTH = 8;
const EDGE_ALLOWANCE = 2;
/**
 * Where the second pass's path touches its band, the band first grows by its
 * width. (With a centre line from lengths alone, the path was often 20-40
 * sentences off it and the first growth had to be 4 × the width; the block
 * pass now weighs numbers and names, see coarse.ts.)
 */
const SECOND_PASS_FIRST_GROWTH = 1;
/** Rows of a long text the model is estimated on: thousands of beads are plenty for three parameters and the priors. */
const ESTIMATION_ROWS = 2000;
/**
 * The paragraph blocks are searched in full: where they hold more cells than
 * this per Arabic sentence (a few paragraphs of hundreds of sentences), the
 * band search is cheaper and the sentence-level path is kept.
 */
const MAX_BLOCK_CELLS_PER_ROW = 40;

export function alignSentences(ar: AlignInput[], en: AlignInput[], options: AlignOptions = {}): AlignmentResult {
  return alignAndJudge(ar, en, options, false).result;
}

interface Diagnostics {
  result: AlignmentResult;
  match: MatchComponents;
  /** Each bead's facts, as judged (empty unless asked for). */
  facts: BeadFacts[];
  pathCost?: number;
  pass?: 'paragraphs' | 'sentences';
}

/** alignSentences plus how the match score was made up and each bead's facts (for the benchmark and threshold tuning). */
export function alignWithDiagnostics(ar: AlignInput[], en: AlignInput[], options: AlignOptions = {}): Diagnostics {
  return alignAndJudge(ar, en, options, true);
}

function alignAndJudge(ar: AlignInput[], en: AlignInput[], options: AlignOptions, keepFacts: boolean): Diagnostics {
  if (options.learnLexicon) return realignWithLearntLexicon(ar, en, options, keepFacts);
  const checkCancelled = () => {
    if (options.shouldCancel?.()) throw new AlignmentCancelled();
  };
  // A widened band is searched again from its first widened row: never let the bar go back.
  let reported = 0;
  const progress = (fraction: number) => {
    if (fraction <= reported) return;
    reported = fraction;
    options.onProgress?.(fraction);
  };
  checkCancelled();
  const { ar: arFeatures, en: enFeatures } = options.features ?? extractPairFeatures(ar, en, options.dictionary);
  const n = ar.length;
  const m = en.length;
  const firstModel = initialParameters(arFeatures, enFeatures);
  if (n === 0 || m === 0) return { result: alignOneSided(arFeatures, enFeatures, firstModel), match: NO_MATCH, facts: [] };

  const hooks: PassHooks = { checkCancelled, progress };
  // Where the paragraphs correspond (paragraphs.ts), each paragraph bead is searched on its own.
  const paragraphs = alignParagraphs(arFeatures, enFeatures, firstModel, { checkCancelled });
  const blocks = paragraphs?.correspond && blockCells(paragraphs.corners) <= Math.max(FULL_SEARCH_CELLS, MAX_BLOCK_CELLS_PER_ROW * (n + 1))
    ? paragraphs.corners
    : null;
  const { first, second, model, scorer } = searchPasses(arFeatures, enFeatures, firstModel, blocks, hooks);

  const local = localMargins(scorer, second.path);
  const searchMargins = Float64Array.from(second.path, (step) => marginAt(scorer, second, step));
  // Long documents get no lexical lead: their beads' sentence lists are not even made (100,000 of them outlived young collections).
  const leads = second.path.length > MAX_LEXICON_BEADS
    ? new Float64Array(second.path.length)
    : lexicalLeads(ar.map((s) => s.text), en.map((s) => s.text), second.path.map(stepIndices));
  const [doubts, warmDoubts] = beadDoubts(scorer, second, searchMargins.map((margin, k) => Math.min(local[k], margin)));
  const firstCells = pathCells(first.path, m);
  // Each bead's facts are judged as soon as they are made and then dropped
  // (kept for the diagnostics only): a long text's 100,000 facts alive
  // together were copied by every young-generation collection until promoted.
  const facts: BeadFacts[] = [];
  const beads = second.path.map((step, k) => {
    const f = stepFacts(scorer, second, k, { search: searchMargins[k], local: local[k] }, ar, en, firstCells);
    Object.assign(f, { lexicalLead: leads[k], posteriorDoubt: doubts[k], warmPosteriorDoubt: warmDoubts[k] });
    if (keepFacts) facts.push(f);
    return toAlignedBead(step, f, scorer.model);
  });
  const match = computeMatchScore(scorer, model, second.path, beads, { ar, en });
  for (const bead of beads) Object.assign(bead, boundByMatch(bead, match.score, MATCH_THRESHOLD));
  progress(1);
  const summary: AlignmentSummary = {
    matchScore: match.score,
    matchReason: matchReason(match),
    lengthRatio: model.ratio,
    lengthVariance: model.variance,
  };
  // The search's own cost of its path: a faster search must not find a worse one (the scale benchmark compares it).
  const pathCost = second.table.cost[second.table.offset[n] + m - second.band.lo[n]];
  const pass = blocks ? 'paragraphs' : 'sentences';
  return { result: { beads, summary, verdict: match.verdict, isTranslation: match.score >= MATCH_THRESHOLD }, match, facts, pathCost, pass };
}

interface PassHooks {
  checkCancelled: () => void;
  progress: (fraction: number) => void;
}

interface Passes {
  /** The first, length-only pass (over the leading rows only, on long texts). */
  first: SearchResult;
  /** The final pass, with lexical evidence. */
  second: SearchResult;
  /** The model estimated from the first pass, and the final pass's scorer with it. */
  model: ModelParameters;
  scorer: BeadScorer;
}

/** Text too long for a full search: the model is estimated on the leading ESTIMATION_ROWS rows only. */
function isLong(n: number, m: number): boolean {
  return (n + 1) * (m + 1) > FULL_SEARCH_CELLS;
}

/**
 * Rows of the block-level pass beyond the first pass's, where the paragraph
 * blocks make it needed for the first pass only: its path over the leading
 * rows is then the whole text's (same models on the 10,000- and
 * 100,000-sentence pairs).
 */
const CENTRE_MARGIN_ROWS = 1000;

/**
 * The block-level centre line (coarse.ts) the first pass of a long text runs
 * around. Where the final pass keeps to paragraph blocks, only the first pass
 * needs it: it is found over the leading paragraph blocks only.
 */
function firstPassCentre(ar: SideFeatures, en: SideFeatures, firstModel: ModelParameters, blocks: Corners | null, checkCancelled: () => void): Float64Array {
  let k = 0;
  while (blocks && k < blocks.rows.length - 1 && blocks.rows[k] < ESTIMATION_ROWS + CENTRE_MARGIN_ROWS) k++;
  if (!blocks || blocks.rows[k] >= ar.count) return coarseCentre(ar, en, firstModel, { checkCancelled });
  return coarseCentre(leadingFeatures(ar, blocks.rows[k]), leadingFeatures(en, blocks.columns[k]), firstModel, { checkCancelled });
}

/**
 * The two passes. Long texts: a block-level pass first finds the centre line
 * (coarse.ts), and the first pass runs in a band around it over the leading
 * rows; short texts: the first pass searches the whole table. The final pass
 * searches the paragraph blocks where the paragraphs correspond (with the
 * same model: its path's cost compares with the band's), else a band around
 * the first pass and the centre line that widens where the path touches its
 * edge (long texts), or the whole table.
 */
function searchPasses(arFeatures: SideFeatures, enFeatures: SideFeatures, firstModel: ModelParameters, blocks: Corners | null, hooks: PassHooks): Passes {
  const { checkCancelled, progress } = hooks;
  const n = arFeatures.count;
  const m = enFeatures.count;
  const centre = isLong(n, m) ? firstPassCentre(arFeatures, enFeatures, firstModel, blocks, checkCancelled) : null;
  const firstRows = centre ? Math.min(n, ESTIMATION_ROWS) : n;
  const firstColumns = centre && firstRows < n ? Math.min(m, Math.round(centre[firstRows])) : m;
  const firstAr = firstRows < n ? leadingFeatures(arFeatures, firstRows) : arFeatures;
  const firstEn = firstColumns < m ? leadingFeatures(enFeatures, firstColumns) : enFeatures;
  // The first pass scores lengths only (Gale-Church): good enough to estimate
  // the model and to centre the second pass, and cheaper.
  const firstScorer = new BeadScorer(firstAr, firstEn, firstModel, false);
  const firstBand = centre
    ? bandAround(centre.subarray(0, firstRows + 1), FIRST_PASS_WIDTH, firstColumns)
    : fullBand(n, m);
  // The first pass only estimates the model and a centre line for the second,
  // which widens its own band where needed: it need not widen.
  const first = searchInBand(firstScorer, firstBand, { width: FIRST_PASS_WIDTH, shapes: COARSE_SHAPES, widenings: 0 }, {
    checkCancelled,
    onRow: (f) => progress(0.3 * f),
  });

  const model = refineParameters(firstModel, pathBeads(firstScorer, first.path));
  const scorer = new BeadScorer(arFeatures, enFeatures, model);
  const secondHooks = { checkCancelled, onRow: (f: number) => progress(0.3 + 0.6 * f) };
  if (blocks) return { first, second: searchInBlocks(scorer, blocks, BEAD_SHAPES.length, secondHooks), model, scorer };
  let band: Band;
  let secondWidth = MIN_SECOND_PASS_WIDTH;
  if (centre) {
    secondWidth = Math.min(MAX_SECOND_PASS_WIDTH, Math.max(MIN_SECOND_PASS_WIDTH, Math.ceil(centreLineError(first.path, centre, firstRows)) + EDGE_ALLOWANCE));
    // Follow the first pass where it ran, the coarse centre line beyond.
    const secondCentre = Float64Array.from(centre);
    secondCentre.set(pathCentre(first.path, firstRows));
    band = bandAround(secondCentre, secondWidth, m);
  } else {
    band = fullBand(n, m);
  }
  const secondSettings = {
    width: secondWidth,
    shapes: BEAD_SHAPES.length,
    widenings: MAX_WIDENINGS,
    firstGrowth: SECOND_PASS_FIRST_GROWTH,
  };
  return { first, second: searchInBand(scorer, band, secondSettings, secondHooks), model, scorer };
}

/** Beads at least this sure (and of both sides) teach the learnt lexicon. */
const LEXICON_CONFIDENCE = 0.8;

/**
 * hunalign's realign: a first alignment, a lexicon learnt from its confident
 * beads (IBM Model 1 over their words, merged with the user's dictionary),
 * and the alignment again with it. Progress: the first half, then the second.
 */
function realignWithLearntLexicon(
  ar: AlignInput[],
  en: AlignInput[],
  options: AlignOptions,
  keepFacts: boolean,
): Diagnostics {
  const report = options.onProgress;
  const first = alignAndJudge(ar, en, { ...options, learnLexicon: false, onProgress: report && ((f) => report(0.5 * f)) }, false);
  const taught = first.result.beads
    .filter((bead) => bead.ar.length > 0 && bead.en.length > 0 && bead.confidence >= LEXICON_CONFIDENCE)
    .map((bead) => ({ ar: bead.ar.map((r) => ar[r].text).join(' '), en: bead.en.map((s) => en[s].text).join(' ') }));
  const dictionary = lexiconDictionary(taught, options.dictionary);
  return alignAndJudge(ar, en, {
    ...options,
    learnLexicon: false,
    dictionary,
    // Made without the learnt lexicon's keys.
    features: undefined,
    onProgress: report && ((f) => report(0.5 + 0.5 * f)),
  }, keepFacts);
}

/**
 * Confidence and reasons for a bead the user made or changed by hand, with the
 * pair's length model (the project's alignment summary).
 */
export function scoreBead(summary: AlignmentSummary, ar: string[], en: string[]): { confidence: number; reasons: string[] } {
  const asInputs = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));
  const { ar: arFeatures, en: enFeatures } = extractPairFeatures(asInputs(ar), asInputs(en));
  const model = { ...initialParameters(arFeatures, enFeatures), ratio: summary.lengthRatio, variance: summary.lengthVariance };
  const scorer = new BeadScorer(arFeatures, enFeatures, model);
  return boundByMatch(judgeBead(beadFacts(scorer, range(0, ar.length), range(0, en.length)), model), summary.matchScore, MATCH_THRESHOLD);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

function sum(values: Float64Array, indices: number[]): number {
  let total = 0;
  for (const k of indices) total += values[k];
  return total;
}

function strongNumbers(side: SideFeatures, indices: number[]): readonly string[] {
  let out: string[] | null = null;
  for (const k of indices) {
    for (const x of side.numberTexts[k]) if (x.replace('.', '').length >= 2) (out ??= []).push(x);
  }
  return out ?? NO_NUMBERS;
}

function beadFacts(scorer: BeadScorer, arIndices: number[], enIndices: number[], margin?: number): BeadFacts {
  let evidence = 0;
  let ownEvidence = 0;
  for (const r of arIndices) {
    for (const s of enIndices) {
      const e = scorer.pairEvidence(r, s);
      evidence += e;
      ownEvidence = Math.max(ownEvidence, e);
    }
  }
  let furniture = 0;
  for (const r of arIndices) furniture = Math.max(furniture, scorer.ar.boilerplate[r]);
  for (const s of enIndices) furniture = Math.max(furniture, scorer.en.boilerplate[s]);
  return {
    arCount: arIndices.length,
    enCount: enIndices.length,
    arLength: sum(scorer.ar.length, arIndices),
    enLength: sum(scorer.en.length, enIndices),
    arNumbers: strongNumbers(scorer.ar, arIndices),
    enNumbers: strongNumbers(scorer.en, enIndices),
    evidence,
    ownEvidence,
    furniture,
    margin,
  };
}

const NO_TEXTS = { ar: [], en: [] };

function stepFacts(
  scorer: BeadScorer,
  result: SearchResult,
  k: number,
  margins: { search: number; local: number },
  ar: AlignInput[],
  en: AlignInput[],
  firstCells: PathCells,
): BeadFacts {
  const step = result.path[k];
  const [a, b] = BEAD_SHAPES[step.shape];
  const arIndices = range(step.i - a, step.i);
  const enIndices = range(step.j - b, step.j);
  const facts = beadFacts(scorer, arIndices, enIndices, Math.min(margins.local, margins.search));
  facts.crossEvidence = crossEvidence(scorer, arIndices, enIndices);
  facts.weakestMember = weakestMember(arIndices, enIndices, (r, s) => scorer.pairEvidence(r, s));
  // Only a merge's sentences are read (for its seam).
  const merge = arIndices.length + enIndices.length > 2;
  const texts = merge ? { ar: arIndices.map((r) => ar[r].text), en: enIndices.map((s) => en[s].text) } : NO_TEXTS;
  Object.assign(facts, pathContext(result.path, k, margins, texts, firstCells));
  return facts;
}

function stepIndices(step: PathStep): { ar: number[]; en: number[] } {
  const [a, b] = BEAD_SHAPES[step.shape];
  return { ar: range(step.i - a, step.i), en: range(step.j - b, step.j) };
}

function toAlignedBead(step: PathStep, facts: BeadFacts, model: ModelParameters): AlignedBead {
  const [a, b] = BEAD_SHAPES[step.shape];
  const judged = judgeBead(facts, model);
  return { ar: range(step.i - a, step.i), en: range(step.j - b, step.j), confidence: judged.confidence, reasons: judged.reasons };
}

/** Sentences this close outside a bead are its neighbours. */
const NEIGHBOURHOOD = 2;

/**
 * The strongest lexical evidence between a sentence of the bead and a
 * neighbouring sentence of the other side outside it: a shifted run of pairs
 * shows its anchors there rather than inside its beads.
 */
export function crossEvidence(scorer: BeadScorer, arIndices: number[], enIndices: number[]): number {
  if (arIndices.length === 0 || enIndices.length === 0) return 0;
  let best = 0;
  const enFrom = enIndices[0];
  const enTo = enIndices[enIndices.length - 1] + 1;
  const arFrom = arIndices[0];
  const arTo = arIndices[arIndices.length - 1] + 1;
  for (const r of arIndices) {
    for (let s = Math.max(0, enFrom - NEIGHBOURHOOD); s < Math.min(scorer.m, enTo + NEIGHBOURHOOD); s++) {
      if (s < enFrom || s >= enTo) best = Math.max(best, scorer.pairEvidence(r, s));
    }
  }
  for (const s of enIndices) {
    for (let r = Math.max(0, arFrom - NEIGHBOURHOOD); r < Math.min(scorer.n, arTo + NEIGHBOURHOOD); r++) {
      if (r < arFrom || r >= arTo) best = Math.max(best, scorer.pairEvidence(r, s));
    }
  }
  return best;
}

/** One side empty: every sentence of the other is a bead of its own. */
function alignOneSided(ar: SideFeatures, en: SideFeatures, model: ModelParameters): AlignmentResult {
  const beads: AlignedBead[] = [
    ...range(0, ar.count).map((r) => ({ ar: [r], en: [], confidence: 1, reasons: ['no counterpart found'] })),
    ...range(0, en.count).map((s) => ({ ar: [], en: [s], confidence: 1, reasons: ['no counterpart found'] })),
  ];
  return { beads, summary: { matchScore: 0, lengthRatio: model.ratio, lengthVariance: model.variance }, verdict: 'not a translation', isTranslation: false };
}

function pathBeads(scorer: BeadScorer, path: PathStep[]): PathBead[] {
  return path.map(({ i, j, shape }) => {
    const [a, b] = BEAD_SHAPES[shape];
    const arIndices = range(i - a, i);
    const enIndices = range(j - b, j);
    let furniture = false;
    for (const r of arIndices) if (scorer.ar.boilerplate[r] >= 0.5) furniture = true;
    for (const s of enIndices) if (scorer.en.boilerplate[s] >= 0.5) furniture = true;
    return { shape, arLength: sum(scorer.ar.length, arIndices), enLength: sum(scorer.en.length, enIndices), furniture };
  });
}
