// Electron's runtime on this machine: whether it is there, and what to tell
// the user when `npm start` cannot download it. The electron npm package holds
// no browser: node_modules/electron/install.js downloads a zip (with
// @electron/get) the first time Electron starts, unpacks it into
// node_modules/electron/dist and writes path.txt. Nothing here calls
// require('electron'), which would start that download.

import { createHash } from 'node:crypto';
import * as path from 'node:path';

export type RuntimeStatus = { present: true; binary: string } | { present: false; reason: string };

/** The binary named by node_modules/electron/path.txt, if that file and the binary both exist. */
export function electronRuntime(electronDir: string, exists: (file: string) => boolean, read: (file: string) => string): RuntimeStatus {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!exists(pathFile)) return { present: false, reason: `${pathFile} does not exist (Electron downloads its runtime on first start)` };
  const binary = path.join(electronDir, 'dist', read(pathFile).trim());
  if (!exists(binary)) return { present: false, reason: `${binary} does not exist` };
  return { present: true, binary };
}

const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

export interface DownloadContext {
  version: string;
  platform: NodeJS.Platform;
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
}

/** The zip @electron/get looks for, its URL and where its cache would keep it. */
export function runtimeArtifact(context: DownloadContext): { fileName: string; url: string; cachedZip: string } {
  const fileName = `electron-v${context.version}-${context.platform}-${context.arch}.zip`;
  const mirror = context.env.ELECTRON_MIRROR || DEFAULT_MIRROR;
  const folderUrl = `${mirror.replace(/\/?$/, '/')}v${context.version}`;
  const url = `${folderUrl}/${fileName}`;
  // @electron/get keeps downloads in <cache root>/<sha256 of the folder URL>/<file name>.
  const cacheRoot = context.env.electron_config_cache || defaultCacheRoot(context);
  const paths = context.platform === 'win32' ? path.win32 : path.posix;
  const cachedZip = paths.join(cacheRoot, createHash('sha256').update(folderUrl).digest('hex'), fileName);
  return { fileName, url, cachedZip };
}

function defaultCacheRoot(context: DownloadContext): string {
  const join = context.platform === 'win32' ? path.win32.join : path.posix.join;
  if (context.platform === 'darwin') return join(context.homeDir, 'Library', 'Caches', 'electron');
  if (context.platform === 'win32') return join(context.env.LOCALAPPDATA || join(context.homeDir, 'AppData', 'Local'), 'electron', 'Cache');
  return join(context.env.XDG_CACHE_HOME || join(context.homeDir, '.cache'), 'electron');
}

/** The first line of the installer's error output that says what went wrong (not a stack frame). */
export function failureCause(output: string): string {
  const lines = output.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('at '));
  const cause = lines.find((line) => /error|fail|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|certificate|404|checksum/i.test(line)) ?? lines[0];
  return cause ?? 'no message';
}

/** One message for a failed download: what failed, why Electron downloads at all, and what to do. */
export function runtimeDownloadFailure(context: DownloadContext, installerOutput: string): string {
  const { fileName, url, cachedZip } = runtimeArtifact(context);
  return [
    `npm start: Electron's runtime could not be downloaded (${failureCause(installerOutput)}).`,
    `It tried ${url}`,
    'The electron package in node_modules holds no browser: Electron downloads its runtime (a zip of',
    'about 100 MB) the first time it starts, and keeps it in node_modules/electron/dist. Any one of these helps:',
    '  - a network connection (or HTTPS_PROXY set for your proxy), then npm start again;',
    `  - a mirror that can be reached: ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start${context.env.ELECTRON_MIRROR ? ` (now: ${context.env.ELECTRON_MIRROR})` : ''};`,
    `  - the zip fetched elsewhere: save ${fileName} as`,
    `      ${cachedZip}`,
    '    (electron_config_cache=FOLDER chooses another cache folder), then npm start again.',
  ].join('\n');
}

export interface SandboxFacts {
  platform: NodeJS.Platform;
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns is 1 (Ubuntu 23.10 and later). */
  userNamespacesRestricted: boolean;
  /** node_modules/electron/dist/chrome-sandbox is owned by root with the setuid bit (mode 4755). */
  sandboxHelperSetuid: boolean;
  isRoot: boolean;
}

/**
 * Why Electron would abort at start on this machine, and the fix, or null.
 * Chromium's sandbox needs unprivileged user namespaces, or else the setuid
 * chrome-sandbox helper. Ubuntu 24.04's AppArmor denies the namespaces to
 * binaries without a profile (the one in node_modules included), and npm
 * cannot install the helper setuid root, so Electron aborts with "The SUID
 * sandbox helper binary was found, but is not configured correctly".
 * (The installers do not have the problem: the deb installs an AppArmor
 * profile, the AppImage falls back on its own; see the README.) Root is
 * refused by Chromium without --no-sandbox.
 */
export function sandboxAdvice(facts: SandboxFacts, electronBinary: string): string | null {
  if (facts.platform !== 'linux') return null;
  if (facts.isRoot) {
    return 'npm start: Electron does not run as root with its sandbox; run it as a normal user (or, for a throwaway machine only, npm start -- --no-sandbox).';
  }
  if (!facts.userNamespacesRestricted || facts.sandboxHelperSetuid) return null;
  const helper = path.join(path.dirname(electronBinary), 'chrome-sandbox');
  return [
    'npm start: AppArmor restricts unprivileged user namespaces here (Ubuntu 23.10+), so Electron would abort',
    'on its sandbox. Any one of these fixes it:',
    `  - make the sandbox helper setuid root: sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`,
    `  - or allow user namespaces to this binary with an AppArmor profile (/etc/apparmor.d/muqabala-dev):`,
    `      abi <abi/4.0>, include <tunables/global>`,
    `      profile muqabala-dev ${electronBinary} flags=(unconfined) { userns, }`,
    '    then: sudo apparmor_parser -r /etc/apparmor.d/muqabala-dev',
    '  - or, on a development machine only, npm start -- --no-sandbox',
  ].join('\n');
}
