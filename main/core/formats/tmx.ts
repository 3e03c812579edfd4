// TMX 1.4b: the translation-memory exchange format every CAT tool imports.
// One <tu> per pair; review status and confidence as <prop>, the note as <note>.

import { sideText } from '../project/bead';
import { formatConfidence, linesInPieces } from './plain-text';
import type { ExportedFile, ExportInput } from './types';
import { XML_DECLARATION, xmlAttribute, xmlText } from './xml';

export function exportTmx(input: ExportInput): ExportedFile[] {
  const header = [
    `creationtool="Muqabala"`,
    `creationtoolversion="${xmlAttribute(input.toolVersion)}"`,
    `creationdate="${tmxDate(input.now)}"`,
    `datatype="plaintext"`,
    `segtype="sentence"`,
    `adminlang="en"`,
    `srclang="ar"`,
    `o-tmf="Muqabala"`,
  ].join(' ');
  const unit = (bead: ExportInput['beads'][number]) => [
    `    <tu tuid="${xmlAttribute(bead.id)}">`,
    `      <prop type="x-status">${bead.status}</prop>`,
    `      <prop type="x-confidence">${formatConfidence(bead.confidence)}</prop>`,
    ...(bead.note === '' ? [] : [`      <note>${xmlText(bead.note)}</note>`]),
    `      <tuv xml:lang="ar"><seg>${xmlText(sideText(bead, 'ar'))}</seg></tuv>`,
    `      <tuv xml:lang="en"><seg>${xmlText(sideText(bead, 'en'))}</seg></tuv>`,
    '    </tu>',
  ].join('\n');
  const pieces = linesInPieces(input.beads, unit, '\n', {
    head: [XML_DECLARATION, '<tmx version="1.4">', `  <header ${header}/>`, '  <body>'],
    tail: ['  </body>', '</tmx>'],
  });
  return [{ suffix: '.tmx', pieces }];
}

/** TMX dates are ISO 8601 basic format in UTC: 20261121T093000Z. */
function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
