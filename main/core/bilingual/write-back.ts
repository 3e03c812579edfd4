// A project made from an XLIFF exported back to XLIFF: the original file with
// the reviewed targets and states (writeBackXliff), so it can go back into the
// CAT tool it came from. Units whose pair was deleted or merged away are left
// as the file had them.

import { sideText } from '../project/bead';
import type { Project } from '../project/types';
import { writeBackXliff, type ReviewedUnit } from './xliff';

export function canWriteBackXliff(project: Project): boolean {
  return project.bilingual?.format.startsWith('xliff') === true && project.bilingual.text !== undefined;
}

export function xliffFromReview(project: Project): { content: string; units: number } {
  const origin = project.bilingual;
  if (!origin?.text) throw new Error('xliffFromReview: the project was not made from an XLIFF file');
  const beads = new Map(project.beads.map((bead) => [bead.id, bead]));
  const targetSide = origin.arabicSide === 'source' ? 'en' : 'ar';
  const reviewed = new Map<string, ReviewedUnit>();
  for (const unit of origin.units) {
    const bead = beads.get(unit.bead);
    if (bead) reviewed.set(unit.key, { target: sideText(bead, targetSide), status: bead.status });
  }
  return { content: writeBackXliff(origin.text, origin.fileName, reviewed), units: reviewed.size };
}
