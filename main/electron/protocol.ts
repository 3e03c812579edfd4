// app:// serves the renderer bundle (dist/renderer) to the windows: a standard,
// secure scheme (not file://) so the page has an origin of its own, Monaco's
// workers load, and every response carries our Content-Security-Policy. The
// scheme's name, host and privileges (code cache included) are in main/shell/app-origin.ts.

import * as fs from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor, resolveStaticFile, SECURITY_HEADERS } from '../services/static-files';
import { APP_HOST, APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../shell/app-origin';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Must run once the app is ready. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) {
      return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' } });
    }
    const body = await fs.readFile(file);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });
  });
}
