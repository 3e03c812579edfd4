// `muqabala export PROJECT --format F --out PATH [--all]`: the pairs of a saved project.

import { exportDocumentToFile } from '../services/export-document';
import { exportProjectToFile } from '../services/export-file';
import { loadProjectFile } from '../services/project-file';
import { APP_VERSION } from '../services/version';
import { requireOutput, type Values } from './options';
import { summaryLine } from './summary';
import { UsageError } from './usage-error';

export async function exportCommand(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) throw new UsageError('export needs one project file: muqabala export PROJECT --format F --out PATH');
  if (values.document !== undefined) return exportDocument(files[0], values);
  if (values.reviewed) throw new UsageError('--reviewed is the default for export (use --all for every pair)');
  const { format, out } = requireOutput(values);
  const project = await loadProjectFile(files[0]);
  const written = await exportProjectToFile(project, format, out, { all: Boolean(values.all), toolVersion: APP_VERSION });
  process.stderr.write(`${summaryLine(project, written.pairs, written.paths)}\n`);
  if (written.pairs === 0 && !values.all) {
    process.stderr.write('warning: no approved pairs to export; review the project in the editor or pass --all\n');
  }
  return 0;
}

/** `export PROJECT --document ar|en --out FILE`: one side's whole text as edited, as a document. */
async function exportDocument(projectPath: string, values: Values): Promise<number> {
  const side = values.document;
  if (side !== 'ar' && side !== 'en') throw new UsageError(`--document must be ar or en (found "${String(side)}")`);
  if (values.format !== undefined) throw new UsageError('--document and --format cannot be used together: the document format comes from the --out extension');
  if (values.all) throw new UsageError('--all applies to pairs, not to --document');
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE is required (.txt, .docx or .html)');
  if (!/\.(txt|text|docx|html?)$/i.test(values.out)) throw new UsageError(`--out must end in .txt, .docx or .html (found "${values.out}")`);
  const project = await loadProjectFile(projectPath);
  const written = await exportDocumentToFile(project, side, values.out);
  process.stderr.write(`${written.paragraphs} paragraphs of the ${side === 'ar' ? 'Arabic' : 'English'} document written to ${written.path}\n`);
  return 0;
}
