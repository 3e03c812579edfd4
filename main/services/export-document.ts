// Writing one side of a project as a document (.txt, .docx, .html by the
// output's extension), atomically. The CLI's `export --document` and the
// editor's File › Export Document… both call this.

import { basename, extname } from 'node:path';
import { editedDocument } from '../core/documents/edited-document';
import { documentOutputFor, writeDocument } from '../core/documents/write-document';
import { ExportError } from '../core/formats/index';
import type { Lang, Project } from '../core/project/types';
import { writeFileAtomic } from './atomic-write';
import { describeError } from './errors';

export async function exportDocumentToFile(project: Project, side: Lang, outPath: string): Promise<{ path: string; paragraphs: number }> {
  const output = documentOutputFor(outPath);
  if (!output) throw new ExportError(`cannot tell the document format from "${basename(outPath)}": give a name ending in .txt, .docx or .html`);
  // A document is one text: several documents' pairs would be laid over the first one's paragraphs.
  const held = project.documents?.length ?? 1;
  if (held > 1) throw new ExportError(`this project holds ${held} documents: export them one at a time (choose the document in the editor's File › Export Document…)`);
  const document = editedDocument(project, side);
  const source = project.sources[side];
  const title = basename(source.fileName, extname(source.fileName));
  const content = writeDocument(document, output, title);
  try {
    await writeFileAtomic(outPath, content);
  } catch (error) {
    throw new ExportError(`the document was not written: ${describeError(error)}`);
  }
  return { path: outPath, paragraphs: document.paragraphs.length };
}
