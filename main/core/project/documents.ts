// The many-document part of the project model: a project that holds a book's
// chapters or a client's batch. Such a project is built by joining one-document
// projects (each aligned on its own, as `batch` and New Project do), and any one
// of its documents can be looked at as a one-document project again (to export
// it, write it back as a document, or rescore its pairs with its own model).

import { IdAllocator } from './ids';
import type { AlignmentSummary, Bead, Project, ProjectDocument, Sentence } from './types';

/** One document's pairs: the run beads[start, end) of the project's list. */
export interface DocumentRange {
  id: string;
  start: number;
  end: number;
}

/** One entry of a joined project: a document's id and its own one-document project. */
export interface DocumentPart {
  id: string;
  project: Project;
}

/**
 * Joins one-document projects into one project, documents in the order given.
 * Every sentence and bead gets a fresh id from one counter (each part counted
 * from 1 on its own), so ids stay unique and below nextId.
 */
export function joinProjects(name: string, parts: DocumentPart[], now = new Date()): Project {
  if (parts.length === 0) throw new Error('joinProjects: no document to join');
  const seen = new Set<string>();
  for (const part of parts) {
    if (part.id === '' || seen.has(part.id)) throw new Error(`joinProjects: the document id ${JSON.stringify(part.id)} is empty or used twice`);
    if (part.project.documents) throw new Error(`joinProjects: "${part.id}" already holds several documents`);
    seen.add(part.id);
  }
  const ids = new IdAllocator(1);
  const renumber = (sentence: Sentence): Sentence => ({ ...sentence, id: ids.sentence() });
  const beads: Bead[] = [];
  for (const { id, project } of parts) {
    for (const bead of project.beads) beads.push({ ...bead, id: ids.bead(), ar: bead.ar.map(renumber), en: bead.en.map(renumber), document: id });
  }
  const documents: ProjectDocument[] = parts.map(({ id, project }) => ({
    id, sources: { ar: { ...project.sources.ar }, en: { ...project.sources.en } }, alignment: { ...project.alignment },
  }));
  const timestamp = now.toISOString();
  return {
    format: parts[0].project.format,
    version: parts[0].project.version,
    name,
    created: timestamp,
    modified: timestamp,
    sources: documents[0].sources,
    alignment: documents[0].alignment,
    documents,
    beads,
    nextId: ids.next,
  };
}

/** Each document's run of beads, in order (one range for a one-document project, with the id ''). */
export function documentRanges(project: Pick<Project, 'beads' | 'documents'>): DocumentRange[] {
  if (!project.documents) return [{ id: '', start: 0, end: project.beads.length }];
  const ranges: DocumentRange[] = [];
  let index = 0;
  for (const document of project.documents) {
    const start = index;
    while (index < project.beads.length && project.beads[index].document === document.id) index++;
    ranges.push({ id: document.id, start, end: index });
  }
  return ranges;
}

/**
 * The alignment summary of the whole project: a one-document project's own;
 * over many documents, each document's figures weighted by its pairs (the
 * top-level summary of such a project is only its first document's).
 */
export function projectAlignment(project: Pick<Project, 'alignment' | 'beads' | 'documents'>): AlignmentSummary {
  if (!project.documents || project.beads.length === 0) return project.alignment;
  const ranges = documentRanges(project);
  const weighted = (field: 'matchScore' | 'lengthRatio' | 'lengthVariance') =>
    ranges.reduce((sum, range, k) => sum + (project.documents as ProjectDocument[])[k].alignment[field] * (range.end - range.start), 0) / project.beads.length;
  return {
    matchScore: weighted('matchScore'),
    matchReason: `the ${project.documents.length} documents' match scores, each weighted by its pairs`,
    lengthRatio: weighted('lengthRatio'),
    lengthVariance: weighted('lengthVariance'),
  };
}

/** The document a many-document project's bead belongs to; undefined in a one-document project. */
export function documentOfBead(project: Project, bead: Bead): ProjectDocument | undefined {
  return bead.document === undefined ? undefined : project.documents?.find((document) => document.id === bead.document);
}

/** The alignment summary that holds for a bead: its document's, or the project's. */
export function alignmentForBead(project: Project, bead: Bead | undefined): AlignmentSummary {
  return (bead && documentOfBead(project, bead)?.alignment) ?? project.alignment;
}

/**
 * One document of the project as a one-document project (its sources, its
 * alignment, its beads with their ids), for what works on one document:
 * exporting it alone, writing it back as a document. Without a document id,
 * or for a one-document project, the project itself.
 */
export function documentProject(project: Project, documentId?: string): Project {
  if (!project.documents || documentId === undefined) return project;
  const document = project.documents.find((candidate) => candidate.id === documentId);
  if (!document) throw new Error(`the project has no document "${documentId}"`);
  const beads = project.beads.filter((bead) => bead.document === documentId);
  const { documents: _all, ...rest } = project;
  return { ...rest, name: `${project.name}: ${document.id}`, sources: document.sources, alignment: document.alignment, beads };
}
