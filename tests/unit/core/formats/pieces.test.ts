// Exports are made in pieces (never one string for the whole file): the pieces
// joined must be exactly the text each format wrote as one string before, at
// every piece boundary, whatever the text holds (Arabic, quotes, tabs, line breaks).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPORT_FORMATS, exportPairs } from '../../../../main/core/formats/index';
import { joinLines, linesInPieces } from '../../../../main/core/formats/plain-text';
import { inPieces, joinPieces, PIECE_CHARACTERS } from '../../../../main/core/text/pieces';
import type { Project } from '../../../../main/core/project/types';
import { exportProject, TRICKY_AR, TRICKY_EN, TRICKY_NOTE } from '../../../helpers/export-project';

const NOW = new Date('2026-11-21T09:30:00.000Z');

describe('linesInPieces', () => {
  // Lines of every length around a piece's size, so boundaries fall before, inside and right after line ends.
  const lines = Array.from({ length: 400 }, (_, k) => `${k % 2 ? TRICKY_AR : TRICKY_EN}\t"${TRICKY_NOTE}"\n`.repeat(1 + (k * 37) % 90));

  for (const lineEnd of ['\n', '\r\n']) {
    it(`joined, is what the lines joined whole give (line end ${JSON.stringify(lineEnd)}), in pieces of about ${PIECE_CHARACTERS} characters`, () => {
      const pieces = [...linesInPieces(lines, (line) => line, lineEnd, { head: ['<head>', 'second'], tail: ['</tail>'] })];
      assert.ok(pieces.length > 20, `${pieces.length} pieces`);
      assert.ok(pieces.every((piece) => piece.length > 0));
      assert.ok(pieces.slice(0, -1).every((piece) => piece.length >= PIECE_CHARACTERS));
      assert.equal(pieces.join(''), joinLines(['<head>', 'second', ...lines, '</tail>'], lineEnd));
    });
  }

  it('gives no piece for no lines (an empty export is an empty file) and can be read again', () => {
    assert.deepEqual([...linesInPieces([], String, '\n')], []);
    const again = linesInPieces(['a', 'ب'], (line) => line, '\n');
    assert.equal(joinPieces(again), 'a\nب\n');
    assert.equal(joinPieces(again), 'a\nب\n');
  });

  it('inPieces keeps every part whole and in order', () => {
    const parts = Array.from({ length: 5000 }, (_, k) => `${k}:${TRICKY_AR}\n`);
    assert.equal(joinPieces(inPieces(parts)), parts.join(''));
  });
});

describe('every export format in pieces', () => {
  // What each format writes after its last pair (TMX and XLIFF close their elements; the others end with the last line).
  const TAIL: Record<string, string> = {
    tmx: '  </body>\n</tmx>\n',
    xliff: '    </body>\n  </file>\n</xliff>\n',
  };

  /** The tricky pairs (Arabic, quotes, tabs, newlines, CR, a note) repeated `copies` times, ids included. */
  function repeated(copies: number): Project {
    const project = exportProject();
    project.beads = Array.from({ length: copies }, () => project.beads).flat();
    return project;
  }

  for (const { format } of EXPORT_FORMATS) {
    it(`${format}: two thousand copies of the pairs, written in many pieces, are the one-copy file with its pairs repeated`, () => {
      const export_ = (copies: number) => exportPairs(repeated(copies), format, { all: true, toolVersion: '1.2.3', now: NOW });
      const tail = TAIL[format] ?? '';
      const [one, two] = [1, 2].map((copies) => export_(copies).map((file) => joinPieces(file.pieces)));
      const many = export_(2000);
      assert.equal(many.length, one.length);
      for (const [index, file] of many.entries()) {
        // one = HEAD + PAIRS + TAIL and two = HEAD + PAIRS + PAIRS + TAIL (both one piece or two, as a small export is).
        assert.ok(one[index].endsWith(tail));
        const pairs = two[index].slice(one[index].length - tail.length, two[index].length - tail.length);
        assert.ok(pairs.length > 50, `${format}${file.suffix}: ${pairs.length} characters of pairs`);
        const expected = one[index].slice(0, one[index].length - tail.length) + pairs.repeat(1999) + tail;
        const pieces = [...file.pieces];
        assert.ok(pieces.length >= 3, `${format}${file.suffix}: ${pieces.length} pieces`);
        assert.ok(pieces.every((piece) => piece.length <= 2 * PIECE_CHARACTERS), `${format}${file.suffix}: no piece holds much more than ${PIECE_CHARACTERS} characters`);
        assert.equal(pieces.join(''), expected, `${format}${file.suffix}`);
      }
    });
  }
});
