// Builds a project from what the segmenter and the aligner produced. The inputs
// are plain data, so this file depends on neither of them.

import { IdAllocator } from './ids';
import {
  PROJECT_FORMAT, PROJECT_VERSION,
  type AlignmentSummary, type Bead, type Project, type Sentence, type SourceDocument,
} from './types';

/** A segment as the segmenter returns it: its text and its range [start, end) in the source text. */
export interface SegmentInput {
  text: string;
  start: number;
  end: number;
}

/** A bead as the aligner returns it: indices into the Arabic and English segment lists. */
export interface AlignedBeadInput {
  ar: number[];
  en: number[];
  confidence: number;
  reasons: string[];
}

export interface CreateProjectInput {
  name: string;
  sources: { ar: SourceDocument; en: SourceDocument };
  arSegments: SegmentInput[];
  enSegments: SegmentInput[];
  beads: AlignedBeadInput[];
  summary: AlignmentSummary;
  now?: Date;
}

export function createProject(input: CreateProjectInput): Project {
  checkBeadsCoverSegments(input.beads, 'ar', input.arSegments.length);
  checkBeadsCoverSegments(input.beads, 'en', input.enSegments.length);
  const ids = new IdAllocator(1);
  const arSentences = input.arSegments.map((segment) => sentenceFromSegment(segment, ids));
  const enSentences = input.enSegments.map((segment) => sentenceFromSegment(segment, ids));
  const beads: Bead[] = input.beads.map((aligned) => ({
    id: ids.bead(),
    ar: aligned.ar.map((index) => arSentences[index]),
    en: aligned.en.map((index) => enSentences[index]),
    status: 'unreviewed',
    note: '',
    confidence: aligned.confidence,
    reasons: [...aligned.reasons],
  }));
  const timestamp = (input.now ?? new Date()).toISOString();
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: input.name,
    created: timestamp,
    modified: timestamp,
    sources: { ar: { ...input.sources.ar }, en: { ...input.sources.en } },
    alignment: { ...input.summary },
    beads,
    nextId: ids.next,
  };
}

function sentenceFromSegment(segment: SegmentInput, ids: IdAllocator): Sentence {
  return { id: ids.sentence(), text: segment.text, original: segment.text, source: [segment.start, segment.end] };
}

/**
 * The aligner must use every segment exactly once and in document order; a
 * project built from anything else would lose or duplicate text, so refuse it.
 */
export function checkBeadsCoverSegments(
  beads: AlignedBeadInput[], side: 'ar' | 'en', segmentCount: number, caller = 'createProject',
): void {
  let expected = 0;
  for (const [beadIndex, bead] of beads.entries()) {
    for (const index of bead[side]) {
      if (index !== expected) {
        throw new Error(`${caller}: bead ${beadIndex} uses ${side} segment ${index} where segment ${expected} was expected`);
      }
      expected++;
    }
  }
  if (expected !== segmentCount) {
    throw new Error(`${caller}: the beads use ${expected} of ${segmentCount} ${side} segments`);
  }
}
