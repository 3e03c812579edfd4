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
  const cachedZip = path.join(cacheRoot, createHash('sha256').update(folderUrl).digest('hex'), fileName);
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
