// Which project files a launch asks for, on each platform.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchFiles, userArguments, type PathKind } from '../../../main/shell/launch-files';

function context(platform: NodeJS.Platform, cwd: string, kinds: Record<string, PathKind>) {
  return { platform, cwd, kindOf: (absolutePath: string): PathKind => kinds[absolutePath] ?? 'missing' };
}

describe('launch files', () => {
  it('linux: a double-clicked project arrives as a file:// URI (%U) and is opened, not the sample', () => {
    const file = '/srv/projects/my review.muqabala';
    const result = launchFiles(['file:///srv/projects/my%20review.muqabala'], context('linux', '/', { [file]: 'file' }));
    assert.deepEqual(result, { files: [file], problems: [] });
  });

  it('linux: Chromium and Electron switches are skipped, relative paths resolve against the launch folder, each file once', () => {
    const file = '/srv/work-area/a.muqabala';
    const args = ['--no-sandbox', '--original-process-start-time=13370000', 'a.muqabala', '--enable-logging', './a.muqabala'];
    assert.deepEqual(launchFiles(args, context('linux', '/srv/work-area', { [file]: 'file' })), { files: [file], problems: [] });
  });

  it('linux: a folder, a missing file, a text file and a web address are reported, not opened', () => {
    const result = launchFiles(
      ['/srv/projects', '/srv/gone.muqabala', '/srv/article.txt', 'https://example.org/x.muqabala'],
      context('linux', '/', { '/srv/projects': 'folder', '/srv/article.txt': 'file' }),
    );
    assert.deepEqual(result.files, []);
    assert.equal(result.problems.length, 4);
    assert.match(result.problems[0], /"\/srv\/projects" is a folder/);
    assert.match(result.problems[1], /"\/srv\/gone\.muqabala" does not exist/);
    assert.match(result.problems[2], /"\/srv\/article\.txt" is not a Muqabala project \(\.muqabala\)/);
    assert.match(result.problems[3], /is not a file/);
  });

  it('win32: file URIs and relative paths become Windows paths; the extension is matched in any case', () => {
    const file = 'D:\\Reviews\\Q3.MUQABALA';
    const kinds = { [file]: 'file' as const };
    assert.deepEqual(launchFiles(['file:///D:/Reviews/Q3.MUQABALA'], context('win32', 'C:\\', kinds)).files, [file]);
    assert.deepEqual(launchFiles(['Q3.MUQABALA'], context('win32', 'D:\\Reviews', kinds)).files, [file]);
  });

  it('darwin: the -psn_ argument of the Finder is skipped', () => {
    const file = '/Volumes/Data/x.muqabala';
    assert.deepEqual(launchFiles(['-psn_0_1234567', file], context('darwin', '/', { [file]: 'file' })), { files: [file], problems: [] });
  });

  it('the user\'s arguments: after the executable, and after the app folder when unpackaged (electron .)', () => {
    assert.deepEqual(userArguments(['/opt/Muqabala/muqabala', 'a.muqabala'], true), ['a.muqabala']);
    assert.deepEqual(userArguments(['electron', '.', 'a.muqabala'], false), ['a.muqabala']);
    assert.deepEqual(userArguments(['electron', '--inspect', '.', 'a.muqabala'], false), ['--inspect', 'a.muqabala']);
    assert.deepEqual(userArguments(['electron'], false), []);
  });
});
