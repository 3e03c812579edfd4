// A 10,000-pair project for the scale test, built through the real engine from
// an NTREX-128 excerpt in tests/fixtures/ntrex (English news with its Arabic
// translation, CC BY-SA 4.0), repeated until it has enough pairs, and written
// as a project file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../../../main/core/project/types';
import { REPO_ROOT } from './bridge';

const NTREX = join(REPO_ROOT, 'tests', 'fixtures', 'ntrex');

interface Engine {
  buildProject(input: { name: string; first: { fileName: string; encoding: string; text: string }; second: { fileName: string; encoding: string; text: string } }): { project: Project };
}
interface ProjectFile {
  serializeProject(project: Project): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(REPO_ROOT, 'dist', 'main', 'core', 'pipeline.js')) as Engine;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const projectFile = require(join(REPO_ROOT, 'dist', 'main', 'core', 'project', 'file.js')) as ProjectFile;

/** Writes the project to path and returns its number of pairs. */
export function writeLargeProject(path: string, minimumPairs = 10_000): number {
  const arabic = readFileSync(join(NTREX, 'ntrex-13-docs.ar.txt'), 'utf8').trim();
  const english = readFileSync(join(NTREX, 'ntrex-13-docs.en.txt'), 'utf8').trim();
  // One sentence per line, all 1-1: start from the copies that give enough lines.
  const lines = english.split('\n').length;
  for (let copies = Math.ceil(minimumPairs / lines); ; copies++) {
    const repeat = (text: string) => Array.from({ length: copies }, () => text).join('\n\n');
    const { project } = engine.buildProject({
      name: 'NTREX-128 ×' + copies,
      first: { fileName: 'ntrex.ar.txt', encoding: 'utf-8', text: repeat(arabic) },
      second: { fileName: 'ntrex.en.txt', encoding: 'utf-8', text: repeat(english) },
    });
    if (project.beads.length >= minimumPairs) {
      writeFileSync(path, projectFile.serializeProject(project));
      return project.beads.length;
    }
  }
}
