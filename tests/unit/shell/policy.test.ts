// The app's origin, the permissions it grants and its window options: plain
// data the Electron layer hands over unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APP_SCHEME_PRIVILEGES, isAppUrl, rendererUrl } from '../../../main/shell/app-origin';
import { allowPermission } from '../../../main/shell/permissions';
import { projectWindowOptions } from '../../../main/shell/window-options';

describe('app origin', () => {
  it('app:// is standard and secure, and keeps V8\'s code cache for the renderer bundle', () => {
    assert.equal(APP_SCHEME_PRIVILEGES.standard, true);
    assert.equal(APP_SCHEME_PRIVILEGES.secure, true);
    assert.equal(APP_SCHEME_PRIVILEGES.codeCache, true);
    assert.equal(rendererUrl(), 'app://muqabala/index.html');
  });

  it('only our own host counts as the app', () => {
    assert.equal(isAppUrl('app://muqabala/index.html'), true);
    assert.equal(isAppUrl('app://muqabala'), true);
    for (const url of ['app://other/index.html', 'https://muqabala/', 'file:///index.html', 'not a url', '']) assert.equal(isAppUrl(url), false, url);
  });
});

describe('permissions', () => {
  it('clipboard read and write for our pages (Monaco\'s Paste), from a page URL or an origin', () => {
    assert.equal(allowPermission('clipboard-read', 'app://muqabala/index.html'), true);
    assert.equal(allowPermission('clipboard-sanitized-write', 'app://muqabala'), true);
  });

  it('nothing else, and nothing for anyone else', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'fullscreen']) {
      assert.equal(allowPermission(permission, 'app://muqabala/index.html'), false, permission);
    }
    assert.equal(allowPermission('clipboard-read', 'https://example.org/'), false);
    assert.equal(allowPermission('clipboard-read', undefined), false);
  });
});

describe('window options', () => {
  it('the page runs sandboxed, isolated, without Node, with our preload', () => {
    const options = projectWindowOptions('/app/dist/preload/preload.js');
    assert.equal(options.webPreferences?.preload, '/app/dist/preload/preload.js');
    assert.equal(options.webPreferences?.sandbox, true);
    assert.equal(options.webPreferences?.contextIsolation, true);
    assert.equal(options.webPreferences?.nodeIntegration, false);
    assert.equal(options.webPreferences?.webviewTag, false);
  });
});
