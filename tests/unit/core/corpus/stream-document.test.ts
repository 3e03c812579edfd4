import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseDocumentLine, processStreamLine } from '../../../../main/core/corpus/stream-document';
import { corpusDocuments, SAMPLE_AR_PATH, SAMPLE_EN_PATH } from '../../../helpers/corpus';

const ar = readFileSync(SAMPLE_AR_PATH, 'utf8');
const en = readFileSync(SAMPLE_EN_PATH, 'utf8');

test('a good line keeps its id and extra fields; ar and en are not extra', () => {
  const parsed = parseDocumentLine(JSON.stringify({ id: 7, ar, en, source: 'web', meta: { year: 2021 } }));
  assert.ok(parsed.ok);
  assert.equal(parsed.document.id, 7);
  assert.deepEqual(parsed.document.extra, { source: 'web', meta: { year: 2021 } });
});

test('each kind of bad line says what is wrong and names the document when it can', () => {
  const cases: [string, string | number | null, RegExp][] = [
    ['{"id": "x", "ar": ', null, /not valid JSON/],
    ['[1, 2]', null, /not a JSON object/],
    [JSON.stringify({ ar, en }), null, /no "id"/],
    [JSON.stringify({ id: 'a', en }), 'a', /"ar" must be a string/],
    [JSON.stringify({ id: 'b', ar: ' \n ', en }), 'b', /the "ar" text is empty/],
    [JSON.stringify({ id: 'c', ar, en: '' }), 'c', /the "en" text is empty/],
    [JSON.stringify({ id: 'd', ar: en, en: ar }), 'd', /the "ar" text is not Arabic \(it looks like English\)/],
    [JSON.stringify({ id: 'e', ar, en: 'Привет, как дела? Это русский текст.' }), 'e', /"en" text is not English \(it looks like neither/],
    [JSON.stringify({ id: 'f', ar, en, confidence: 1 }), 'f', /extra field "confidence" would be overwritten/],
    [JSON.stringify({ id: 'g', ar, en, bead: 1 }), 'g', /extra field "bead"/],
  ];
  for (const [line, id, message] of cases) {
    const parsed = parseDocumentLine(line);
    assert.equal(parsed.ok, false, line.slice(0, 40));
    if (parsed.ok) continue;
    assert.equal(parsed.id, id);
    assert.match(parsed.error, message);
  }
});

test('an aligned document gives one record per bead with the JSONL export fields, the document id and the extra fields', () => {
  const result = processStreamLine(JSON.stringify({ id: 'sample', ar, en, source: 'seed' }));
  assert.ok(result.ok);
  const records = result.records.map((text) => JSON.parse(text) as Record<string, unknown>);
  assert.ok(records.length > 10);
  for (const record of records) {
    assert.deepEqual(Object.keys(record), ['id', 'source', 'bead', 'type', 'ar', 'en', 'en_original', 'status', 'confidence', 'note', 'reasons']);
    assert.equal(record.id, 'sample');
  }
  assert.ok(records.some((record) => String(record.en).includes('Kabulov') && String(record.ar).includes('كابولوف')));
  assert.deepEqual(result.warnings, []);
});

test('a pair that is not a translation is written with a warning, not dropped', () => {
  const [first, second] = corpusDocuments();
  const result = processStreamLine(JSON.stringify({ id: 'mismatch', ar: readFileSync(first.arPath, 'utf8'), en: readFileSync(second.enPath, 'utf8') }));
  assert.ok(result.ok);
  assert.ok(result.records.length > 0);
  assert.match(result.warnings.join(), /do not look like translations/);
});
