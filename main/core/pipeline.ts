// From two decoded texts to an aligned project: language check (and swap),
// segmentation, alignment, project. The one path the CLI, the app and the
// benchmark all take, so they cannot drift apart.

import { alignSentences, scoreBead, type AlignInput, type AlignOptions } from './align/align';
import { alignmentCosts } from './align/alignment-cost';
import type { BilingualDictionary } from './align/dictionary';
import type { MatchVerdict } from './align/matchScore';
import { createProject } from './project/create';
import type { EditContext } from './project/operations';
import { describeImport } from './documents/assemble';
import type { ImportedSide, Lang, Project, Sentence, SourceDocument, SourceParagraph } from './project/types';
import { paragraphStarts, segmentText } from './segment/segment';
import { orderByLanguage } from './text/language';
import { extractPairFeatures, scanSide } from './align/features';
import { cueTimeAt, prepareEnglishSide, toAlignInput, type EnglishSideRunner, type EnglishSideTask } from './prepare-side';
import { TextImportError } from './text/decode';
import { lastAtOrBefore } from './text/sorted';

export interface BuildProjectInput {
  name: string;
  /** The two texts in the order the user gave them; which one is Arabic is detected. */
  first: SourceDocument;
  second: SourceDocument;
  dictionary?: BilingualDictionary;
  /** How the report names the dictionary ("FreeDict Arabic-English"); the report says nothing of one without it. */
  dictionaryName?: string;
  /** The user's own abbreviations, added to the built-in lists. */
  abbreviations?: { ar?: string[]; en?: string[] };
  /** Re-align with a lexicon learnt from the first alignment (AlignOptions.learnLexicon). */
  learnLexicon?: boolean;
  /**
   * Where long texts' English side is prepared while the Arabic is segmented
   * (services/side-worker.ts: a worker thread); without it, or for short
   * texts, it is prepared here, in turn.
   */
  englishSideRunner?: EnglishSideRunner;
  onProgress?: (fraction: number) => void;
  shouldCancel?: () => boolean;
}

export type { ImportedSide };

export interface BuildReport {
  ar: ImportedSide;
  en: ImportedSide;
  swapped: boolean;
  /** One sentence each, without a 'warning:' prefix. */
  warnings: string[];
  /** The whole-pair match score and its reason in plain words. */
  match: { score: number; reason: string };
  /** The dictionary the aligner was given, named for the user. */
  dictionary?: string;
}

export interface BuildProjectResult {
  project: Project;
  report: BuildReport;
  /** Not flagged as "not a translation" (a translation, or undecided: see verdict). */
  isTranslation: boolean;
  verdict: MatchVerdict;
}

// Segmentation is quick next to alignment; the split of the progress bar says so.
const SEGMENTATION_SHARE = 0.1;
/**
 * From this many UTF-16 units of English text the English side is prepared by
 * englishSideRunner (about 3,000 sentences): below it, starting a thread (~40 ms) and warming its code cost more than they save.
 */
export const ENGLISH_SIDE_RUNNER_MIN_UNITS = 400_000;

export function buildProject(input: BuildProjectInput): BuildProjectResult {
  // The same file chosen twice would align with itself and look perfect.
  if (input.first.text === input.second.text) {
    throw new TextImportError(input.second.fileName, 'same-as-other',
      `it has the same text as "${input.first.fileName}": choose the Arabic original and its English translation.`);
  }
  const { ar, en, swapped, detected } = orderByLanguage(input.first, input.second);
  // The English side's own work starts first: it may run on another thread meanwhile.
  const englishTask: EnglishSideTask = {
    text: en.text, paragraphs: en.paragraphs, abbreviations: input.abbreviations?.en, dictionaryKeys: input.dictionary !== undefined,
  };
  const englishJob = input.englishSideRunner && en.text.length >= ENGLISH_SIDE_RUNNER_MIN_UNITS ? input.englishSideRunner(englishTask) : null;
  const [arLanguage, enLanguage] = swapped ? [detected[1].lang, detected[0].lang] : [detected[0].lang, detected[1].lang];
  const warnings: string[] = [];
  if (swapped) {
    warnings.push(`the files seem to be swapped: "${ar.fileName}" is Arabic and "${en.fileName}" is English; using them that way round`);
  }
  if (arLanguage !== 'ar') warnings.push(`"${ar.fileName}" does not look like Arabic text`);
  if (enLanguage !== 'en') warnings.push(`"${en.fileName}" does not look like English text`);

  const arSegments = segmentText(ar.text, 'ar', { extraAbbreviations: input.abbreviations?.ar });
  const arInputs = toAlignInput(arSegments, ar.paragraphs);
  // What of the Arabic side's features needs no vocabulary, while the English side may still be under way.
  const arabicScan = scanSide(arInputs, 'ar');
  const english = englishJob ? englishJob.join() : prepareEnglishSide(englishTask);
  const enSegments = english.segments;
  const enInputs = toAlignInput(enSegments, en.paragraphs);
  input.onProgress?.(SEGMENTATION_SHARE);

  const options: AlignOptions = {
    dictionary: input.dictionary,
    features: extractPairFeatures(arInputs, enInputs, input.dictionary, { english: english.features, arabic: arabicScan }),
    learnLexicon: input.learnLexicon,
    shouldCancel: input.shouldCancel,
    onProgress: input.onProgress
      ? (fraction) => input.onProgress?.(SEGMENTATION_SHARE + (1 - SEGMENTATION_SHARE) * fraction)
      : undefined,
  };
  const alignment = alignSentences(arInputs, enInputs, options);
  if (!alignment.isTranslation) {
    warnings.push(
      `the two texts do not look like translations of each other (match score ${alignment.summary.matchScore.toFixed(2)}: ${alignment.summary.matchReason ?? 'no pair aligned'}); check that you picked the right files`,
    );
  }
  const project = createProject({
    name: input.name,
    sources: { ar, en },
    arSegments,
    enSegments,
    beads: alignment.beads,
    summary: alignment.summary,
  });
  input.onProgress?.(1);
  return {
    project,
    isTranslation: alignment.isTranslation,
    verdict: alignment.verdict,
    report: {
      ar: importedSide(ar, arLanguage, arSegments.length),
      en: importedSide(en, enLanguage, enSegments.length),
      swapped,
      warnings,
      match: { score: alignment.summary.matchScore, reason: alignment.summary.matchReason ?? 'no pair aligned' },
      ...(options.dictionary && input.dictionaryName ? { dictionary: `${input.dictionaryName}, ${options.dictionary.size} entries` } : {}),
    },
  };
}

function importedSide(source: SourceDocument, detectedLanguage: Lang | 'unknown', sentences: number): ImportedSide {
  return {
    fileName: source.fileName, encoding: source.encoding, format: source.format ?? 'text',
    imported: describeImport(source), detectedLanguage, sentences,
  };
}

/** What the project operations need from the aligner: rescoring edited beads and re-aligning a stretch. */
export function createEditContext(project: Project, dictionary?: BilingualDictionary): EditContext {
  // In a many-document project each document has its own sources and length model.
  const documentOf = (id: string | undefined) => (id === undefined ? undefined : project.documents?.find((document) => document.id === id));
  const startsCache = new Map<string | undefined, { ar: number[]; en: number[] }>();
  const startsOf = (id: string | undefined): { ar: number[]; en: number[] } => {
    let starts = startsCache.get(id);
    if (!starts) {
      const sources = documentOf(id)?.sources ?? project.sources;
      starts = { ar: paragraphStarts(sources.ar.text), en: paragraphStarts(sources.en.text) };
      startsCache.set(id, starts);
    }
    return starts;
  };
  // A stretch's sentences as the aligner first saw them: with their paragraphs
  // and, from subtitles, their cue times.
  const inputsOf = (side: 'ar' | 'en', sentences: Sentence[], document: string | undefined): AlignInput[] => {
    const sources = documentOf(document)?.sources ?? project.sources;
    return withCueTimes(withParagraphs(sentences, startsOf(document)[side]), sentences, sources[side].paragraphs);
  };
  return {
    scoreBead: (arTexts, enTexts, document) => scoreBead(documentOf(document)?.alignment ?? project.alignment, arTexts, enTexts),
    // The sentences keep the paragraphs they came from, so re-aligning weighs
    // paragraph breaks (and lone headings) as the first alignment did.
    realign: (ar, en, document) =>
      alignSentences(inputsOf('ar', ar, document), inputsOf('en', en, document), { dictionary }).beads,
    alignmentCosts: (ar, en, alignments, document) =>
      alignmentCosts(documentOf(document)?.alignment ?? project.alignment, inputsOf('ar', ar, document), inputsOf('en', en, document), alignments, dictionary),
  };
}

/**
 * Each sentence with the paragraph of the source text its range starts in. A
 * sentence typed in or split off an edited one has no range: it counts as part
 * of the paragraph of the sentence before it (of the next one when it comes first).
 */
function withParagraphs(sentences: Sentence[], starts: number[]): AlignInput[] {
  const known = sentences.map((sentence) => (sentence.source === null ? null : lastAtOrBefore(starts, sentence.source[0])));
  const firstKnown = known.find((paragraph) => paragraph !== null) ?? 0;
  let previous = firstKnown;
  return sentences.map((sentence, i) => {
    previous = known[i] ?? previous;
    return { text: sentence.text, paragraph: previous };
  });
}

/**
 * Subtitles: each sentence with its cue's times, a sentence typed in taking
 * those of the sentence before it (of the next one when it comes first), as
 * withParagraphs does for paragraphs.
 */
function withCueTimes(inputs: AlignInput[], sentences: Sentence[], paragraphs: SourceParagraph[] | undefined): AlignInput[] {
  if (!paragraphs || !paragraphs.some((paragraph) => paragraph.time)) return inputs;
  const known = sentences.map((sentence) => (sentence.source === null ? undefined : cueTimeAt(paragraphs, sentence.source[0])));
  let previous = known.find((time) => time !== undefined);
  return inputs.map((input, i) => {
    previous = known[i] ?? previous;
    return previous ? { ...input, time: previous } : input;
  });
}

