// Any bilingual file, by its content: XLIFF (1.2 or 2.0), TMX, TSV or CSV.

import { detectFormat } from '../documents/detect';
import { decodeText } from '../text/decode';
import { readTable } from './table';
import { readTmx } from './tmx';
import { BilingualImportError, type BilingualFile } from './types';
import { readXliff } from './xliff';

export function readBilingual(bytes: Uint8Array, fileName: string): { file: BilingualFile; text: string } {
  const format = detectFormat(bytes, fileName);
  const notBilingual = new BilingualImportError(fileName, 'it is not a bilingual file; give a TMX, XLIFF (1.2 or 2.0), or two-column TSV or CSV file.');
  if (!['xliff', 'tmx', 'tsv', 'csv', 'text'].includes(format)) throw notBilingual;
  const { text } = decodeText(bytes, fileName);
  switch (format) {
    case 'xliff': return { file: readXliff(text, fileName), text };
    case 'tmx': return { file: readTmx(text, fileName), text };
    case 'tsv': return { file: readTable(text, fileName, 'tsv'), text };
    case 'csv': return { file: readTable(text, fileName, 'csv'), text };
    case 'text':
      // A two-column file without the usual extension: tabs make it a TSV.
      if (/\t/.test(text)) return { file: readTable(text, fileName, 'tsv'), text };
      break;
    default:
  }
  throw notBilingual;
}
