// `muqabala export PROJECT --format F --out PATH [--all]`: the pairs of a saved project.

import { exportProjectToFile } from '../services/export-file';
import { loadProjectFile } from '../services/project-file';
import { APP_VERSION } from '../services/version';
import { requireOutput, type Values } from './options';
import { summaryLine } from './summary';
import { UsageError } from './usage-error';

export async function exportCommand(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) throw new UsageError('export needs one project file: muqabala export PROJECT --format F --out PATH');
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
