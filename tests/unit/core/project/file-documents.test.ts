// Project files and documents: version 2 keeps the source's format, checksum,
// paragraphs and import report; a version 1 file (plain text) still opens.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProject, serializeProject } from '../../../../main/core/project/file';
import { projectFromPairs } from '../../../helpers/project-builder';

test('the source format, checksum, paragraphs and import report survive a save and a load', () => {
  const project = projectFromPairs([{ ar: ['مرحبا.'], en: ['Hello.'] }]);
  project.sources.ar = {
    ...project.sources.ar,
    format: 'docx',
    checksum: `sha256:${'a'.repeat(64)}`,
    paragraphs: [{ start: 0, end: project.sources.ar.text.length, kind: 'heading', style: 'Heading1', rtl: true }],
    importReport: { paragraphs: 1, footnotes: 0, dropped: [{ what: 'pictures and text boxes', count: 2 }] },
  };
  const reloaded = parseProject(serializeProject(project), 'doc.muqabala');
  assert.deepEqual(reloaded.sources.ar, project.sources.ar);
  assert.equal(reloaded.sources.en.format, project.sources.en.format);
});

test('a version 1 project file (no format, no paragraphs) opens as plain text', () => {
  const project = projectFromPairs([{ ar: ['مرحبا.'], en: ['Hello.'] }]);
  const record = JSON.parse(serializeProject(project)) as Record<string, unknown> & { sources: Record<string, Record<string, unknown>> };
  record.version = 1;
  for (const side of ['ar', 'en']) {
    delete record.sources[side].format;
    delete record.sources[side].checksum;
    delete record.sources[side].paragraphs;
    delete record.sources[side].importReport;
  }
  const opened = parseProject(JSON.stringify(record), 'old.muqabala');
  assert.equal(opened.sources.ar.format, undefined);
  assert.equal(opened.beads.length, 1);
});

test('a paragraph range outside the text is refused with the field named', () => {
  const project = projectFromPairs([{ ar: ['مرحبا.'], en: ['Hello.'] }]);
  project.sources.en.paragraphs = [{ start: 0, end: 999, kind: 'paragraph' }];
  assert.throws(() => parseProject(serializeProject(project), 'bad.muqabala'), /sources\.en\.paragraphs\[0\] must lie within the source text/);
});
