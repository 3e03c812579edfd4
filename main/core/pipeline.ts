// From two decoded texts to an aligned project: language check (and swap),
// segmentation, alignment, project. The one path the CLI, the app and the
// benchmark all take, so they cannot drift apart.

import { alignSentences, scoreBead, type AlignInput, type AlignOptions } from './align/align';
import type { BilingualDictionary } from './align/dictionary';
import { createProject } from './project/create';
import type { EditContext } from './project/operations';
import { describeImport } from './documents/assemble';
import type { DocumentFormat, Lang, Project, Sentence, SourceDocument } from './project/types';
import { paragraphStarts, segmentText, type Segment } from './segment/segment';
import { detectLanguage, orderByLanguage } from './text/language';
import { TextImportError } from './text/decode';

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
  onProgress?: (fraction: number) => void;
  shouldCancel?: () => boolean;
}

export interface ImportedSide {
  fileName: string;
  encoding: string;
  /** The file's format ('text' for plain text). */
  format: DocumentFormat;
  /** What the import kept and dropped ("kept 14 paragraphs, dropped 23 lines of page furniture"); '' for plain text. */
  imported: string;
  detectedLanguage: Lang | 'unknown';
  sentences: number;
}

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
  isTranslation: boolean;
}

// Segmentation is quick next to alignment; the split of the progress bar says so.
const SEGMENTATION_SHARE = 0.1;

export function buildProject(input: BuildProjectInput): BuildProjectResult {
  // The same file chosen twice would align with itself and look perfect.
  if (input.first.text === input.second.text) {
    throw new TextImportError(input.second.fileName, 'same-as-other',
      `it has the same text as "${input.first.fileName}": choose the Arabic original and its English translation.`);
  }
  const { ar, en, swapped } = orderByLanguage(input.first, input.second);
  const arLanguage = detectLanguage(ar.text).lang;
  const enLanguage = detectLanguage(en.text).lang;
  const warnings: string[] = [];
  if (swapped) {
    warnings.push(`the files seem to be swapped: "${ar.fileName}" is Arabic and "${en.fileName}" is English; using them that way round`);
  }
  if (arLanguage !== 'ar') warnings.push(`"${ar.fileName}" does not look like Arabic text`);
  if (enLanguage !== 'en') warnings.push(`"${en.fileName}" does not look like English text`);

  const arSegments = segmentText(ar.text, 'ar', { extraAbbreviations: input.abbreviations?.ar });
  const enSegments = segmentText(en.text, 'en', { extraAbbreviations: input.abbreviations?.en });
  input.onProgress?.(SEGMENTATION_SHARE);

  const options: AlignOptions = {
    dictionary: input.dictionary,
    shouldCancel: input.shouldCancel,
    onProgress: input.onProgress
      ? (fraction) => input.onProgress?.(SEGMENTATION_SHARE + (1 - SEGMENTATION_SHARE) * fraction)
      : undefined,
  };
  const alignment = alignSentences(toAlignInput(arSegments), toAlignInput(enSegments), options);
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

function toAlignInput(segments: Segment[]): { text: string; paragraph: number }[] {
  return segments.map((segment) => ({ text: segment.text, paragraph: segment.paragraph }));
}

/** What the project operations need from the aligner: rescoring edited beads and re-aligning a stretch. */
export function createEditContext(project: Project, dictionary?: BilingualDictionary): EditContext {
  const starts = {
    ar: paragraphStarts(project.sources.ar.text),
    en: paragraphStarts(project.sources.en.text),
  };
  return {
    scoreBead: (arTexts, enTexts) => scoreBead(project.alignment, arTexts, enTexts),
    // The sentences keep the paragraphs they came from, so re-aligning weighs
    // paragraph breaks (and lone headings) as the first alignment did.
    realign: (ar, en) => alignSentences(withParagraphs(ar, starts.ar), withParagraphs(en, starts.en), { dictionary }).beads,
  };
}

/**
 * Each sentence with the paragraph of the source text its range starts in. A
 * sentence typed in or split off an edited one has no range: it counts as part
 * of the paragraph of the sentence before it (of the next one when it comes first).
 */
function withParagraphs(sentences: Sentence[], starts: number[]): AlignInput[] {
  const known = sentences.map((sentence) => (sentence.source === null ? null : paragraphAt(starts, sentence.source[0])));
  const firstKnown = known.find((paragraph) => paragraph !== null) ?? 0;
  let previous = firstKnown;
  return sentences.map((sentence, i) => {
    previous = known[i] ?? previous;
    return { text: sentence.text, paragraph: previous };
  });
}

/** The last paragraph starting at or before offset (binary search over the ascending starts). */
function paragraphAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle; else high = middle - 1;
  }
  return low;
}
