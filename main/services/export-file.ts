// Writing an export to disk. Where the files go:
// - one-file formats: outPath as given when it has an extension (any: the user
//   chose it), otherwise outPath plus the format's extension ('corpus' -> 'corpus.tmx');
// - Moses: outPath is a prefix and '.ar' and '.en' are added ('corpus' ->
//   'corpus.ar' + 'corpus.en'); a path already ending in .ar or .en is taken as
//   naming one of the pair, so 'corpus.en' also writes 'corpus.ar' + 'corpus.en'.
// Each file is written atomically; the two Moses files one after the other.

import { extname } from 'node:path';
import { ExportError, exportPairs, formatInfo, selectExportBeads, type ExportFormat, type ExportOptions } from '../core/formats/index';
import { canWriteBackXliff, xliffFromReview } from '../core/bilingual/write-back';
import type { Project } from '../core/project/types';
import { writeFileAtomic } from './atomic-write';
import { describeError } from './errors';

export interface ExportFileResult {
  /** The files written. */
  paths: string[];
  /** The pairs (beads) written. */
  pairs: number;
}

export async function exportProjectToFile(
  project: Project, format: ExportFormat, outPath: string, options: ExportOptions,
): Promise<ExportFileResult> {
  if (typeof outPath !== 'string' || outPath === '') throw new ExportError('no output file given');
  if (format === 'xliff' && canWriteBackXliff(project)) {
    // A project from an XLIFF goes back as that same file, reviewed (every unit: the CAT tool expects its whole file).
    const { content, units } = xliffFromReview(project);
    const [path] = exportPaths(format, outPath, ['.xlf']);
    try {
      await writeFileAtomic(path, content);
    } catch (error) {
      throw new ExportError(`the export was not written: ${describeError(error)}`);
    }
    return { paths: [path], pairs: units };
  }
  const files = exportPairs(project, format, options);
  const paths = exportPaths(format, outPath, files.map((file) => file.suffix));
  for (const [index, file] of files.entries()) {
    try {
      await writeFileAtomic(paths[index], file.content);
    } catch (error) {
      throw new ExportError(`the export was not written: ${describeError(error)}`);
    }
  }
  return { paths, pairs: selectExportBeads(project, format, options.all).length };
}

/** The paths exportProjectToFile writes for this output path, one per suffix (see the rules at the top). */
export function exportPaths(format: ExportFormat, outPath: string, suffixes: string[] = formatInfo(format).extensions): string[] {
  if (format === 'moses') {
    const prefix = /\.(ar|en)$/i.test(outPath) ? outPath.slice(0, -3) : outPath;
    return suffixes.map((suffix) => prefix + suffix);
  }
  return suffixes.map((suffix) => (extname(outPath) === '' ? outPath + suffix : outPath));
}
