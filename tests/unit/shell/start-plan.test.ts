// One owner for the initial load, and where a file asked for later goes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandWithoutWindow, routeFile, secondLaunchWithoutFiles, startWindows } from '../../../main/shell/start-plan';

describe('start plan', () => {
  it('a file from the command line is what its window loads; the sample never races it', () => {
    assert.deepEqual(startWindows(['/p/a.muqabala', '/p/b.muqabala'], true), [
      { load: { kind: 'file', path: '/p/a.muqabala' }, fallback: 'none' },
      { load: { kind: 'file', path: '/p/b.muqabala' }, fallback: 'none' },
    ]);
  });

  it('with no file: the sample, unless unsaved work waits (the renderer asks first, the sample if declined)', () => {
    assert.deepEqual(startWindows([], false), [{ load: { kind: 'sample' }, fallback: 'sample' }]);
    assert.deepEqual(startWindows([], true), [{ load: { kind: 'none' }, fallback: 'sample' }]);
  });

  it('a file already open is focused; the name compares without case on Windows and macOS only', () => {
    const windows = [{ id: 1, path: '/p/A.muqabala', pristine: false }];
    assert.deepEqual(routeFile('/p/A.muqabala', windows, 1, 'linux'), { kind: 'focus', id: 1 });
    assert.deepEqual(routeFile('/p/a.muqabala', windows, 1, 'darwin'), { kind: 'focus', id: 1 });
    assert.deepEqual(routeFile('/p/a.muqabala', windows, 1, 'win32'), { kind: 'focus', id: 1 });
    assert.deepEqual(routeFile('/p/a.muqabala', windows, 1, 'linux'), { kind: 'open', replace: null });
  });

  it('a new file replaces the focused window only if nobody worked in it', () => {
    assert.deepEqual(routeFile('/p/b.muqabala', [{ id: 2, path: null, pristine: true }], 2, 'linux'), { kind: 'open', replace: 2 });
    assert.deepEqual(routeFile('/p/b.muqabala', [{ id: 2, path: null, pristine: false }], 2, 'linux'), { kind: 'open', replace: null });
    assert.deepEqual(routeFile('/p/b.muqabala', [], null, 'darwin'), { kind: 'open', replace: null });
  });

  it('with no window (macOS), New and Open open one first; the rest has nothing to act on', () => {
    assert.equal(commandWithoutWindow('new-project'), 'open-window-then-send');
    assert.equal(commandWithoutWindow('open-project'), 'open-window-then-send');
    for (const command of ['save', 'save-as', 'export', 'undo', 'approve'] as const) assert.equal(commandWithoutWindow(command), 'ignore');
    assert.equal(secondLaunchWithoutFiles(0), 'open-start-window');
    assert.equal(secondLaunchWithoutFiles(2), 'focus-window');
  });
});
