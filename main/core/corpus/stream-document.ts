// One line of the streaming filter (`muqabala stream`): a JSON object
// {"id", "ar", "en", ...extra fields} in, the document's beads out as JSONL
// records (the JSONL export's fields, with the document's id and its extra
// fields), or one error saying why the document was skipped.

import type { BilingualDictionary } from '../align/dictionary';
import { jsonlRecord, type JsonlRecord } from '../formats/jsonl';
import { buildProject } from '../pipeline';
import type { Bead } from '../project/types';
import { detectLanguage, type DetectedLang } from '../text/language';

export type DocumentId = string | number;

export interface StreamDocument {
  id: DocumentId;
  ar: string;
  en: string;
  /** The input's other fields, copied into every output record. */
  extra: Record<string, unknown>;
}

/** One output record: the document's id and extra fields, the bead's id as `bead`, then the JSONL export's fields. */
export type StreamRecord = { id: DocumentId; bead: string } & Omit<JsonlRecord, 'id'> & Record<string, unknown>;

export interface StreamFailure {
  /** The document's id, or null when the line has none (not JSON, no id). */
  id: DocumentId | null;
  error: string;
}

export interface AlignedStreamDocument {
  id: DocumentId;
  /** The output: one JSON text per bead, in document order. */
  records: string[];
  /** Sentences of both sides. */
  sentences: number;
  /** Things worth a look that did not stop the document (texts that do not look like translations). */
  warnings: string[];
}

export type StreamLineResult = ({ ok: true } & AlignedStreamDocument) | ({ ok: false } & StreamFailure);

const RESERVED_FIELDS = new Set<string>(['bead', ...Object.keys(jsonlRecord(emptyBead()))]);

const LANGUAGE_NAMES: Record<DetectedLang, string> = { ar: 'Arabic', en: 'English', unknown: 'neither Arabic nor English' };

/** The id of the document on a line, or null when the line has none (only for reporting a document whose worker died). */
export function documentIdOf(line: string): DocumentId | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return typeof id === 'string' || typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}

/** Parses and checks one input line; a failure says what is wrong in words a user can act on. */
export function parseDocumentLine(line: string): { ok: true; document: StreamDocument } | ({ ok: false } & StreamFailure) {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: null, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: 'not a JSON object: expected {"id": ..., "ar": ..., "en": ...}' };
  }
  const { id, ar, en, ...extra } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, id: null, error: 'no "id" (a string or a number)' };
  for (const [side, text] of [['ar', ar], ['en', en]] as const) {
    if (typeof text !== 'string') return { ok: false, id, error: `"${side}" must be a string with the whole ${LANGUAGE_NAMES[side]} text` };
    if (text.trim() === '') return { ok: false, id, error: `the "${side}" text is empty` };
    const detected = detectLanguage(text).lang;
    if (detected !== side) return { ok: false, id, error: `the "${side}" text is not ${LANGUAGE_NAMES[side]} (it looks like ${LANGUAGE_NAMES[detected]})` };
  }
  const clash = Object.keys(extra).find((key) => RESERVED_FIELDS.has(key));
  if (clash) return { ok: false, id, error: `the extra field "${clash}" would be overwritten by an output field of the same name; rename it` };
  return { ok: true, document: { id, ar: ar as string, en: en as string, extra } };
}

/** Segments and aligns one document; its records carry its id and extra fields. */
export function alignStreamDocument(document: StreamDocument, dictionary?: BilingualDictionary): AlignedStreamDocument {
  const { project, report, isTranslation } = buildProject({
    name: String(document.id),
    first: { fileName: 'ar', encoding: 'utf-8', text: document.ar },
    second: { fileName: 'en', encoding: 'utf-8', text: document.en },
    dictionary,
  });
  const records = project.beads.map((bead) => JSON.stringify(streamRecord(document.id, document.extra, bead)));
  const warnings = isTranslation
    ? []
    : [`the two texts do not look like translations of each other (match score ${project.alignment.matchScore.toFixed(2)})`];
  return { id: document.id, records, sentences: report.ar.sentences + report.en.sentences, warnings };
}

/** One bead as the stream writes it (also the combined JSONL corpus of a batch). */
export function streamRecord(documentId: DocumentId, extra: Record<string, unknown>, bead: Bead): StreamRecord {
  const { id: beadId, ...fields } = jsonlRecord(bead);
  return { id: documentId, ...extra, bead: beadId, ...fields };
}

/** The whole job of one input line: parse, check, align; never throws for bad input. */
export function processStreamLine(line: string, dictionary?: BilingualDictionary): StreamLineResult {
  const parsed = parseDocumentLine(line);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, ...alignStreamDocument(parsed.document, dictionary) };
  } catch (error) {
    return { ok: false, id: parsed.document.id, error: `alignment failed: ${(error as Error).message}` };
  }
}

function emptyBead(): Bead {
  return { id: '', ar: [], en: [], status: 'unreviewed', note: '', confidence: 0, reasons: [] };
}
