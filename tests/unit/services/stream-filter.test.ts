// The streaming filter in-process, with a reader and a writer that watch it:
// it must not read far ahead of what it has written, whatever the input's length.

import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { test } from 'node:test';
import { DOCUMENTS_AHEAD_PER_WORKER, streamDocuments } from '../../../main/services/stream-filter';
import { corpusDocuments, streamLine } from '../../helpers/corpus';

test('the filter reads only a few documents ahead of what it has written, even when the output is slow', async () => {
  const documents = corpusDocuments();
  const total = 40;
  let pulled = 0;
  let written = 0;
  let furthestAhead = 0;
  const input = new Readable({
    highWaterMark: 1, // a new line is produced only when the filter asks for one
    read() {
      if (pulled === total) {
        this.push(null);
        return;
      }
      this.push(`${streamLine(documents[pulled % documents.length], { n: pulled })}\n`);
      pulled++;
    },
  });
  const seen: number[] = [];
  const output = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      const records = chunk.toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as { n: number });
      if (seen.at(-1) !== records[0].n) seen.push(records[0].n);
      written++;
      furthestAhead = Math.max(furthestAhead, pulled - written);
      setTimeout(done, 5); // a slow consumer downstream
    },
  });
  const errors: string[] = [];
  const jobs = 2;
  const counts = await streamDocuments({
    input,
    output,
    errors: new Writable({ write(chunk: Buffer, _encoding, done) { errors.push(chunk.toString()); done(); } }),
    jobs,
  });
  assert.deepEqual(errors, []);
  assert.equal(counts.read, total);
  assert.equal(counts.written, total);
  assert.deepEqual(seen, Array.from({ length: total }, (_, k) => k), 'documents come out in input order');
  // Read but unwritten: at most the workers' share, plus the line the reader holds
  // while it waits and the one chunk the input stream buffers behind it.
  assert.ok(furthestAhead <= jobs * DOCUMENTS_AHEAD_PER_WORKER + 2, `read ${furthestAhead} documents ahead of the output`);
});
