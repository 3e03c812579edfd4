// How risky a pair is for the reviewer, from the aligner's confidence and the
// quality findings together: the chance that something is wrong, if the
// alignment and each finding were independent witnesses. 'Next doubtful'
// visits pairs in decreasing risk.

import type { Finding, Severity } from './types';

/** How likely a finding of each severity is to be a real problem. */
const SEVERITY_WEIGHT: Record<Severity, number> = { error: 0.6, warning: 0.3, info: 0.05 };

/** In [0, 1]: 1 - confidence × Π(1 - weight of each finding). */
export function pairRisk(confidence: number, findings: ReadonlyArray<Pick<Finding, 'severity'>>): number {
  let sound = Math.min(1, Math.max(0, confidence));
  for (const finding of findings) sound *= 1 - SEVERITY_WEIGHT[finding.severity];
  return 1 - sound;
}
