// Moses-style parallel text: two files, line i of the .ar file pairs with line i
// of the .en file. Line breaks and tabs inside a sentence become a space
// (onOneLine), or the lines would no longer pair up.

import { sideText } from '../project/bead';
import { linesInPieces, onOneLine } from './plain-text';
import type { ExportedFile, ExportInput } from './types';

export function exportMoses(input: ExportInput): ExportedFile[] {
  return (['ar', 'en'] as const).map((side) => ({
    suffix: `.${side}`,
    pieces: linesInPieces(input.beads, (bead) => onOneLine(sideText(bead, side)), '\n'),
  }));
}
