// The app's security rules, applied once for every web contents and the default
// session: no navigation away from the app, no new windows, no remote content,
// no permissions but the clipboard for our own pages (main/shell/permissions.ts).
// http(s) links go to the system browser instead.

import { app, session, shell, type WebContents } from 'electron';
import { allowPermission } from '../shell/permissions';

function isExternalLink(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function openExternalLink(url: string): Promise<void> {
  return isExternalLink(url) ? shell.openExternal(url) : Promise.resolve();
}

function hardenWebContents(contents: WebContents): void {
  // loadURL does not pass through will-navigate: every navigation seen here comes from the page, so refuse it.
  const refuseNavigation = (event: { preventDefault(): void }, url: string): void => {
    event.preventDefault();
    void openExternalLink(url);
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url);
    return { action: 'deny' };
  });
}

/** Call before any window exists (after app ready for the session part). */
export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(allowPermission(permission, details.requestingUrl ?? contents?.getURL()));
  });
  defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowPermission(permission, requestingOrigin));
  // The renderer is bundled and offline: any request to the network is a mistake or an attack.
  defaultSession.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}
