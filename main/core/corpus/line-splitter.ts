// Cuts a text stream into lines as its chunks arrive, holding only the
// unfinished last line between chunks, so a stream of any length is read with
// memory for one line. Line ends are \n or \r\n (a JSONL line cannot hold a raw
// line break, so a lone \r inside a line is kept as it is).

export class LineSplitter {
  private pending: string[] = [];

  /** The lines this chunk completes, in order, without their line ends. */
  push(chunk: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      this.pending.push(chunk.slice(start, end));
      lines.push(stripCarriageReturn(this.pending.join('')));
      this.pending = [];
      start = end + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.slice(start));
    return lines;
  }

  /** The last line when the stream did not end with a line end; [] otherwise. */
  end(): string[] {
    const rest = this.pending.join('');
    this.pending = [];
    return rest === '' ? [] : [stripCarriageReturn(rest)];
  }
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
