// Writing an export to disk. Where the files go (the rule the CLI's --help and
// the README state):
// - one-file formats: outPath as given when it has an extension (any: the user
//   chose it), otherwise outPath plus the format's extension ('corpus' -> 'corpus.tmx');
// - Moses: outPath is a prefix and '.ar' and '.en' are added ('corpus' ->
//   'corpus.ar' + 'corpus.en'); a path already ending in .ar or .en is taken as
//   naming one of the pair, so 'corpus.en' also writes 'corpus.ar' + 'corpus.en';
// - a folder (an existing one, or a path ending in a separator) is refused,
//   rather than writing FOLDER.tmx beside it.
// The files are written all or nothing (writeFilesAtomic); a read-only file is never replaced.

import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ExportError, exportPairs, formatInfo, selectExportBeads, type ExportFormat, type ExportOptions } from '../core/formats/index';
import { canWriteBackXliff, xliffFromReview } from '../core/bilingual/write-back';
import type { Project } from '../core/project/types';
import { writeFilesAtomic } from './atomic-write';
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
  await refuseFolder(format, outPath);
  if (format === 'xliff' && canWriteBackXliff(project)) {
    // A project from an XLIFF goes back as that same file, reviewed (every unit: the CAT tool expects its whole file).
    const { content, units } = xliffFromReview(project);
    const [path] = exportPaths(format, outPath, ['.xlf']);
    try {
      await writeFilesAtomic([{ path, data: content }]);
    } catch (error) {
      throw new ExportError(`the export was not written: ${describeError(error)}`);
    }
    return { paths: [path], pairs: units };
  }
  const files = exportPairs(project, format, options);
  const paths = exportPaths(format, outPath, files.map((file) => file.suffix));
  try {
    await writeFilesAtomic(files.map((file, index) => ({ path: paths[index], data: file.pieces })));
  } catch (error) {
    throw new ExportError(`the export was not written: ${describeError(error)}`);
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

async function refuseFolder(format: ExportFormat, outPath: string): Promise<void> {
  const isFolder = /[\\/]$/.test(outPath) || (await stat(outPath).then((stats) => stats.isDirectory(), () => false));
  if (!isFolder) return;
  const example = join(outPath, format === 'moses' ? 'corpus' : `pairs${formatInfo(format).extensions[0]}`);
  throw new ExportError(`"${outPath}" is a folder: give the name of the file to write, e.g. "${example}"`);
}
