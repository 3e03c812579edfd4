// The export formats the app and the CLI offer, and the one entry point that
// selects the beads and writes a format.

import { hasBothSides } from '../project/bead';
import type { Bead, Project } from '../project/types';
import { exportCsv } from './csv';
import { exportJsonl } from './jsonl';
import { exportMoses } from './moses';
import { exportTmx } from './tmx';
import { exportTsv } from './tsv';
import { ExportError, type ExportedFile, type ExportFormat, type ExportFormatInfo, type ExportInput, type ExportOptions } from './types';
import { exportXliff } from './xliff';

export { ExportError } from './types';
export type { ExportedFile, ExportFormat, ExportFormatInfo, ExportOptions } from './types';

export const EXPORT_FORMATS: ExportFormatInfo[] = [
  { format: 'tmx', label: 'TMX 1.4b (translation memory)', extensions: ['.tmx'], needsBothSides: true },
  { format: 'xliff', label: 'XLIFF 1.2', extensions: ['.xlf'], needsBothSides: true },
  { format: 'tsv', label: 'TSV (tab-separated)', extensions: ['.tsv'], needsBothSides: true },
  { format: 'csv', label: 'CSV (comma-separated, RFC 4180)', extensions: ['.csv'], needsBothSides: true },
  { format: 'jsonl', label: 'JSON Lines (every pair)', extensions: ['.jsonl'], needsBothSides: false },
  { format: 'moses', label: 'Moses parallel text (.ar + .en)', extensions: ['.ar', '.en'], needsBothSides: true },
];

const WRITERS: Record<ExportFormat, (input: ExportInput) => ExportedFile[]> = {
  tmx: exportTmx,
  xliff: exportXliff,
  tsv: exportTsv,
  csv: exportCsv,
  jsonl: exportJsonl,
  moses: exportMoses,
};

export function formatInfo(format: ExportFormat): ExportFormatInfo {
  const info = EXPORT_FORMATS.find((candidate) => candidate.format === format);
  if (!info) throw new ExportError(`unknown export format "${String(format)}" (expected one of ${EXPORT_FORMATS.map((f) => f.format).join(', ')})`);
  return info;
}

/**
 * The beads a format writes, in document order: the approved ones (or all with
 * `all`), and of those only the ones with text on both sides unless the format
 * carries every bead (JSONL).
 */
export function selectExportBeads(project: Project, format: ExportFormat, all: boolean): Bead[] {
  const { needsBothSides } = formatInfo(format);
  return project.beads.filter((bead) => (all || bead.status === 'approved') && (!needsBothSides || hasBothSides(bead)));
}

/** Writes beads already selected (a batch's combined corpus) in a format. */
export function writeFormat(format: ExportFormat, input: ExportInput): ExportedFile[] {
  return WRITERS[formatInfo(format).format](input);
}

/** The files of an export (Moses: '.ar' and '.en'; the others one file), text exactly as stored. */
export function exportPairs(project: Project, format: ExportFormat, options: ExportOptions): ExportedFile[] {
  const beads = selectExportBeads(project, format, options.all);
  return writeFormat(format, {
    beads,
    projectName: project.name,
    sourceFileName: project.sources.ar.fileName,
    toolVersion: options.toolVersion,
    now: options.now ?? new Date(),
  });
}
