// Which files of a batch belong together. Two ways to say it:
//
// 1. A folder, pairs found by name: `NAME.ar.EXT` pairs with `NAME.en.EXT2`
//    in the same folder (subfolders included; the extensions may differ, e.g.
//    `ch01.ar.docx` with `ch01.en.txt`). The language tag is `ar` or `en`, in
//    any case. The document's id is NAME with its folder, relative to the input
//    (`book/ch01`). A NAME with two Arabic (or two English) files, or with only
//    one side, is reported and left out; other files are ignored.
// 2. A manifest, one pair per line: `arabic_path<TAB>english_path[<TAB>id]`;
//    blank lines and lines starting with `#` are skipped. Without an id, the
//    NAME of `NAME.ar.EXT` is used, else the Arabic file's name without its
//    extension. Ids become output file names, so they must be relative paths
//    without `.` or `..` parts, and unique.

import { posix } from 'node:path';

export interface DocumentPair {
  id: string;
  /** As found (folder: relative to it; manifest: as written). */
  arPath: string;
  enPath: string;
}

export interface PairingProblem {
  /** The file or manifest line concerned. */
  where: string;
  problem: string;
}

export interface Pairing {
  pairs: DocumentPair[];
  problems: PairingProblem[];
}

const TAGGED_NAME = /^(.+)\.(ar|en)\.([^.]+)$/i;

/** Pairs the files of a folder by name; `files` are relative paths with `/` separators. */
export function pairByName(files: string[]): Pairing {
  const byName = new Map<string, { ar: string[]; en: string[] }>();
  for (const file of files) {
    const tagged = TAGGED_NAME.exec(posix.basename(file));
    if (!tagged) continue;
    const name = posix.join(posix.dirname(file), tagged[1]);
    const sides = byName.get(name) ?? { ar: [], en: [] };
    sides[tagged[2].toLowerCase() as 'ar' | 'en'].push(file);
    byName.set(name, sides);
  }
  const pairs: DocumentPair[] = [];
  const problems: PairingProblem[] = [];
  for (const name of [...byName.keys()].sort(compareNames)) {
    const { ar, en } = byName.get(name) as { ar: string[]; en: string[] };
    if (ar.length === 1 && en.length === 1) pairs.push({ id: name, arPath: ar[0], enPath: en[0] });
    else if (ar.length > 1 || en.length > 1) {
      const many = ar.length > 1 ? ar : en;
      problems.push({ where: many.sort().join(', '), problem: `several ${ar.length > 1 ? 'Arabic' : 'English'} files for "${name}"; keep one` });
    } else {
      const [only] = [...ar, ...en];
      problems.push({ where: only, problem: `no ${ar.length === 0 ? 'Arabic' : 'English'} counterpart (expected ${name}.${ar.length === 0 ? 'ar' : 'en'}.EXT)` });
    }
  }
  return { pairs, problems };
}

/** Reads a manifest's text; paths are returned as written. */
export function parseManifest(text: string): Pairing {
  const pairs: DocumentPair[] = [];
  const problems: PairingProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const where = `manifest line ${index + 1}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const fields = line.split('\t').map((field) => field.trim());
    if (fields.length < 2 || fields.length > 3 || fields[0] === '' || fields[1] === '') {
      problems.push({ where, problem: 'expected arabic_path<TAB>english_path[<TAB>id]' });
      return;
    }
    const [arPath, enPath] = fields;
    const id = fields[2] || defaultId(arPath);
    const bad = badId(id);
    if (bad) problems.push({ where, problem: `the id "${id}" ${bad}` });
    else if (seen.has(id)) problems.push({ where, problem: `the id "${id}" is used twice` });
    else {
      seen.add(id);
      pairs.push({ id, arPath, enPath });
    }
  });
  return { pairs, problems };
}

function defaultId(arPath: string): string {
  const base = posix.basename(arPath.replace(/\\/g, '/'));
  const tagged = TAGGED_NAME.exec(base);
  if (tagged) return tagged[1];
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Why an id cannot name output files, or null when it can. */
function badId(id: string): string | null {
  if (id.startsWith('/') || /^[A-Za-z]:/.test(id) || id.includes('\\')) return 'must be a relative path with / between folders';
  if (id.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'must not have empty, "." or ".." parts';
  if (/[\u0000-\u001f]/.test(id)) return 'must not hold control characters';
  return null;
}

/** Natural order, so that ch2 comes before ch10. */
function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
