// An edit of a reviewed pair (text, merge, split, move...) makes it unreviewed
// again: the engine's rule, since the reviewer approved other text. The user
// is told, so an approval never disappears silently; undo brings both back.
import type { Bead, ProjectPatch } from '../../main/ipc/contract';

/** The message for a patch that is about to replace beads, or null when no review was reset. */
export function reviewResetNotice(beads: readonly Bead[], patch: ProjectPatch): string | null {
  const lost = { approved: 0, rejected: 0 };
  // Splices apply in order; read the beads each one removes from the list as it stands then.
  const working: Array<Pick<Bead, 'status'>> = beads.slice();
  for (const splice of patch.splices) {
    for (const bead of working.slice(splice.index, splice.index + splice.deleteCount)) {
      if (bead.status !== 'unreviewed') lost[bead.status]++;
    }
    working.splice(splice.index, splice.deleteCount, ...splice.beads);
  }
  const kept = { approved: 0, rejected: 0 };
  for (const splice of patch.splices) for (const bead of splice.beads) if (bead.status !== 'unreviewed') kept[bead.status]++;
  const approved = Math.max(0, lost.approved - kept.approved);
  const rejected = Math.max(0, lost.rejected - kept.rejected);
  if (approved + rejected === 0) return null;
  const what = [approved ? `${approved} approved` : '', rejected ? `${rejected} rejected` : ''].filter(Boolean).join(' and ');
  return `The change made ${what} pair${approved + rejected > 1 ? 's' : ''} unreviewed again (Ctrl+Z undoes both)`;
}
