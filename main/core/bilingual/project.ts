// A project from a bilingual file: one pair per unit, in file order, with the
// file's status and notes, ready for review. The aligner does not run (the
// pairs are the file's), but each pair is judged by the same confidence model
// as aligned pairs, so "next doubtful" works on a CAT tool's output too.

import { scoreBead } from '../align/align';
import { createProject } from '../project/create';
import type { Project, SourceParagraph } from '../project/types';
import type { BilingualFile } from './types';

export function projectFromBilingual(file: BilingualFile, fileName: string, originalText: string | undefined, name: string, now?: Date): Project {
  const layOut = (texts: string[]) => {
    let text = '';
    const ranges: ([number, number] | null)[] = [];
    const paragraphs: SourceParagraph[] = [];
    for (const value of texts) {
      if (value.trim() === '') {
        ranges.push(null);
        continue;
      }
      if (text !== '') text += '\n\n';
      ranges.push([text.length, text.length + value.length]);
      paragraphs.push({ start: text.length, end: text.length + value.length, kind: 'paragraph' });
      text += value;
    }
    return { text, ranges, paragraphs };
  };
  const ar = layOut(file.units.map((unit) => unit.ar));
  const en = layOut(file.units.map((unit) => unit.en));
  const arSegments = ar.ranges.flatMap((range) => (range ? [{ text: ar.text.slice(range[0], range[1]), start: range[0], end: range[1] }] : []));
  const enSegments = en.ranges.flatMap((range) => (range ? [{ text: en.text.slice(range[0], range[1]), start: range[0], end: range[1] }] : []));
  const arLength = arSegments.reduce((sum, segment) => sum + segment.text.length, 0);
  const enLength = enSegments.reduce((sum, segment) => sum + segment.text.length, 0);
  const summary = { matchScore: 1, lengthRatio: arLength > 0 && enLength > 0 ? enLength / arLength : 1.2, lengthVariance: 8 };
  let arIndex = 0;
  let enIndex = 0;
  const beads = file.units.map((unit, index) => {
    const arIndices = ar.ranges[index] ? [arIndex++] : [];
    const enIndices = en.ranges[index] ? [enIndex++] : [];
    const judged = arIndices.length && enIndices.length ? scoreBead(summary, [unit.ar], [unit.en]) : { confidence: 0, reasons: ['no counterpart found'] };
    return { ar: arIndices, en: enIndices, confidence: judged.confidence, reasons: judged.reasons };
  });
  const format = file.format;
  const project = createProject({
    name,
    sources: {
      ar: { fileName, encoding: 'utf-8', text: ar.text, format: 'text', paragraphs: ar.paragraphs },
      en: { fileName, encoding: 'utf-8', text: en.text, format: 'text', paragraphs: en.paragraphs },
    },
    arSegments,
    enSegments,
    beads,
    summary,
    now,
  });
  file.units.forEach((unit, index) => {
    const bead = project.beads[index];
    bead.status = unit.status;
    bead.note = unit.note;
  });
  project.bilingual = {
    format,
    fileName,
    arabicSide: file.arabicSide,
    units: file.units.map((unit, index) => ({ key: unit.key, bead: project.beads[index].id })),
    ...(format.startsWith('xliff') && originalText !== undefined ? { text: originalText } : {}),
  };
  return project;
}
