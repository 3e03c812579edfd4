import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentProject, documentRanges, joinProjects, projectAlignment } from '../../../../main/core/project/documents';
import { parseProject, ProjectFileError, serializeProject } from '../../../../main/core/project/file';
import { createEditContext } from '../../../../main/core/pipeline';
import { EditHistory } from '../../../../main/core/project/history';
import { planEdit, ProjectEditError } from '../../../../main/core/project/operations';
import { MANY_DOCUMENTS_VERSION, PROJECT_VERSION, type Project } from '../../../../main/core/project/types';
import { FIXED_DATE, projectFromPairs } from '../../../helpers/project-builder';

const chapterOne = () => projectFromPairs([
  { ar: ['الفصل الأول.'], en: ['Chapter one.'], status: 'approved' },
  { ar: ['جملة أولى.', 'جملة ثانية.'], en: ['First and second sentence.'] },
], 'ch01');
const chapterTwo = () => projectFromPairs([
  { ar: ['الفصل الثاني.'], en: ['Chapter two.'] },
  { ar: ['نهاية.'], en: ['The end.'], confidence: 0.2, reasons: ['numbers differ'] },
], 'ch02');

const book = (): Project => joinProjects('Book', [{ id: 'ch01', project: chapterOne() }, { id: 'ch02', project: chapterTwo() }], FIXED_DATE);

describe('many-document projects', () => {
  it('joins one-document projects: every pair kept, in order, named by its document, ids unique', () => {
    const project = book();
    assert.deepEqual(project.documents?.map((document) => document.id), ['ch01', 'ch02']);
    assert.deepEqual(project.beads.map((bead) => bead.document), ['ch01', 'ch01', 'ch02', 'ch02']);
    assert.deepEqual(project.beads.map((bead) => bead.en.map((s) => s.text).join(' ')), ['Chapter one.', 'First and second sentence.', 'Chapter two.', 'The end.']);
    assert.equal(project.beads[0].status, 'approved');
    const ids = project.beads.flatMap((bead) => [bead.id, ...bead.ar.map((s) => s.id), ...bead.en.map((s) => s.id)]);
    assert.equal(new Set(ids).size, ids.length, 'no id is used twice');
    assert.ok(ids.every((id) => Number(id.slice(1)) < project.nextId));
    assert.deepEqual(documentRanges(project), [{ id: 'ch01', start: 0, end: 2 }, { id: 'ch02', start: 2, end: 4 }]);
  });

  it('saves as version 3 and reads back the same project', () => {
    const project = book();
    const text = serializeProject(project);
    assert.match(text, new RegExp(`"version": ${MANY_DOCUMENTS_VERSION},`));
    assert.deepEqual(parseProject(text, 'book.muqabala'), project);
  });

  it('keeps writing a one-document project as version 2, as before (older versions still open it)', () => {
    const single = chapterOne();
    const text = serializeProject(single);
    assert.match(text, new RegExp(`"version": ${PROJECT_VERSION},`));
    assert.doesNotMatch(text, /"documents"|"document"/);
    const read = parseProject(text, 'one.muqabala');
    assert.equal(read.documents, undefined);
    assert.deepEqual(read, single);
  });

  it('opens a version 1 file (no format fields) unchanged', () => {
    const record = JSON.parse(serializeProject(chapterOne()));
    record.version = 1;
    for (const side of ['ar', 'en']) record.sources[side] = { fileName: record.sources[side].fileName, encoding: 'utf-8', text: record.sources[side].text };
    const read = parseProject(JSON.stringify(record), 'old.muqabala');
    assert.equal(read.documents, undefined);
    assert.equal(read.beads.length, 2);
    assert.equal(read.sources.ar.format, undefined);
  });

  it('refuses a version 3 file whose pairs name an unknown document, or interleave two documents', () => {
    const record = JSON.parse(serializeProject(book()));
    record.beads[3].document = 'ch09';
    assert.throws(() => parseProject(JSON.stringify(record), 'b.muqabala'), (error: unknown) =>
      error instanceof ProjectFileError && /beads\[3\]\.document must name one of the project's documents/.test(error.message));
    const interleaved = JSON.parse(serializeProject(book()));
    [interleaved.beads[1], interleaved.beads[2]] = [interleaved.beads[2], interleaved.beads[1]];
    assert.throws(() => parseProject(JSON.stringify(interleaved), 'b.muqabala'), /beads\[2\] belongs to "ch01", whose pairs must come before those of "ch02"/);
  });

  it('checks a sentence range against its own document\'s text', () => {
    const record = JSON.parse(serializeProject(book()));
    const shortText = record.documents[1].sources.en.text.length;
    record.beads[3].en[0].source = [0, shortText + 1];
    assert.throws(() => parseProject(JSON.stringify(record), 'b.muqabala'), /beads\[3\]\.en\[0\]\.source must be \[start, end\] within the source text/);
  });

  it('keeps edits inside a document: no merge or sentence move across a boundary, new pairs join their document', () => {
    const project = book();
    const history = new EditHistory();
    assert.throws(() => planEdit(project, { kind: 'merge-with-next', beadId: project.beads[1].id }), (error: unknown) =>
      error instanceof ProjectEditError && /cannot merge with the next document/.test(error.message));
    assert.throws(() => planEdit(project, { kind: 'move-sentence', beadId: project.beads[2].id, side: 'en', which: 'first' }), /cannot pass a sentence to another document/);
    assert.throws(() => planEdit(project, { kind: 'realign', fromBeadId: project.beads[1].id, toBeadId: project.beads[2].id }), /two documents cannot be re-aligned together/);
    history.apply(project, planEdit(project, { kind: 'split-pair', beadId: project.beads[1].id, arIndex: 1, enIndex: 1 }));
    assert.deepEqual(project.beads.map((bead) => bead.document), ['ch01', 'ch01', 'ch01', 'ch02', 'ch02']);
    history.apply(project, planEdit(project, { kind: 'insert-empty', index: 3 }));
    assert.equal(project.beads[3].document, 'ch01', 'a pair inserted after a document\'s last pair belongs to that document');
    history.apply(project, planEdit(project, { kind: 'merge-with-next', beadId: project.beads[4].id }));
    assert.deepEqual(project.beads.map((bead) => bead.document), ['ch01', 'ch01', 'ch01', 'ch01', 'ch02']);
    assert.doesNotThrow(() => parseProject(serializeProject(project), 'edited.muqabala'));
  });

  it('re-aligns the unreviewed pairs of each document on their own (the real aligner)', () => {
    const project = book();
    const sentencesOf = (document: string) => project.beads.filter((bead) => bead.document === document)
      .flatMap((bead) => [...bead.ar, ...bead.en].map((sentence) => sentence.text)).sort();
    const before = { ch01: sentencesOf('ch01'), ch02: sentencesOf('ch02') };
    new EditHistory().apply(project, planEdit(project, { kind: 'realign-unreviewed' }, createEditContext(project)));
    assert.deepEqual({ ch01: sentencesOf('ch01'), ch02: sentencesOf('ch02') }, before, 'no sentence changed document');
    assert.deepEqual(documentRanges(project).map((range) => range.id), ['ch01', 'ch02']);
    assert.doesNotThrow(() => parseProject(serializeProject(project), 'realigned.muqabala'));
  });

  it('gives one document as a one-document project (its sources, its pairs) for exporting it alone', () => {
    const project = book();
    const second = documentProject(project, 'ch02');
    assert.equal(second.documents, undefined);
    assert.equal(second.sources.en.text, project.documents?.[1].sources.en.text);
    assert.deepEqual(second.beads.map((bead) => bead.id), project.beads.slice(2).map((bead) => bead.id));
    assert.equal(documentProject(project), project);
    assert.throws(() => documentProject(project, 'ch03'), /no document "ch03"/);
  });

  it('scores the whole project from every document, each weighted by its pairs (not the first document alone)', () => {
    const one = chapterOne();
    one.alignment = { ...one.alignment, matchScore: 0.9 };
    const two = chapterTwo();
    two.beads.push(...projectFromPairs([{ ar: ['زيادة.'], en: ['More.'] }, { ar: ['أخرى.'], en: ['Another.'] }], 'ch02').beads.map((bead, k) => ({ ...bead, id: `b${90 + k}` })));
    two.alignment = { ...two.alignment, matchScore: 0.3 };
    const project = joinProjects('Book', [{ id: 'ch01', project: one }, { id: 'ch02', project: two }], FIXED_DATE);
    // 2 pairs at 0.9 and 4 at 0.3.
    assert.ok(Math.abs(projectAlignment(project).matchScore - (2 * 0.9 + 4 * 0.3) / 6) < 1e-12);
    assert.match(projectAlignment(project).matchReason ?? '', /2 documents/);
    assert.equal(projectAlignment(one), one.alignment);
  });
});
