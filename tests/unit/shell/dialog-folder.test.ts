// Where a native dialog starts, on each platform's paths: the project's folder,
// then its source files' folder, then the last folder used, then Documents.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { dialogFolder, LastFolder } from '../../../main/shell/dialog-folder';

/** An absolute POSIX path from its parts (no literal home folder in the repository's files). */
const posix = (...parts: string[]) => path.posix.join('/', ...parts);

const platforms = {
  linux: { paths: path.posix, documents: posix('home', 'amal', 'Documents'), project: posix('home', 'amal', 'work', 'report.muqabala'), source: posix('home', 'amal', 'texts', 'report.ar.txt'), last: posix('home', 'amal', 'exports') },
  darwin: { paths: path.posix, documents: posix('Users', 'amal', 'Documents'), project: posix('Users', 'amal', 'Work', 'report.muqabala'), source: posix('Users', 'amal', 'Texts', 'report.ar.docx'), last: posix('Users', 'amal', 'Desktop') },
  win32: { paths: path.win32, documents: 'C:\\Users\\amal\\Documents', project: 'D:\\Work\\report.muqabala', source: 'C:\\Users\\amal\\Texts\\report.ar.txt', last: '\\\\server\\share\\exports' },
} as const;

for (const [platform, p] of Object.entries(platforms)) {
  describe(`dialog folder on ${platform}`, () => {
    const facts = { projectPath: p.project, sourcePaths: [p.source], lastUsed: p.last, documents: p.documents };

    it('the saved project\'s folder comes first', () => {
      assert.equal(dialogFolder(facts, p.paths), p.paths.dirname(p.project));
    });

    it('an unsaved project starts in its source files\' folder', () => {
      assert.equal(dialogFolder({ ...facts, projectPath: null }, p.paths), p.paths.dirname(p.source));
    });

    it('without either (the sample, dropped files), the last folder used, then Documents', () => {
      assert.equal(dialogFolder({ ...facts, projectPath: null, sourcePaths: [] }, p.paths), p.last);
      assert.equal(dialogFolder({ ...facts, projectPath: null, sourcePaths: ['dropped.txt'], lastUsed: null }, p.paths), p.documents);
    });

    it('the last folder is remembered from each file chosen, starting from the newest recent project', () => {
      const last = new LastFolder(p.paths, p.project);
      assert.equal(last.get(), p.paths.dirname(p.project));
      last.remember(p.paths.join(p.last, 'pairs.tmx'));
      assert.equal(last.get(), p.last);
      last.remember('relative.tmx');
      assert.equal(last.get(), p.last, 'a relative name says nothing about a folder');
      assert.equal(new LastFolder(p.paths, null).get(), null);
    });
  });
}
