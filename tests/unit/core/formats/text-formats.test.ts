// TSV, CSV, JSONL and Moses, read back with independent readers where one exists
// (Python's csv module for CSV and TSV).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPORT_FORMATS, exportPairs, selectExportBeads } from '../../../../main/core/formats/index';
import type { ExportedFile, ExportFormat } from '../../../../main/core/formats/types';
import { joinPieces } from '../../../../main/core/text/pieces';
import { EDITED_EN, exportProject, TRICKY_AR, TRICKY_EN, TRICKY_NOTE } from '../../../helpers/export-project';
import { projectFromPairs } from '../../../helpers/project-builder';
import { runPythonJson } from '../../../helpers/python';

/** The files an export writes, each as the whole text its pieces make. */
function texts(files: ExportedFile[]): { suffix: string; content: string }[] {
  return files.map((file) => ({ suffix: file.suffix, content: joinPieces(file.pieces) }));
}

function exported(format: ExportFormat, all: boolean): { suffix: string; content: string }[] {
  return texts(exportPairs(exportProject(), format, { all, toolVersion: '1.2.3' }));
}

/** What TSV and Moses make of a text: every run of tabs and line breaks becomes one space. */
const oneLine = (text: string): string => text.replace(/[\t\n\r]+/g, ' ');

describe('CSV export', () => {
  it('is RFC 4180: Python\'s csv module reads back every field exactly, line breaks included', () => {
    const [file] = exported('csv', true);
    assert.equal(file.suffix, '.csv');
    assert.ok(file.content.endsWith('\r\n'));
    const rows = runPythonJson<string[][]>('import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))', file.content);
    assert.deepEqual(rows, [
      ['ar', 'en', 'status', 'confidence', 'note'],
      [TRICKY_AR, TRICKY_EN, 'approved', '0.875', TRICKY_NOTE],
      ['الأولى. الثانية.', 'First and second.', 'unreviewed', '0.500', ''],
      ['مرفوض.', 'Rejected.', 'rejected', '0.200', ''],
      ['معدَّل.', EDITED_EN, 'approved', '0.950', ''],
    ]);
  });

  it('quotes a field holding a bare CR, which readers would otherwise take for a record end', () => {
    const project = projectFromPairs([{ ar: ['سطر'], en: ['one\rtwo'], note: 'a,b' }]);
    const [file] = texts(exportPairs(project, 'csv', { all: true, toolVersion: '1' }));
    const rows = runPythonJson<string[][]>('import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))', file.content);
    assert.deepEqual(rows[1], ['سطر', 'one\rtwo', 'unreviewed', '0.900', 'a,b']);
  });

  it('ends every record with CRLF and quotes only the fields that need it', () => {
    const [file] = exported('csv', false);
    const lines = file.content.split('\r\n');
    assert.equal(lines[0], 'ar,en,status,confidence,note');
    assert.equal(lines.at(-2), `معدَّل.,"${EDITED_EN}",approved,0.950,`);
    assert.equal(lines.at(-1), '');
  });
});

describe('TSV export', () => {
  it('has one line per pair and five columns, tabs and line breaks inside text turned into spaces', () => {
    const [file] = exported('tsv', true);
    assert.equal(file.suffix, '.tsv');
    const rows = runPythonJson<string[][]>(
      'import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline=""), delimiter="\\t", quoting=csv.QUOTE_NONE))))',
      file.content,
    );
    assert.deepEqual(rows, [
      ['ar', 'en', 'status', 'confidence', 'note'],
      [TRICKY_AR, oneLine(TRICKY_EN), 'approved', '0.875', oneLine(TRICKY_NOTE)],
      ['الأولى. الثانية.', 'First and second.', 'unreviewed', '0.500', ''],
      ['مرفوض.', 'Rejected.', 'rejected', '0.200', ''],
      ['معدَّل.', EDITED_EN, 'approved', '0.950', ''],
    ]);
    assert.equal(file.content.split('\n').length, 6, 'header + 4 pairs + final newline');
  });
});

describe('JSONL export', () => {
  interface Line { id: string; type: string; ar: string; en: string; en_original: string; status: string; confidence: number; note: string; reasons: string[] }
  const parse = (content: string): Line[] => content.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Line);

  it('carries every bead in document order with all fields, one-sided and empty ones too', () => {
    const [file] = exported('jsonl', true);
    assert.equal(file.suffix, '.jsonl');
    assert.ok(file.content.endsWith('\n'));
    const lines = parse(file.content);
    assert.deepEqual(lines.map((line) => line.type), ['1-1', '2-1', '1-0', '1-1', '1-1', '0-0']);
    assert.deepEqual(lines[0], {
      id: lines[0].id, type: '1-1', ar: TRICKY_AR, en: TRICKY_EN, en_original: TRICKY_EN, status: 'approved',
      confidence: 0.875, note: TRICKY_NOTE, reasons: [],
    });
    assert.equal(lines[1].ar, 'الأولى. الثانية.', 'sentences joined by one space');
    assert.deepEqual(lines[1].reasons, ['2-1 pair']);
    assert.equal(lines[2].en, '', 'a missing side is an empty string');
    assert.equal(lines[4].en, EDITED_EN);
    assert.equal(lines[4].en_original, 'Edited.');
    assert.deepEqual([lines[5].ar, lines[5].en, lines[5].en_original], ['', '', '']);
  });

  it('by default carries the approved beads, one-sided ones included', () => {
    assert.deepEqual(parse(exported('jsonl', false)[0].content).map((line) => line.type), ['1-1', '1-0', '1-1']);
  });
});

describe('Moses export', () => {
  it('writes .ar and .en files whose lines pair up', () => {
    const files = exported('moses', true);
    assert.deepEqual(files.map((file) => file.suffix), ['.ar', '.en']);
    const [ar, en] = files.map((file) => file.content.split('\n'));
    assert.equal(ar.length, 5);
    assert.equal(en.length, 5);
    assert.deepEqual(ar, [TRICKY_AR, 'الأولى. الثانية.', 'مرفوض.', 'معدَّل.', '']);
    assert.deepEqual(en, [oneLine(TRICKY_EN), 'First and second.', 'Rejected.', EDITED_EN, '']);
  });

  it('writes two empty files when nothing is selected', () => {
    const project = exportProject();
    for (const bead of project.beads) bead.status = 'rejected';
    assert.deepEqual(texts(exportPairs(project, 'moses', { all: false, toolVersion: '1' })).map((file) => file.content), ['', '']);
  });
});

describe('export selection', () => {
  it('counts what each format writes, reviewed only or all', () => {
    const project = exportProject();
    const counts = Object.fromEntries(EXPORT_FORMATS.map((info) => [
      info.format, [selectExportBeads(project, info.format, false).length, selectExportBeads(project, info.format, true).length],
    ]));
    assert.deepEqual(counts, { tmx: [2, 4], xliff: [2, 4], tsv: [2, 4], csv: [2, 4], jsonl: [3, 6], moses: [2, 4] });
  });

  it('refuses an unknown format with the list of known ones', () => {
    assert.throws(() => exportPairs(exportProject(), 'docx' as ExportFormat, { all: true, toolVersion: '1' }),
      { name: 'ExportError', message: /unknown export format "docx" \(expected one of tmx, xliff, tsv, csv, jsonl, moses\)/ });
  });
});
