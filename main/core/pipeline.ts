// From two decoded texts to an aligned project: language check (and swap),
// segmentation, alignment, project. The one path the CLI, the app and the
// benchmark all take, so they cannot drift apart.

import { alignSentences, scoreBead, type AlignOptions } from './align/align';
import type { BilingualDictionary } from './align/dictionary';
import { createProject } from './project/create';
import type { EditContext } from './project/operations';
import type { Lang, Project, SourceDocument } from './project/types';
import { segmentText, type Segment } from './segment/segment';
import { detectLanguage, orderByLanguage } from './text/language';
import { TextImportError } from './text/decode';

export interface BuildProjectInput {
  name: string;
  /** The two texts in the order the user gave them; which one is Arabic is detected. */
  first: SourceDocument;
  second: SourceDocument;
  dictionary?: BilingualDictionary;
  /** The user's own abbreviations, added to the built-in lists. */
  abbreviations?: { ar?: string[]; en?: string[] };
  onProgress?: (fraction: number) => void;
  shouldCancel?: () => boolean;
}

export interface ImportedSide {
  fileName: string;
  encoding: string;
  detectedLanguage: Lang | 'unknown';
  sentences: number;
}

export interface BuildReport {
  ar: ImportedSide;
  en: ImportedSide;
  swapped: boolean;
  /** One sentence each, without a 'warning:' prefix. */
  warnings: string[];
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
      `the two texts do not look like translations of each other (match score ${alignment.summary.matchScore.toFixed(2)}); check that you picked the right files`,
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
      ar: { fileName: ar.fileName, encoding: ar.encoding, detectedLanguage: arLanguage, sentences: arSegments.length },
      en: { fileName: en.fileName, encoding: en.encoding, detectedLanguage: enLanguage, sentences: enSegments.length },
      swapped,
      warnings,
    },
  };
}

function toAlignInput(segments: Segment[]): { text: string; paragraph: number }[] {
  return segments.map((segment) => ({ text: segment.text, paragraph: segment.paragraph }));
}

/** What the project operations need from the aligner: rescoring edited beads and re-aligning a stretch. */
export function createEditContext(project: Project, dictionary?: BilingualDictionary): EditContext {
  return {
    scoreBead: (arTexts, enTexts) => scoreBead(project.alignment, arTexts, enTexts),
    realign: (arTexts, enTexts) =>
      alignSentences(
        arTexts.map((text) => ({ text, paragraph: 0 })),
        enTexts.map((text) => ({ text, paragraph: 0 })),
        { dictionary },
      ).beads,
  };
}
