// A 200-document project with 20,000 pairs for the scale test: each document a
// 100-line window of the NTREX-128 excerpt in tests/fixtures/ntrex (CC BY-SA
// 4.0), aligned through the real engine on its own, then joined as
// New Project and `batch --project` join them, and written as a project file.
// Only a few distinct windows are aligned (aligning 200 took a minute under
// load); the documents reuse them in turn, each under its own id, so the
// project still holds 200 documents and 20,000 pairs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../../../main/core/project/types';
import type { DocumentPart } from '../../../main/core/project/documents';
import { REPO_ROOT } from './bridge';

const NTREX = join(REPO_ROOT, 'tests', 'fixtures', 'ntrex');

interface Engine {
  buildProject(input: { name: string; first: { fileName: string; encoding: string; text: string }; second: { fileName: string; encoding: string; text: string } }): { project: Project };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(REPO_ROOT, 'dist', 'main', 'core', 'pipeline.js')) as Engine;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const documents = require(join(REPO_ROOT, 'dist', 'main', 'core', 'project', 'documents.js')) as { joinProjects(name: string, parts: DocumentPart[]): Project };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const projectFile = require(join(REPO_ROOT, 'dist', 'main', 'core', 'project', 'file.js')) as { serializeProject(project: Project): string };

/** Writes the project to path; returns its documents' and pairs' counts, and each document's pairs. */
export function writeManyDocumentsProject(path: string, documentCount = 200, linesPerDocument = 100, distinctWindows = 6): { documents: number; pairs: number; pairsOf: Map<string, number> } {
  const arabic = readFileSync(join(NTREX, 'ntrex-13-docs.ar.txt'), 'utf8').trim().split('\n');
  const english = readFileSync(join(NTREX, 'ntrex-13-docs.en.txt'), 'utf8').trim().split('\n');
  const window = (lines: string[], start: number) => Array.from({ length: linesPerDocument }, (_, k) => lines[(start + k) % lines.length]).join('\n');
  const aligned: Project[] = [];
  for (let k = 0; k < Math.min(distinctWindows, documentCount); k++) {
    const start = (k * 37) % english.length;
    aligned.push(engine.buildProject({
      name: `window-${k}`,
      first: { fileName: 'window.ar.txt', encoding: 'utf-8', text: window(arabic, start) },
      second: { fileName: 'window.en.txt', encoding: 'utf-8', text: window(english, start) },
    }).project);
  }
  const parts: DocumentPart[] = [];
  for (let k = 0; k < documentCount; k++) {
    const id = `chapter-${String(k + 1).padStart(3, '0')}`;
    const project = aligned[k % aligned.length];
    parts.push({ id, project: { ...project, name: id, sources: { ar: { ...project.sources.ar, fileName: `${id}.ar.txt` }, en: { ...project.sources.en, fileName: `${id}.en.txt` } } } });
  }
  const joined = documents.joinProjects(`${documentCount} chapters`, parts);
  writeFileSync(path, projectFile.serializeProject(joined));
  return { documents: documentCount, pairs: joined.beads.length, pairsOf: new Map(parts.map((part) => [part.id, part.project.beads.length])) };
}
