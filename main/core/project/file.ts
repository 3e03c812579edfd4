// The project file: versioned JSON, laid out to diff well (one bead per line),
// and the one validator that every project read from disk goes through.

import { CHECK_NAMES, type CheckName, type GlossaryEntry, type QaSettings } from '../qa/types';
import {
  MANY_DOCUMENTS_VERSION, PROJECT_FORMAT, PROJECT_VERSION, REVIEW_STATUSES,
  type AlignmentSummary, type Bead, type BilingualOrigin, type DocumentFormat, type DocumentImportReport, type ParagraphKind, type Project,
  type ProjectDocument, type ReviewStatus, type Sentence, type SourceDocument, type SourceParagraph,
} from './types';
import { inPieces, joinPieces, PIECE_CHARACTERS } from '../text/pieces';

type Sources = { ar: SourceDocument; en: SourceDocument };

const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['text', 'docx', 'odt', 'html', 'pdf', 'markdown', 'srt', 'vtt'];
const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['paragraph', 'heading', 'list-item', 'table-cell', 'footnote', 'cue'];

/** A project file that cannot be read; the message names the file and says what is wrong. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
}

/**
 * The project as JSON text. Top-level fields one per line, then one bead per
 * line, then the two source texts: a review session shows up in `git diff` as
 * the lines of the beads that changed.
 */
export function serializeProject(project: Project): string {
  return joinPieces(projectChunks(project));
}

/**
 * The text serializeProject returns, in pieces, so a large project is written
 * without ever being held whole: one string for the file, its bead lines and
 * the file's bytes took `align --project` at 100,000 pairs to 1.15 GB (0.44 GB
 * without the project), in pieces 0.59 GB.
 */
export function* projectChunks(project: Project): Generator<string> {
  const field = (key: string, value: unknown): string => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  const sourcesLines = (sources: Sources, indent: string): string =>
    `{\n${indent}${field('ar', sourceRecord(sources.ar))},\n${indent}${field('en', sourceRecord(sources.en))}\n${indent}}`;
  // A many-document project: one document per block (its id and alignment on one line, then its two sources).
  const documents = project.documents?.map((document) => [
    '    {',
    `      ${JSON.stringify('id')}: ${JSON.stringify(document.id)},`,
    `      ${JSON.stringify('alignment')}: ${JSON.stringify(alignmentRecord(document.alignment))},`,
    `      "sources": ${sourcesLines(document.sources, '      ')}`,
    '    }',
  ].join('\n'));
  const head = [
    field('format', PROJECT_FORMAT),
    field('version', documents ? MANY_DOCUMENTS_VERSION : PROJECT_VERSION),
    field('name', project.name),
    field('created', project.created),
    field('modified', project.modified),
    field('nextId', project.nextId),
    ...(documents ? [] : [field('alignment', alignmentRecord(project.alignment))]),
    ...(project.qa ? [field('qa', qaRecord(project.qa))] : []),
  ];
  yield `{\n${head.join(',\n')},\n`;
  if (project.beads.length === 0) yield '  "beads": []';
  else yield* inPieces(beadLines(project.beads));
  if (project.bilingual) yield `,\n${field('bilingual', bilingualRecord(project.bilingual))}`;
  if (documents) {
    yield `,\n  "documents": [\n${documents.join(',\n')}\n  ]\n}\n`;
  } else {
    yield ',\n  "sources": {\n    "ar": ';
    yield* sourceChunks(project.sources.ar);
    yield ',\n    "en": ';
    yield* sourceChunks(project.sources.en);
    yield '\n  }\n}\n';
  }
}

/** The beads' array, one bead per line. */
function* beadLines(beads: Bead[]): Generator<string> {
  yield '  "beads": [\n';
  const last = beads.length - 1;
  for (let index = 0; index <= last; index++) yield `    ${JSON.stringify(beadRecord(beads[index]))}${index === last ? '\n  ]' : ',\n'}`;
}

/**
 * One source as JSON (what JSON.stringify(sourceRecord(source)) gives), its
 * text in pieces: the text of a long book is the largest string of a project.
 */
function* sourceChunks(source: SourceDocument): Generator<string> {
  const record = JSON.stringify({ ...sourceRecord(source), text: '' });
  // The record's strings are escaped, so the first unescaped "text":"" is the key itself.
  const hole = record.indexOf('"text":""') + '"text":"'.length;
  yield record.slice(0, hole);
  const text = source.text;
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + PIECE_CHARACTERS);
    // Never cut between the two halves of a surrogate pair: each half alone would be written as an escape.
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end++;
    yield JSON.stringify(text.slice(start, end)).slice(1, -1);
    start = end;
  }
  yield record.slice(hole);
}

/** Parses and validates a project file's text; fileName is only used in error messages. */
export function parseProject(json: string, fileName: string): Project {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    throw new ProjectFileError(`"${fileName}" is not a Muqabala project: it is not valid JSON (${(error as Error).message})`);
  }
  return validateProject(value, fileName);
}

/** Checks every field of an untrusted value and returns a clean Project (unknown fields dropped). */
export function validateProject(value: unknown, fileName: string): Project {
  const fail = (problem: string): never => {
    throw new ProjectFileError(`"${fileName}" is not a valid Muqabala project: ${problem}`);
  };
  const reader = new FieldReader(fail);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProjectFileError(`"${fileName}" is not a Muqabala project (it holds ${Array.isArray(value) ? 'a list' : JSON.stringify(value)?.slice(0, 40)}, not a project)`);
  }
  const root = value as Record<string, unknown>;
  if (root.format !== PROJECT_FORMAT) {
    throw new ProjectFileError(`"${fileName}" is not a Muqabala project (its "format" field is ${JSON.stringify(root.format) ?? 'missing'})`);
  }
  const version = reader.integer(root.version, 'version', 1);
  if (version > MANY_DOCUMENTS_VERSION) {
    throw new ProjectFileError(
      `"${fileName}" was saved by a newer version of Muqabala (file version ${version}, this version reads up to ${MANY_DOCUMENTS_VERSION}); update Muqabala to open it`,
    );
  }
  // Version 3 may hold many documents; versions 1 and 2 hold one, at the top level.
  const documents = version >= MANY_DOCUMENTS_VERSION && root.documents !== undefined ? readDocuments(reader, root.documents) : undefined;
  const sources = documents ? documents[0].sources : readSources(reader, root.sources, 'sources');
  const alignment = documents ? documents[0].alignment : readAlignment(reader, root.alignment, 'alignment');
  const sourcesOf = new Map(documents?.map((document) => [document.id, document.sources]));
  const documentOrder = new Map(documents?.map((document, index) => [document.id, index]));
  let lastDocument = 0;
  const beadSources = (documentId: unknown, where: string): Sources => {
    if (!documents) {
      if (documentId !== undefined) fail(`${where}.document names a document, but the project has no "documents" list`);
      return sources;
    }
    if (typeof documentId !== 'string' || !sourcesOf.has(documentId)) fail(`${where}.document must name one of the project's documents (found ${JSON.stringify(documentId) ?? 'nothing'})`);
    const order = documentOrder.get(documentId as string) as number;
    // A document's pairs are one run, in the documents' order: edits never cross from one document into another.
    if (order < lastDocument) fail(`${where} belongs to "${documentId as string}", whose pairs must come before those of "${documents[lastDocument].id}"`);
    lastDocument = order;
    return sourcesOf.get(documentId as string) as Sources;
  };
  const nextId = reader.integer(root.nextId, 'nextId', 1);
  const beadValues = reader.array(root.beads, 'beads');
  const seenIds = new Set<string>();
  const checkId = (id: string, where: string): void => {
    if (seenIds.has(id)) fail(`${where} repeats the id "${id}"`);
    seenIds.add(id);
    // Ids the app hands out are a letter and a number below nextId; a file that breaks this would get duplicate ids on the next edit.
    const number = /^[sb](\d+)$/.exec(id);
    if (number && Number(number[1]) >= nextId) fail(`${where} has the id "${id}", not below nextId (${nextId})`);
  };
  const beads = beadValues.map((beadValue, index) => readBead(reader, beadValue, `beads[${index}]`, beadSources, checkId));
  const bilingual = root.bilingual === undefined ? undefined : readBilingual(reader, root.bilingual, 'bilingual');
  const project: Project = {
    ...(bilingual ? { bilingual } : {}),
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: reader.string(root.name, 'name'),
    created: reader.string(root.created, 'created'),
    modified: reader.string(root.modified, 'modified'),
    sources,
    alignment,
    ...(documents ? { documents } : {}),
    beads,
    nextId,
  };
  // Projects saved before the quality checks have no "qa" field.
  if (root.qa !== undefined) project.qa = readQaSettings(reader, root.qa);
  return project;
}

function readSources(reader: FieldReader, value: unknown, where: string): Sources {
  const record = reader.object(value, where);
  return { ar: readSource(reader, record.ar, `${where}.ar`), en: readSource(reader, record.en, `${where}.en`) };
}

function readAlignment(reader: FieldReader, value: unknown, where: string): AlignmentSummary {
  const record = reader.object(value, where);
  const alignment: AlignmentSummary = {
    matchScore: reader.number(record.matchScore, `${where}.matchScore`),
    lengthRatio: reader.number(record.lengthRatio, `${where}.lengthRatio`),
    lengthVariance: reader.number(record.lengthVariance, `${where}.lengthVariance`),
  };
  if (record.matchReason !== undefined) alignment.matchReason = reader.string(record.matchReason, `${where}.matchReason`);
  return alignment;
}

function readDocuments(reader: FieldReader, value: unknown): ProjectDocument[] {
  const list = reader.array(value, 'documents');
  if (list.length === 0) reader.fail('documents must list at least one document');
  const seen = new Set<string>();
  return list.map((item, index) => {
    const where = `documents[${index}]`;
    const record = reader.object(item, where);
    const id = reader.string(record.id, `${where}.id`);
    if (id === '' || seen.has(id)) reader.fail(`${where}.id must be a name used by no other document (found ${JSON.stringify(id)})`);
    seen.add(id);
    return { id, sources: readSources(reader, record.sources, `${where}.sources`), alignment: readAlignment(reader, record.alignment, `${where}.alignment`) };
  });
}

function readQaSettings(reader: FieldReader, value: unknown): QaSettings {
  const record = reader.object(value, 'qa');
  const strings = (list: unknown, where: string): string[] => reader.array(list, where).map((item, index) => reader.string(item, `${where}[${index}]`));
  const disabled = strings(record.disabled, 'qa.disabled');
  for (const name of disabled) {
    if (!(CHECK_NAMES as readonly string[]).includes(name)) reader.fail(`qa.disabled names an unknown check "${name}"`);
  }
  const glossary = reader.array(record.glossary, 'qa.glossary').map((entryValue, index): GlossaryEntry => {
    const where = `qa.glossary[${index}]`;
    const entry = reader.object(entryValue, where);
    const source = entry.source === 'lexicon' ? 'lexicon' : 'glossary';
    return {
      arabic: reader.string(entry.arabic, `${where}.arabic`),
      english: strings(entry.english, `${where}.english`),
      forbidden: strings(entry.forbidden, `${where}.forbidden`),
      source,
    };
  });
  const lexicon = reader.array(record.lexicon, 'qa.lexicon').map((pairValue, index): [string, string] => {
    const pair = strings(pairValue, `qa.lexicon[${index}]`);
    if (pair.length !== 2) reader.fail(`qa.lexicon[${index}] must be [arabic, english]`);
    return [pair[0], pair[1]];
  });
  return { disabled: disabled as CheckName[], wordList: strings(record.wordList, 'qa.wordList'), glossary, lexicon };
}

function qaRecord(qa: QaSettings): QaSettings {
  return {
    disabled: [...qa.disabled],
    wordList: [...qa.wordList],
    glossary: qa.glossary.map((entry) => ({ arabic: entry.arabic, english: entry.english, forbidden: entry.forbidden, source: entry.source })),
    lexicon: qa.lexicon.map(([arabic, english]) => [arabic, english]),
  };
}

function readSource(reader: FieldReader, value: unknown, where: string): SourceDocument {
  const record = reader.object(value, where);
  const source: SourceDocument = {
    fileName: reader.string(record.fileName, `${where}.fileName`),
    encoding: reader.string(record.encoding, `${where}.encoding`),
    text: reader.string(record.text, `${where}.text`),
  };
  // Version 2 fields; a version 1 file has none of them and reads as plain text.
  if (record.format !== undefined) {
    if (!DOCUMENT_FORMATS.includes(record.format as DocumentFormat)) {
      reader.fail(`${where}.format must be one of ${DOCUMENT_FORMATS.join(', ')} (found ${JSON.stringify(record.format)})`);
    }
    source.format = record.format as DocumentFormat;
  }
  if (record.checksum !== undefined) source.checksum = reader.string(record.checksum, `${where}.checksum`);
  if (record.paragraphs !== undefined) {
    source.paragraphs = reader.array(record.paragraphs, `${where}.paragraphs`)
      .map((paragraph, index) => readParagraph(reader, paragraph, `${where}.paragraphs[${index}]`, source.text.length));
  }
  if (record.importReport !== undefined) source.importReport = readImportReport(reader, record.importReport, `${where}.importReport`);
  if (record.wordStyles !== undefined) source.wordStyles = reader.string(record.wordStyles, `${where}.wordStyles`);
  return source;
}

const BILINGUAL_FORMATS = ['xliff-1.2', 'xliff-2.0', 'tmx', 'tsv', 'csv'] as const;

function readBilingual(reader: FieldReader, value: unknown, where: string): BilingualOrigin {
  const record = reader.object(value, where);
  if (!BILINGUAL_FORMATS.includes(record.format as BilingualOrigin['format'])) {
    reader.fail(`${where}.format must be one of ${BILINGUAL_FORMATS.join(', ')} (found ${JSON.stringify(record.format)})`);
  }
  if (record.arabicSide !== 'source' && record.arabicSide !== 'target') reader.fail(`${where}.arabicSide must be "source" or "target"`);
  const origin: BilingualOrigin = {
    format: record.format as BilingualOrigin['format'],
    fileName: reader.string(record.fileName, `${where}.fileName`),
    arabicSide: record.arabicSide as 'source' | 'target',
    units: reader.array(record.units, `${where}.units`).map((unit, index) => {
      const entry = reader.object(unit, `${where}.units[${index}]`);
      return { key: reader.string(entry.key, `${where}.units[${index}].key`), bead: reader.string(entry.bead, `${where}.units[${index}].bead`) };
    }),
  };
  if (record.text !== undefined) origin.text = reader.string(record.text, `${where}.text`);
  return origin;
}

function bilingualRecord(origin: BilingualOrigin): BilingualOrigin {
  const record: BilingualOrigin = { format: origin.format, fileName: origin.fileName, arabicSide: origin.arabicSide, units: origin.units };
  if (origin.text !== undefined) record.text = origin.text;
  return record;
}

function readParagraph(reader: FieldReader, value: unknown, where: string, textLength: number): SourceParagraph {
  const record = reader.object(value, where);
  const start = reader.integer(record.start, `${where}.start`, 0);
  const end = reader.integer(record.end, `${where}.end`, 0);
  if (start > end || end > textLength) reader.fail(`${where} must lie within the source text (found ${start}-${end})`);
  if (!PARAGRAPH_KINDS.includes(record.kind as ParagraphKind)) {
    reader.fail(`${where}.kind must be one of ${PARAGRAPH_KINDS.join(', ')} (found ${JSON.stringify(record.kind)})`);
  }
  const paragraph: SourceParagraph = { start, end, kind: record.kind as ParagraphKind };
  if (record.style !== undefined) paragraph.style = reader.string(record.style, `${where}.style`);
  if (record.rtl !== undefined) {
    if (typeof record.rtl !== 'boolean') reader.fail(`${where}.rtl must be true or false`);
    paragraph.rtl = record.rtl as boolean;
  }
  if (record.time !== undefined) {
    const time = reader.array(record.time, `${where}.time`).map((bound, index) => reader.integer(bound, `${where}.time[${index}]`, 0));
    if (time.length !== 2) reader.fail(`${where}.time must be [start, end]`);
    paragraph.time = [time[0], time[1]];
  }
  return paragraph;
}

function readImportReport(reader: FieldReader, value: unknown, where: string): DocumentImportReport {
  const record = reader.object(value, where);
  return {
    paragraphs: reader.integer(record.paragraphs, `${where}.paragraphs`, 0),
    footnotes: reader.integer(record.footnotes, `${where}.footnotes`, 0),
    dropped: reader.array(record.dropped, `${where}.dropped`).map((item, index) => {
      const entry = reader.object(item, `${where}.dropped[${index}]`);
      return { what: reader.string(entry.what, `${where}.dropped[${index}].what`), count: reader.integer(entry.count, `${where}.dropped[${index}].count`, 0) };
    }),
  };
}

function readBead(
  reader: FieldReader, value: unknown, where: string,
  sourcesFor: (documentId: unknown, where: string) => Sources, checkId: (id: string, where: string) => void,
): Bead {
  const record = reader.object(value, where);
  const id = reader.string(record.id, `${where}.id`);
  checkId(id, where);
  const sources = sourcesFor(record.document, where);
  const readSide = (side: 'ar' | 'en'): Sentence[] => reader.array(record[side], `${where}.${side}`)
    .map((sentenceValue, index) => readSentence(reader, sentenceValue, `${where}.${side}[${index}]`, sources[side].text.length, checkId));
  const ar = readSide('ar');
  const en = readSide('en');
  const status = record.status;
  if (!REVIEW_STATUSES.includes(status as ReviewStatus)) {
    reader.fail(`${where}.status must be one of ${REVIEW_STATUSES.join(', ')} (found ${JSON.stringify(status) ?? 'nothing'})`);
  }
  const confidence = reader.number(record.confidence, `${where}.confidence`);
  if (confidence < 0 || confidence > 1) reader.fail(`${where}.confidence must be between 0 and 1 (found ${confidence})`);
  const bead: Bead = {
    id, ar, en,
    status: status as ReviewStatus,
    note: reader.string(record.note, `${where}.note`),
    confidence,
    reasons: reader.array(record.reasons, `${where}.reasons`).map((reason, index) => reader.string(reason, `${where}.reasons[${index}]`)),
  };
  // Beads saved before the quality checks have no "ignoredFindings".
  if (record.ignoredFindings !== undefined) {
    const keys = reader.array(record.ignoredFindings, `${where}.ignoredFindings`).map((key, index) => reader.string(key, `${where}.ignoredFindings[${index}]`));
    if (keys.length > 0) bead.ignoredFindings = keys;
  }
  if (record.document !== undefined) bead.document = record.document as string;
  return bead;
}

function readSentence(
  reader: FieldReader, value: unknown, where: string, sourceLength: number, checkId: (id: string, where: string) => void,
): Sentence {
  const record = reader.object(value, where);
  const id = reader.string(record.id, `${where}.id`);
  checkId(id, where);
  let source: [number, number] | null = null;
  if (record.source !== null) {
    const range = reader.array(record.source, `${where}.source`);
    const [start, end] = range.map((bound, index) => reader.integer(bound, `${where}.source[${index}]`, 0));
    if (range.length !== 2 || start > end || end > sourceLength) {
      reader.fail(`${where}.source must be [start, end] within the source text (found ${JSON.stringify(record.source)})`);
    }
    source = [start, end];
  }
  const sentence: Sentence = { id, text: reader.string(record.text, `${where}.text`), original: reader.string(record.original, `${where}.original`), source };
  if (record.importedAs !== undefined) sentence.importedAs = reader.string(record.importedAs, `${where}.importedAs`);
  return sentence;
}

/** Typed reads of untrusted JSON, each failing with the path of the field. */
class FieldReader {
  constructor(readonly fail: (problem: string) => never) {}

  object(value: unknown, where: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(`${where} must be an object${found(value)}`);
    return value as Record<string, unknown>;
  }

  array(value: unknown, where: string): unknown[] {
    if (!Array.isArray(value)) this.fail(`${where} must be a list${found(value)}`);
    return value as unknown[];
  }

  string(value: unknown, where: string): string {
    if (typeof value !== 'string') this.fail(`${where} must be text${found(value)}`);
    return value as string;
  }

  number(value: unknown, where: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(`${where} must be a number${found(value)}`);
    return value as number;
  }

  integer(value: unknown, where: string, minimum: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
      this.fail(`${where} must be a whole number of at least ${minimum}${found(value)}`);
    }
    return value as number;
  }
}

function found(value: unknown): string {
  return value === undefined ? ' (it is missing)' : ` (found ${JSON.stringify(value)?.slice(0, 40) ?? typeof value})`;
}

// Records with a fixed key order, so the same project always serialises to the same text.
function beadRecord(bead: Bead): Bead {
  const record: Bead = {
    id: bead.id,
    ar: bead.ar.map(sentenceRecord),
    en: bead.en.map(sentenceRecord),
    status: bead.status,
    note: bead.note,
    confidence: bead.confidence,
    reasons: bead.reasons,
  };
  if (bead.ignoredFindings && bead.ignoredFindings.length > 0) record.ignoredFindings = bead.ignoredFindings;
  if (bead.document !== undefined) record.document = bead.document;
  return record;
}

function sentenceRecord(sentence: Sentence): Sentence {
  const record: Sentence = { id: sentence.id, text: sentence.text, original: sentence.original, source: sentence.source };
  if (sentence.importedAs !== undefined) record.importedAs = sentence.importedAs;
  return record;
}

function alignmentRecord(alignment: AlignmentSummary): AlignmentSummary {
  const record: AlignmentSummary = { matchScore: alignment.matchScore, lengthRatio: alignment.lengthRatio, lengthVariance: alignment.lengthVariance };
  if (alignment.matchReason !== undefined) record.matchReason = alignment.matchReason;
  return record;
}

function sourceRecord(source: SourceDocument): SourceDocument {
  const record: SourceDocument = { fileName: source.fileName, encoding: source.encoding, text: source.text };
  if (source.format !== undefined) record.format = source.format;
  if (source.checksum !== undefined) record.checksum = source.checksum;
  if (source.paragraphs !== undefined) {
    record.paragraphs = source.paragraphs.map((paragraph) => {
      const copy: SourceParagraph = { start: paragraph.start, end: paragraph.end, kind: paragraph.kind };
      if (paragraph.style !== undefined) copy.style = paragraph.style;
      if (paragraph.rtl !== undefined) copy.rtl = paragraph.rtl;
      if (paragraph.time !== undefined) copy.time = paragraph.time;
      return copy;
    });
  }
  if (source.importReport !== undefined) record.importReport = source.importReport;
  if (source.wordStyles !== undefined) record.wordStyles = source.wordStyles;
  return record;
}
