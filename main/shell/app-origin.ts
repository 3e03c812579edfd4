// Where the desktop app's pages come from: the app:// scheme with one host,
// its privileges, and the origin trusted by IPC and permission checks. Plain
// data (no Electron import), shared by main/electron/ and the unit tests.

export const APP_SCHEME = 'app';
export const APP_HOST = 'muqabala';
/** The origin of our pages, as Chromium serialises it for a standard scheme. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The scheme's privileges (protocol.registerSchemesAsPrivileged): standard and
 * secure so the page has an origin and Monaco's workers load; codeCache so
 * V8 keeps the compiled 3 MB renderer bundle between starts instead of
 * compiling it again each time (custom schemes get no code cache by default).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true,
} as const;

export function rendererUrl(): string {
  return `${APP_ORIGIN}/index.html`;
}

/** True for a URL of one of our own pages (app://muqabala/...), false for anything else. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
