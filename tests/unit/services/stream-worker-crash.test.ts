// A worker that dies on a document (here: a real out-of-memory death, the
// document far larger than the worker's heap bound) must not lose or hang the
// stream: that document is reported under its id, a new worker takes the
// place of the dead one, and the documents after it are aligned and written
// in order.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { test } from 'node:test';
import { streamDocuments } from '../../../main/services/stream-filter';
import { corpusDocuments, parseJsonl, SAMPLE_AR_PATH, SAMPLE_EN_PATH } from '../../helpers/corpus';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => { text += chunk; });
  return () => text;
}

test('a worker that runs out of memory on one document fails that document alone; the stream goes on in order', async () => {
  const [first, second] = corpusDocuments();
  const line = (id: string, arPath: string, enPath: string, copies = 1) => JSON.stringify({
    id, ar: Array.from({ length: copies }, () => readFileSync(arPath, 'utf8')).join('\n\n'),
    en: Array.from({ length: copies }, () => readFileSync(enPath, 'utf8')).join('\n\n'),
  });
  // About 7 MB of Arabic and 4 MB of English text: more than a 32 MB heap can segment and align.
  const huge = line('huge', SAMPLE_AR_PATH, SAMPLE_EN_PATH, 2000);
  const input = Readable.from([`${line('before', first.arPath, first.enPath)}\n${huge}\n${line('after', second.arPath, second.enPath)}\n`]);
  const output = new PassThrough();
  const errors = new PassThrough();
  const [outputText, errorText] = [collect(output), collect(errors)];

  const counts = await streamDocuments({ input, output, errors, jobs: 1, workerHeapMb: 32 });

  assert.deepEqual({ read: counts.read, written: counts.written, failed: counts.failed }, { read: 3, written: 2, failed: 1 });
  const failures = parseJsonl(errorText()).filter((record) => 'error' in record);
  assert.equal(failures.length, 1, errorText());
  assert.equal(failures[0].id, 'huge');
  assert.equal(failures[0].line, 2);
  assert.match(String(failures[0].error), /worker aligning this document stopped .*memory/i);
  const ids = parseJsonl(outputText()).map((record) => record.id);
  assert.ok(ids.length > 2);
  assert.deepEqual([...new Set(ids)], ['before', 'after'], 'the documents around it are written, in input order');
});
