// XLIFF 1.2, the version CAT tools read most widely. One <trans-unit> per pair;
// the review status maps onto XLIFF's target states:
//   approved   -> state="final", approved="yes"
//   unreviewed -> state="translated"
//   rejected   -> state="needs-review-translation"
// The aligner's confidence goes into an attribute of Muqabala's own namespace,
// which XLIFF 1.2 allows on trans-unit and other tools ignore.

import { sideText } from '../project/bead';
import type { ReviewStatus } from '../project/types';
import { formatConfidence, linesInPieces } from './plain-text';
import type { ExportedFile, ExportInput } from './types';
import { XML_DECLARATION, xmlAttribute, xmlText } from './xml';

export const MUQABALA_XLIFF_NAMESPACE = 'urn:x-muqabala:xliff';

const TARGET_STATE: Record<ReviewStatus, string> = {
  approved: 'final',
  unreviewed: 'translated',
  rejected: 'needs-review-translation',
};

export function exportXliff(input: ExportInput): ExportedFile[] {
  const unit = (bead: ExportInput['beads'][number]) => [
    `      <trans-unit id="${xmlAttribute(bead.id)}"${bead.status === 'approved' ? ' approved="yes"' : ''}`
      + ` xml:space="preserve" mq:confidence="${formatConfidence(bead.confidence)}">`,
    `        <source xml:lang="ar">${xmlText(sideText(bead, 'ar'))}</source>`,
    `        <target xml:lang="en" state="${TARGET_STATE[bead.status]}">${xmlText(sideText(bead, 'en'))}</target>`,
    ...(bead.note === '' ? [] : [`        <note>${xmlText(bead.note)}</note>`]),
    '      </trans-unit>',
  ].join('\n');
  const head = [
    XML_DECLARATION,
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="${MUQABALA_XLIFF_NAMESPACE}">`,
    `  <file original="${xmlAttribute(input.sourceFileName)}" source-language="ar" target-language="en" datatype="plaintext">`,
    '    <header>',
    `      <tool tool-id="muqabala" tool-name="Muqabala" tool-version="${xmlAttribute(input.toolVersion)}"/>`,
    '    </header>',
    '    <body>',
  ];
  return [{ suffix: '.xlf', pieces: linesInPieces(input.beads, unit, '\n', { head, tail: ['    </body>', '  </file>', '</xliff>'] }) }];
}
