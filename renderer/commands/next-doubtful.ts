// D, next doubtful: the unreviewed pairs in order of risk (lowest confidence
// first, then document order). Each press goes to the pair after the current
// one in that order, so pressing D again moves on instead of staying put;
// after the last it starts again from the most doubtful.
import type { Bead } from '../../main/ipc/contract';

/**
 * Position (in visible) of the next doubtful pair after the bead index `current`
 * (-1: the most doubtful of all), or -1 when no pair shown is unreviewed.
 */
export function nextDoubtfulPosition(beads: readonly Bead[], visible: readonly number[], current: number): number {
  const currentConfidence = current >= 0 ? beads[current].confidence : -Infinity;
  const after = (index: number) => {
    const confidence = beads[index].confidence;
    return confidence > currentConfidence || (confidence === currentConfidence && index > current);
  };
  let next = -1;
  let first = -1;
  const better = (candidate: number, than: number) => than < 0
    || beads[visible[candidate]].confidence < beads[visible[than]].confidence;
  for (let position = 0; position < visible.length; position++) {
    const index = visible[position];
    if (beads[index].status !== 'unreviewed') continue;
    if (better(position, first)) first = position;
    if (index !== current && after(index) && better(position, next)) next = position;
  }
  return next >= 0 ? next : first;
}
