// The English side of an import, prepared on its own: segmentation and the
// aligner's per-sentence features. It needs nothing from the Arabic side, so a
// long import can have it made on another thread (services/side-worker.ts)
// while it segments the Arabic; buildProject joins the two. The same function
// runs inline for short texts, so both ways give the same result.

import { extractEnglishFeatures, type EnglishFeatures } from './align/features';
import type { AlignInput } from './align/types';
import type { SourceParagraph } from './project/types';
import { segmentText, type Segment } from './segment/segment';

export interface EnglishSideTask {
  text: string;
  /** The source's paragraphs (subtitle cue times come from them). */
  paragraphs?: SourceParagraph[];
  /** The user's own English abbreviations. */
  abbreviations?: string[];
  /** Whether the alignment has a dictionary (the English side then collects its content words). */
  dictionaryKeys: boolean;
}

export interface PreparedEnglishSide {
  segments: Segment[];
  features: EnglishFeatures;
}

/** Runs prepareEnglishSide somewhere else (a worker thread); join() blocks until it is done and returns its result or throws its error. */
export type EnglishSideRunner = (task: EnglishSideTask) => { join(): PreparedEnglishSide };

export function prepareEnglishSide(task: EnglishSideTask): PreparedEnglishSide {
  const segments = segmentText(task.text, 'en', { extraAbbreviations: task.abbreviations });
  const features = extractEnglishFeatures(toAlignInput(segments, task.paragraphs), task.dictionaryKeys);
  return { segments, features };
}

/** The aligner's sentences; from subtitles, each with its cue's times (the strongest anchor two subtitle files have). */
export function toAlignInput(segments: Segment[], paragraphs: SourceParagraph[] | undefined): AlignInput[] {
  return segments.map((segment) => {
    const time = paragraphs && cueTimeAt(paragraphs, segment.start);
    return time ? { text: segment.text, paragraph: segment.paragraph, time } : { text: segment.text, paragraph: segment.paragraph };
  });
}

/** The cue time of the source paragraph holding offset, if it has one (binary search over the ascending ranges). */
export function cueTimeAt(paragraphs: SourceParagraph[], offset: number): [number, number] | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (paragraphs[middle].start <= offset) low = middle; else high = middle - 1;
  }
  return paragraphs[low]?.time;
}
