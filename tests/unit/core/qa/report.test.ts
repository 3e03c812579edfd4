// The check command's three report formats, as a client or a script reads them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeReport } from '../../../../main/core/qa/report';
import { runChecks } from '../../../../main/core/qa/run';
import { qaPair } from '../../../helpers/qa-fixture';

const pairs = [
  qaPair('قتل 6000 شخص.', '7000 people were <b>killed</b>, "he" said.', 0),
  qaPair('وقال الوزير.', 'The  minister said.', 1),
];
const findings = runChecks(pairs, { model: { ratio: 1.15, variance: 6.5 } });
const input = { title: 'News & <views>', findings, pairs, toolVersion: '9.9.9' };

test('JSONL: one object per finding with check, severity, message, pair, ar and en', () => {
  const lines = writeReport('jsonl', input).trimEnd().split('\n');
  assert.equal(lines.length, findings.length);
  const first = JSON.parse(lines[0]) as Record<string, unknown>;
  assert.deepEqual(
    { check: first.check, severity: first.severity, pair: first.pair, ar: first.ar, en: first.en },
    { check: 'numbers', severity: 'error', pair: 0, ar: 'قتل 6000 شخص.', en: '7000 people were <b>killed</b>, "he" said.' },
  );
  assert.equal(first.message, 'numbers differ: 6,000 in the Arabic, 7,000 in the English');
});

test('CSV: a header, quoted fields, CRLF', () => {
  const csv = writeReport('csv', input);
  assert.ok(csv.startsWith('check,severity,pair,message,ar,en\r\n'));
  assert.match(csv, /numbers,error,0,"numbers differ: 6,000 in the Arabic, 7,000 in the English",قتل 6000 شخص\.,"7000 people were <b>killed<\/b>, ""he"" said\."\r\n/);
});

test('HTML: a summary by check, then each finding with its pair, every text escaped', () => {
  const page = writeReport('html', input);
  assert.match(page, /<title>News &amp; &lt;views&gt;: quality report<\/title>/);
  assert.match(page, /<th scope="row"><a href="#numbers">Numbers<\/a><\/th><td>1<\/td>/);
  assert.match(page, /<th scope="row"><a href="#spacing">Spacing<\/a><\/th><td>1<\/td>/);
  assert.match(page, /<td dir="rtl" lang="ar">قتل 6000 شخص\.<\/td><td lang="en">7000 people were &lt;b&gt;killed&lt;\/b&gt;, &quot;he&quot; said\.<\/td>/);
  assert.doesNotMatch(page, /<b>killed/);
});
