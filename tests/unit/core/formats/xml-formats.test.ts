// TMX and XLIFF, read back by translate-toolkit (what many CAT tools do) and
// checked by xmllint.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportPairs } from '../../../../main/core/formats/index';
import { joinPieces } from '../../../../main/core/text/pieces';
import { EDITED_EN, exportProject, TRICKY_AR, TRICKY_EN, TRICKY_NOTE, withoutXmlIllegal } from '../../../helpers/export-project';
import { runPythonJson, xmllintProblems } from '../../../helpers/python';

const NOW = new Date('2026-11-21T09:30:00.000Z');

function exported(format: 'tmx' | 'xliff', all: boolean): string {
  const files = exportPairs(exportProject(), format, { all, toolVersion: '1.2.3', now: NOW });
  assert.equal(files.length, 1);
  return joinPieces(files[0].pieces);
}

interface ReadUnit { id: string; source: string; target: string; notes: string; props: Record<string, string>; langs: string[] }

const READ_TMX = `
import json, sys
import xml.etree.ElementTree as ET
from translate.storage import tmx
data = sys.stdin.buffer.read()
store = tmx.tmxfile.parsestring(data)
root = ET.fromstring(data)
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
tus = root.findall('./body/tu')
units = []
for unit, tu in zip(store.units, tus):
    units.append({'id': tu.get('tuid'), 'source': unit.source, 'target': unit.target, 'notes': unit.getnotes(),
                  'props': {p.get('type'): p.text for p in tu.findall('prop')},
                  'langs': [tuv.get(XML_LANG) for tuv in tu.findall('tuv')]})
print(json.dumps({'count': len(store.units), 'header': root.find('header').attrib, 'version': root.get('version'), 'units': units}))
`;

const READ_XLIFF = `
import json, sys
import xml.etree.ElementTree as ET
from translate.storage import xliff
data = sys.stdin.buffer.read()
store = xliff.xlifffile.parsestring(data)
NS = {'x': 'urn:oasis:names:tc:xliff:document:1.2'}
root = ET.fromstring(data)
file = root.find('x:file', NS)
units = []
for unit, tu in zip(store.units, file.findall('x:body/x:trans-unit', NS)):
    units.append({'id': unit.getid(), 'source': unit.source, 'target': unit.target, 'notes': unit.getnotes(),
                  'approved': unit.isapproved(), 'state': tu.find('x:target', NS).get('state'),
                  'confidence': tu.get('{urn:x-muqabala:xliff}confidence')})
print(json.dumps({'count': len(store.units), 'file': file.attrib, 'tool': file.find('x:header/x:tool', NS).attrib,
                  'version': root.get('version'), 'units': units}))
`;

describe('TMX export', () => {
  it('is well-formed XML that translate-toolkit reads back exactly (approved pairs by default)', () => {
    const content = exported('tmx', false);
    assert.equal(xmllintProblems(content), '');
    const read = runPythonJson<{ count: number; header: Record<string, string>; version: string; units: ReadUnit[] }>(READ_TMX, content);
    assert.equal(read.version, '1.4');
    assert.deepEqual(read.header, {
      creationtool: 'Muqabala', creationtoolversion: '1.2.3', creationdate: '20261121T093000Z', datatype: 'plaintext',
      segtype: 'sentence', adminlang: 'en', srclang: 'ar', 'o-tmf': 'Muqabala',
    });
    assert.equal(read.count, 2);
    const [tricky, edited] = read.units;
    assert.equal(tricky.source, TRICKY_AR);
    assert.equal(tricky.target, withoutXmlIllegal(TRICKY_EN), 'tabs, newlines, CR, quotes, < and & survive');
    assert.equal(tricky.notes, TRICKY_NOTE);
    assert.deepEqual(tricky.props, { 'x-status': 'approved', 'x-confidence': '0.875' });
    assert.deepEqual(tricky.langs, ['ar', 'en']);
    assert.equal(edited.source, 'معدَّل.');
    assert.equal(edited.target, EDITED_EN, 'the edited English, not the original');
    assert.equal(edited.notes, '');
  });

  it('with all, carries every pair that has both sides, and no one-sided or empty pair', () => {
    const read = runPythonJson<{ units: ReadUnit[] }>(READ_TMX, exported('tmx', true));
    assert.deepEqual(read.units.map((unit) => [unit.source, unit.target, unit.props['x-status']]), [
      [TRICKY_AR, withoutXmlIllegal(TRICKY_EN), 'approved'],
      ['الأولى. الثانية.', 'First and second.', 'unreviewed'],
      ['مرفوض.', 'Rejected.', 'rejected'],
      ['معدَّل.', EDITED_EN, 'approved'],
    ]);
  });
});

describe('XLIFF 1.2 export', () => {
  it('is well-formed XML that translate-toolkit reads back exactly, with states from the review status', () => {
    const content = exported('xliff', true);
    assert.equal(xmllintProblems(content), '');
    const read = runPythonJson<{ count: number; file: Record<string, string>; tool: Record<string, string>; version: string; units: (ReadUnit & { approved: boolean; state: string; confidence: string })[] }>(READ_XLIFF, content);
    assert.equal(read.version, '1.2');
    assert.equal(read.file['source-language'], 'ar');
    assert.equal(read.file['target-language'], 'en');
    assert.equal(read.file.original, 'test.ar.txt');
    assert.equal(read.tool['tool-version'], '1.2.3');
    assert.equal(read.count, 4);
    assert.deepEqual(read.units.map((unit) => [unit.source, unit.target, unit.approved, unit.state]), [
      [TRICKY_AR, withoutXmlIllegal(TRICKY_EN), true, 'final'],
      ['الأولى. الثانية.', 'First and second.', false, 'translated'],
      ['مرفوض.', 'Rejected.', false, 'needs-review-translation'],
      ['معدَّل.', EDITED_EN, true, 'final'],
    ]);
    assert.equal(read.units[0].notes, TRICKY_NOTE);
    assert.equal(read.units[0].confidence, '0.875');
    assert.equal(new Set(read.units.map((unit) => unit.id)).size, 4, 'unit ids are unique');
  });

  it('carries only approved pairs by default', () => {
    const read = runPythonJson<{ units: ReadUnit[] }>(READ_XLIFF, exported('xliff', false));
    assert.deepEqual(read.units.map((unit) => unit.target), [withoutXmlIllegal(TRICKY_EN), EDITED_EN]);
  });
});

describe('XML exports of nothing', () => {
  it('are still valid files with no units', () => {
    const project = exportProject();
    for (const bead of project.beads) bead.status = 'unreviewed';
    for (const format of ['tmx', 'xliff'] as const) {
      const text = joinPieces(exportPairs(project, format, { all: false, toolVersion: '1', now: NOW })[0].pieces);
      assert.equal(xmllintProblems(text), '', format);
      const read = runPythonJson<{ count: number }>(format === 'tmx' ? READ_TMX : READ_XLIFF, text);
      assert.equal(read.count, 0, format);
    }
  });
});
