// D, next doubtful: the unreviewed pairs in order of risk (by default lowest
// confidence first; with the quality checks on, confidence and findings
// together, main/core/qa/risk.ts), then document order. Each press goes to the
// pair after the current one in that order, so pressing D again moves on
// instead of staying put; after the last it starts again from the most doubtful.
import type { Bead } from '../../main/ipc/contract';

/** How likely a pair is to need the reviewer, in [0, 1]. */
export type RiskOf = (bead: Bead) => number;

const byConfidence: RiskOf = (bead) => 1 - bead.confidence;

/**
 * Position (in visible) of the next doubtful pair after the bead index `current`
 * (-1: the most doubtful of all), or -1 when no pair shown is unreviewed.
 */
export function nextDoubtfulPosition(beads: readonly Bead[], visible: readonly number[], current: number, riskOf: RiskOf = byConfidence): number {
  const currentRisk = current >= 0 ? riskOf(beads[current]) : Infinity;
  const after = (index: number) => {
    const risk = riskOf(beads[index]);
    return risk < currentRisk || (risk === currentRisk && index > current);
  };
  let next = -1;
  let first = -1;
  const better = (candidate: number, than: number) => than < 0
    || riskOf(beads[visible[candidate]]) > riskOf(beads[visible[than]]);
  for (let position = 0; position < visible.length; position++) {
    const index = visible[position];
    if (beads[index].status !== 'unreviewed') continue;
    if (better(position, first)) first = position;
    if (index !== current && after(index) && better(position, next)) next = position;
  }
  return next >= 0 ? next : first;
}
