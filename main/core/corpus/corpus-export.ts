// The combined corpus of a batch: every document's beads in one file of the
// chosen format, documents in batch order. Bead ids are only unique within a
// document, so TMX and XLIFF units are named DOCUMENT#BEAD; the JSONL corpus
// has the stream's records (the document's id plus the bead's as `bead`).

import { hasBothSides } from '../project/bead';
import type { Bead } from '../project/types';
import { formatInfo, writeFormat, type ExportedFile, type ExportFormat } from '../formats/index';
import { linesInPieces } from '../formats/plain-text';
import { replayable } from '../text/pieces';
import { streamRecord } from './stream-document';

export interface CorpusDocument {
  id: string;
  beads: Bead[];
}

export function exportCorpus(documents: CorpusDocument[], format: ExportFormat, toolVersion: string, now = new Date()): ExportedFile[] {
  if (format === 'jsonl') {
    const records = replayable(function* () {
      for (const document of documents) for (const bead of document.beads) yield streamRecord(document.id, {}, bead);
    });
    return [{ suffix: '.jsonl', pieces: linesInPieces(records, (record) => JSON.stringify(record), '\n') }];
  }
  const { needsBothSides } = formatInfo(format);
  const beads = documents.flatMap((document) =>
    document.beads.filter((bead) => !needsBothSides || hasBothSides(bead)).map((bead) => ({ ...bead, id: `${document.id}#${bead.id}` })),
  );
  return writeFormat(format, { beads, projectName: 'corpus', sourceFileName: 'corpus', toolVersion, now });
}
