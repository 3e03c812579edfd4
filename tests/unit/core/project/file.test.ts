import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseProject, ProjectFileError, serializeProject } from '../../../../main/core/project/file';
import { MANY_DOCUMENTS_VERSION, PROJECT_VERSION } from '../../../../main/core/project/types';
import { projectFromPairs } from '../../../helpers/project-builder';

const sample = () => projectFromPairs([
  { ar: ['قالَ "الوزيرُ": <نعم> & لا.'], en: ['He said "yes" & <no>.\tTab\nnewline'], status: 'approved', note: 'a "note"\nwith two lines' },
  { ar: ['اترك رد'], en: [], confidence: 0.25, reasons: ['one side only'] },
  { ar: [], en: [], status: 'rejected' },
]);

function rejects(json: string, message: RegExp): void {
  assert.throws(() => parseProject(json, 'broken.muqabala'), (error: unknown) => {
    assert.ok(error instanceof ProjectFileError, String(error));
    assert.match(error.message, /"broken\.muqabala"/, 'the message names the file');
    assert.match(error.message, message);
    return true;
  });
}

function mutated(change: (record: Record<string, any>) => void): string {
  const record = JSON.parse(serializeProject(sample()));
  change(record);
  return JSON.stringify(record);
}

describe('project file', () => {
  it('round-trips a project exactly', () => {
    const project = sample();
    assert.deepEqual(parseProject(serializeProject(project), 'x.muqabala'), project);
  });

  it('writes one bead per line, format and version first, so that a review diffs line by line', () => {
    const text = serializeProject(sample());
    const lines = text.split('\n');
    assert.equal(lines[1], '  "format": "muqabala-project",');
    assert.equal(lines[2], `  "version": ${PROJECT_VERSION},`);
    assert.equal(lines.filter((line) => line.startsWith('    {"id":"b')).length, 3);
    const project = sample();
    project.beads[1].status = 'approved';
    const changed = serializeProject(project).split('\n');
    assert.deepEqual(changed.filter((line, i) => line !== lines[i]).length, 1, 'changing one bead changes one line');
  });

  it('reads a file that starts with a byte-order mark', () => {
    assert.deepEqual(parseProject(`\ufeff${serializeProject(sample())}`, 'x'), sample());
  });

  it('drops fields it does not know', () => {
    const project = parseProject(mutated((record) => { record.extra = 1; record.beads[0].colour = 'red'; }), 'x');
    assert.equal('extra' in project, false);
    assert.equal('colour' in project.beads[0], false);
  });

  it('rejects what is not a project with a clear message', () => {
    rejects('{"format": "muqabala-project", "vers', /not valid JSON/);
    rejects('', /not valid JSON/);
    rejects('[1, 2]', /not a Muqabala project/);
    rejects('{"format": "something-else", "version": 1}', /not a Muqabala project \(its "format" field is "something-else"\)/);
  });

  it('rejects a file from a newer version', () => {
    rejects(mutated((record) => { record.version = MANY_DOCUMENTS_VERSION + 1; }),
      new RegExp(`was saved by a newer version of Muqabala \\(file version ${MANY_DOCUMENTS_VERSION + 1}, this version reads up to ${MANY_DOCUMENTS_VERSION}\\)`));
  });

  it('names the missing or ill-typed field', () => {
    rejects(mutated((record) => { delete record.name; }), /name must be text \(it is missing\)/);
    rejects(mutated((record) => { record.version = 0; }), /version must be a whole number of at least 1/);
    rejects(mutated((record) => { record.beads = {}; }), /beads must be a list/);
    rejects(mutated((record) => { record.beads[1].status = 'done'; }), /beads\[1\]\.status must be one of unreviewed, approved, rejected/);
    rejects(mutated((record) => { record.beads[0].confidence = 1.5; }), /beads\[0\]\.confidence must be between 0 and 1/);
    rejects(mutated((record) => { record.beads[0].en[0].text = null; }), /beads\[0\]\.en\[0\]\.text must be text/);
    rejects(mutated((record) => { record.beads[0].ar[0].source = [5, 2]; }), /beads\[0\]\.ar\[0\]\.source must be \[start, end\] within the source text/);
    rejects(mutated((record) => { record.beads[0].ar[0].source = [0, 99999]; }), /within the source text/);
    rejects(mutated((record) => { record.beads[0].reasons = [1]; }), /beads\[0\]\.reasons\[0\] must be text/);
    rejects(mutated((record) => { record.alignment.matchScore = 'high'; }), /alignment\.matchScore must be a number/);
    rejects(mutated((record) => { delete record.sources.en; }), /sources\.en must be an object \(it is missing\)/);
  });

  it('rejects repeated ids and ids the next edit would hand out again', () => {
    rejects(mutated((record) => { record.beads[1].id = record.beads[0].id; }), /beads\[1\] repeats the id/);
    rejects(mutated((record) => { record.nextId = 2; }), /not below nextId \(2\)/);
  });
});
