// Which web permissions the app grants: clipboard read and write for our own
// pages (Monaco's context-menu Paste reads the clipboard through the
// Permissions API), nothing else and to nobody else: no camera, microphone,
// notifications, geolocation, ...

import { isAppUrl } from './app-origin';

/** Electron's names for the clipboard permissions (Chromium's clipboard-read and clipboard-sanitized-write). */
const CLIPBOARD_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/**
 * Whether to grant a permission asked for (or checked) by a page. url is the
 * requesting page's URL or origin; a permission asked for by any other origin
 * (an iframe, a page we navigated to by mistake) is refused.
 */
export function allowPermission(permission: string, url: string | undefined): boolean {
  return CLIPBOARD_PERMISSIONS.has(permission) && url !== undefined && isAppUrl(url);
}
