// Recently opened or saved projects: the OS's list (app.addRecentDocument: Jump
// List, Dock menu) plus our own small JSON file in userData for File > Open Recent.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { app } from 'electron';

const MAX_RECENT = 10;

export class RecentFiles {
  private paths: string[];

  constructor(private readonly file: string, private readonly onChange: () => void) {
    this.paths = readList(file);
  }

  list(): readonly string[] {
    return this.paths;
  }

  add(filePath: string): void {
    const absolute = path.resolve(filePath);
    this.paths = [absolute, ...this.paths.filter((entry) => entry !== absolute)].slice(0, MAX_RECENT);
    app.addRecentDocument(absolute);
    this.persist();
  }

  clear(): void {
    this.paths = [];
    app.clearRecentDocuments();
    this.persist();
  }

  private persist(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, JSON.stringify(this.paths, null, 2));
    } catch {
      // A read-only profile only costs the recent list; the app goes on.
    }
    this.onChange();
  }
}

function readList(file: string): string[] {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}
