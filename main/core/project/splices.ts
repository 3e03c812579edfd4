// The one primitive every edit is made of: replace a run of beads with others.
// An operation is a list of splices plus the list that undoes it, so undo and
// redo never need to know which kind of edit they are replaying.

import type { Bead, BeadSplice } from './types';

/** Arguments beyond this many are inserted in chunks (Function.prototype.apply has an argument limit). */
const SPLICE_CHUNK = 8192;

/**
 * Applies the splices in order, each to the list as the previous one left it.
 * Mutates `beads` in place (cost proportional to what changed plus one array
 * move, never a copy of 10,000 beads per keystroke) and returns the same array.
 * The bead objects themselves are never mutated: operations build new beads,
 * and undo puts the old objects back.
 */
export function applySplices(beads: Bead[], splices: readonly BeadSplice[]): Bead[] {
  for (const splice of splices) {
    if (!Number.isInteger(splice.index) || !Number.isInteger(splice.deleteCount)
      || splice.index < 0 || splice.deleteCount < 0 || splice.index + splice.deleteCount > beads.length) {
      throw new RangeError(`bead splice out of range: index ${splice.index}, deleteCount ${splice.deleteCount}, ${beads.length} beads`);
    }
    if (splice.beads.length <= SPLICE_CHUNK) {
      beads.splice(splice.index, splice.deleteCount, ...splice.beads);
      continue;
    }
    beads.splice(splice.index, splice.deleteCount);
    for (let offset = 0; offset < splice.beads.length; offset += SPLICE_CHUNK) {
      beads.splice(splice.index + offset, 0, ...splice.beads.slice(offset, offset + SPLICE_CHUNK));
    }
  }
  return beads;
}

/** The splice that replaces beads[index, index + deleteCount) with `replacement`, and the splice that undoes it. */
export function rangeSplice(beads: readonly Bead[], index: number, deleteCount: number, replacement: Bead[]): {
  forward: BeadSplice; inverse: BeadSplice;
} {
  return {
    forward: { index, deleteCount, beads: replacement },
    inverse: { index, deleteCount: replacement.length, beads: beads.slice(index, index + deleteCount) },
  };
}
