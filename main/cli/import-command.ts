// `muqabala import FILE --project PROJECT.muqabala`: a TMX, XLIFF (1.2, 2.0) or
// two-column TSV/CSV file as a project, one pair per unit, ready for review.

import { readBilingualFile, BILINGUAL_FORMAT_LABELS } from '../services/bilingual-file';
import { saveProjectFile } from '../services/project-file';
import type { Values } from './options';
import { UsageError } from './usage-error';

export async function importCommand(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) throw new UsageError('import needs one bilingual file: muqabala import FILE --project PROJECT.muqabala');
  if (typeof values.project !== 'string' || values.project === '') throw new UsageError('--project PROJECT.muqabala is required');
  const project = await readBilingualFile(files[0]);
  await saveProjectFile(values.project, project);
  const origin = project.bilingual;
  const approved = project.beads.filter((bead) => bead.status === 'approved').length;
  process.stderr.write(
    `imported ${project.beads.length} units from "${origin?.fileName}" (${origin ? BILINGUAL_FORMAT_LABELS[origin.format] : ''}; ${approved} approved) into ${values.project}\n`,
  );
  return 0;
}
