// What the aligner takes and gives. Plain data: indices into the inputs, so the
// aligner knows nothing of segments' source ranges or of the project model.

import type { AlignmentSummary } from '../project/types';
import type { BilingualDictionary } from './dictionary';
import type { SideFeatures } from './features';
import type { MatchVerdict } from './matchScore';

/** One sentence of one side: its text and the paragraph it sits in (paragraphs numbered from 0 upwards). */
export interface AlignInput {
  text: string;
  paragraph: number;
  /** Subtitles: the start and end (ms) of the cue the sentence came from; anchors only when every sentence of both sides has one. */
  time?: readonly [number, number];
}

export interface AlignOptions {
  /** Optional user-loaded Arabic-English word list; adds lexical evidence. */
  dictionary?: BilingualDictionary;
  /**
   * Align twice: learn a lexicon from the first alignment's confident beads
   * (IBM Model 1, pair-lexicon.ts) and re-align with it added to the dictionary.
   */
  learnLexicon?: boolean;
  /** The sentences' features (extractPairFeatures of the same inputs and dictionary), made beforehand: an import makes part of them on another thread (core/prepare-side.ts). */
  features?: { ar: SideFeatures; en: SideFeatures };
  /** Called now and then with the share of the work done, in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /** Polled every few hundred rows; when it returns true the aligner throws AlignmentCancelled. */
  shouldCancel?: () => boolean;
}

/** Arabic and English sentence indices (contiguous, ascending), with how sure the aligner is and why not. */
export interface AlignedBead {
  ar: number[];
  en: number[];
  /** In [0, 1]: how likely this pairing is right. */
  confidence: number;
  /** Plain-English reasons for doubt ('numbers differ: 500 vs 600'); empty when nothing is doubtful. */
  reasons: string[];
}

export interface AlignmentResult {
  /** In document order; together they cover every sentence of both sides exactly once. */
  beads: AlignedBead[];
  summary: AlignmentSummary;
  /**
   * Whether the two texts are translations of each other, by the evidence
   * (matchScore.ts): 'undecided' where it is too weak either way (short,
   * anchor-poor or loose texts); only 'not a translation' warns the user.
   */
  verdict: MatchVerdict;
  /** summary.matchScore >= MATCH_THRESHOLD: not flagged (a translation, or undecided with the score held at the threshold). */
  isTranslation: boolean;
}

/** Thrown by alignSentences when options.shouldCancel() returned true. */
export class AlignmentCancelled extends Error {
  constructor() {
    super('alignment cancelled');
    this.name = 'AlignmentCancelled';
  }
}
