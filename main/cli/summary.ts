// The one summary line the align and export commands print to stderr.

import { beadType } from '../core/project/bead';
import type { DocumentFormat, Project } from '../core/project/types';

export function summaryLine(project: Project, written: number, paths: string[]): string {
  const types = new Map<string, number>();
  for (const bead of project.beads) types.set(beadType(bead), (types.get(beadType(bead)) ?? 0) + 1);
  const typeList = [...types.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => `${type}: ${count}`)
    .join(', ');
  const meanConfidence = project.beads.length
    ? project.beads.reduce((sum, bead) => sum + bead.confidence, 0) / project.beads.length
    : 0;
  return (
    `${project.beads.length} beads (${typeList}); ${written} pairs written to ${paths.join(', ')}; ` +
    `mean confidence ${meanConfidence.toFixed(2)}; match score ${project.alignment.matchScore.toFixed(2)}` +
    (project.alignment.matchReason ? ` (${project.alignment.matchReason})` : '')
  );
}

/** How a document format is named to the user. */
export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  text: 'plain text', docx: 'Word', odt: 'OpenDocument', html: 'web page', pdf: 'PDF', markdown: 'Markdown', srt: 'SubRip subtitles', vtt: 'WebVTT subtitles',
};
