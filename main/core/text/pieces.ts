// Large files made in pieces: the project file and every export are written
// from a sequence of strings and never held whole. At 100,000 pairs one JSONL
// string (plus one string per bead and the file's bytes) took the whole
// `align --format jsonl` command over 600 MB.

/**
 * Characters per piece: small enough that V8 keeps each piece in its young
 * generation, where it is collected within moments (pieces of a megabyte went
 * to the large-object space and piled up until a full collection).
 */
export const PIECE_CHARACTERS = 1 << 15;

/** Small strings (a line per bead) gathered into pieces of about PIECE_CHARACTERS, in order, none empty. */
export function* inPieces(parts: Iterable<string>): Generator<string> {
  let piece = '';
  for (const part of parts) {
    piece += part;
    if (piece.length >= PIECE_CHARACTERS) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}

/** A sequence that can be read more than once (a file written, then read back in a test): each reading makes it again. */
export function replayable<T>(make: () => Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: make };
}

/** The whole text, for what needs it as one string (tests, small previews); never for a file that may be large. */
export function joinPieces(pieces: Iterable<string>): string {
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}
