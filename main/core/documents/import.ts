// The one import entry point of the engine: bytes and a file name in, the
// source document (text, format, paragraphs, what was dropped) out, whatever
// the format. The CLI, the editor (file picker, drag and drop, the browser
// bridge) and batch runs reach it through services/text-file.ts.
// Parsers are loaded only when a file needs them, so importing a .txt costs
// nothing more than it did before documents were supported.

import type { SourceDocument } from '../project/types';
import { decodeText, TextImportError, type EncodingName } from '../text/decode';
import { assembleDocument } from './assemble';
import { detectFormat } from './detect';
import type { ExtractedDocument } from './types';

export interface ImportOptions {
  /** Force a text encoding instead of detecting it (plain text, Markdown, subtitles, HTML). */
  encoding?: EncodingName;
}

/** Reads one side of a pair from a file's bytes. Throws TextImportError (naming the file) for anything it cannot use. */
export async function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<SourceDocument> {
  if (bytes.length === 0) throw new TextImportError(fileName, 'empty', 'the file is empty.');
  const format = detectFormat(bytes, fileName);
  switch (format) {
    case 'text': case 'tsv': case 'csv': {
      const { text, encoding } = decodeText(bytes, fileName, options.encoding);
      return { fileName, encoding, text, format: 'text' };
    }
    case 'xliff': case 'tmx':
      throw new TextImportError(fileName, 'unsupported-format',
        `it is a bilingual ${format === 'xliff' ? 'XLIFF' : 'TMX'} file, which already holds pairs; open it with \`muqabala import\` or File › Open Bilingual… instead.`);
    case 'docx': return assembleDocument(fileName, format, lazy<typeof import('./docx')>('./docx').extractDocx(bytes, fileName));
    case 'odt': return assembleDocument(fileName, format, lazy<typeof import('./odt')>('./odt').extractOdt(bytes, fileName));
    case 'html': return assembleDocument(fileName, format, lazy<typeof import('./html')>('./html').extractHtml(bytes, fileName));
    case 'markdown': return assembleDocument(fileName, format, lazy<typeof import('./markdown')>('./markdown').extractMarkdown(decoded(bytes, fileName, options)));
    case 'srt': case 'vtt':
      return assembleDocument(fileName, format, lazy<typeof import('./subtitles')>('./subtitles').extractSubtitles(decoded(bytes, fileName, options), format));
    case 'pdf': {
      const extracted: ExtractedDocument = await lazy<typeof import('./pdf')>('./pdf').extractPdf(bytes, fileName);
      return assembleDocument(fileName, format, extracted);
    }
  }
}

function decoded(bytes: Uint8Array, fileName: string, options: ImportOptions): { text: string; encoding: string } {
  return decodeText(bytes, fileName, options.encoding);
}

// A synchronous require keeps the parsers (and their libraries) out of the start-up of every run that does not need them.
function lazy<T>(specifier: string): T {
  return require(specifier) as T;
}
