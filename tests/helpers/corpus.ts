// The small corpus of tests/fixtures/corpus (four NTREX document pairs) and the
// sample pair of assets/sample, as files and as the stream command's JSONL input.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

export const CORPUS_DIR = path.join(repoRoot(), 'tests/fixtures/corpus');
export const SAMPLE_AR_PATH = path.join(repoRoot(), 'assets/sample/putin-bases-taliban.ar.txt');
export const SAMPLE_EN_PATH = path.join(repoRoot(), 'assets/sample/putin-bases-taliban.en.txt');
export const CLI_PATH = path.join(repoRoot(), 'dist/main/cli.js');

export interface CorpusDocument {
  id: string;
  arPath: string;
  enPath: string;
}

/** The fixture corpus's documents, by name. */
export function corpusDocuments(): CorpusDocument[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.ar.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.ar.txt'.length);
      return { id, arPath: path.join(CORPUS_DIR, name), enPath: path.join(CORPUS_DIR, `${id}.en.txt`) };
    });
}

/** One stream input line for a document pair on disk, with extra fields. */
export function streamLine(document: CorpusDocument, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ id: document.id, ar: readFileSync(document.arPath, 'utf8'), en: readFileSync(document.enPath, 'utf8'), ...extra });
}

/** Parses JSONL text into objects (blank lines skipped). */
export function parseJsonl(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}
