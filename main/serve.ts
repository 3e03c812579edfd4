#!/usr/bin/env node
// The loopback bridge: `npm run serve` serves the renderer bundle to any browser
// on this machine, with window.muqabala calling the real session API (the same
// functions the Electron IPC handlers call) over HTTP. Bound to 127.0.0.1 only;
// every request must carry an unguessable token (query ?token=, header
// x-muqabala-token, or the /s/<token>/ path prefix the page is served under so
// its relative URLs carry it), the page itself included: without it, 403.
//
//   node dist/main/serve.js [--port N] [--data-dir DIR] [--autosave-ms N] [--project FILE] [--no-sample]

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { statSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { InvokeReply, MenuCommand, ProgressEvent } from './ipc/contract';
import { isInvokeMethod } from './ipc/validate';
import { createSessionApi, dispatchInvoke, type SessionApiInstance } from './services/api';
import { reviveBytes } from './services/bytes-json';
import { describeError } from './services/errors';
import { RecoveryStore } from './services/recovery';
import { ProjectSession } from './services/session';
import { contentTypeFor, resolveStaticFile, SECURITY_HEADERS } from './services/static-files';
import { APP_VERSION } from './services/version';

export const TOKEN_HEADER = 'x-muqabala-token';
const HOST = '127.0.0.1';
/** Largest request body: two dropped text files, base64-encoded, with room to spare. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;
/** A comment line on the event stream now and then keeps proxies and browsers from timing it out. */
const EVENT_KEEPALIVE_MS = 15_000;

const APP_ROOT = path.resolve(__dirname, '..', '..');

export interface BridgeServerOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** Where recovery files go. */
  dataDir: string;
  autosaveMs?: number;
  /** A project file to open at start. */
  projectPath?: string;
  /**
   * Open the sample project at start when no project is given and no unsaved
   * work waits to be restored (then the page offers the restore first and
   * shows the sample if it is declined). The page waits for this initial load.
   */
  openSample?: boolean;
  /** The renderer bundle (default dist/renderer). */
  rendererDir?: string;
  /** Folder with the sample's texts (default assets/sample). */
  sampleDir?: string;
  /** Default folder offered for new files (default the current directory). */
  defaultDirectory?: string;
  /** Where FreeDict's ara-eng index is looked for (default: Debian's path); tests point at a missing file. */
  freeDictionaryPath?: string;
}

export interface BridgeServer {
  url: string;
  token: string;
  /** Stops serving; unsaved work stays in the recovery file. */
  close(): Promise<void>;
  /** Sends a command to the page as the desktop app's native menu does (once a page is connected). */
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /**
   * Asks the page to close as the desktop app does when its window is closed:
   * the page commits the text being edited, asks about unsaved changes, and
   * answers; resolves with that answer (true: it may close).
   */
  requestClose(): Promise<boolean>;
}

/** ~/Documents when it exists, else the home folder. */
function documentsFolder(): string {
  const documents = path.join(os.homedir(), 'Documents');
  try {
    if (statSync(documents).isDirectory()) return documents;
  } catch {
    // No Documents folder: the home folder will do.
  }
  return os.homedir();
}

type Send = (status: number, body: string | Buffer, contentType: string, extra?: Record<string, string>) => void;

export async function startBridgeServer(options: BridgeServerOptions): Promise<BridgeServer> {
  const token = randomBytes(32).toString('base64url');
  const rendererDir = options.rendererDir ?? path.join(APP_ROOT, 'dist', 'renderer');
  const eventStreams = new Set<http.ServerResponse>();

  /** Resolves once a page listens on the event stream (it opens the stream as it starts). */
  const pageConnected = async (): Promise<void> => {
    while (eventStreams.size === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  const broadcast = (event: string, data: unknown): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  };

  const session = new ProjectSession();
  let answerClose: ((proceed: boolean) => void) | null = null;
  const api: SessionApiInstance = createSessionApi({
    session,
    recovery: new RecoveryStore(options.dataDir),
    autosaveMs: options.autosaveMs,
    dialogs: null,
    emitProgress: (event: ProgressEvent) => broadcast('progress', event),
    appVersion: APP_VERSION,
    shell: 'browser',
    sampleDir: options.sampleDir ?? path.join(APP_ROOT, 'assets', 'sample'),
    // The user's documents, not the folder the server was started from (the application's own).
    defaultDirectory: options.defaultDirectory ?? documentsFolder(),
    freeDictionaryPath: options.freeDictionaryPath,
    onBackgroundError: (error) => process.stderr.write(`muqabala serve: autosave failed: ${describeError(error)}\n`),
    closeWindow: () => answerClose?.(true),
    closeCancelled: () => answerClose?.(false),
  });

  // The initial load (one owner: here, as the Electron main process does for a
  // window); the page's startup() waits for it. A --project that cannot be
  // opened stops the server; the sample aligns while the page loads.
  if (options.projectPath) {
    const error = await api.beginInitialLoad({ kind: 'file', path: path.resolve(options.projectPath) }, 'none');
    if (error) throw new Error(error);
  } else if (options.openSample) {
    const restoreFirst = (await api.checkRecovery()).available;
    void api.beginInitialLoad(restoreFirst ? { kind: 'none' } : { kind: 'sample' }, 'sample');
  }

  const server = http.createServer((request, response) => {
    const send: Send = (status, body, contentType, extra = {}) => {
      response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, ...extra });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    handleRequest(request, response, send).catch((error) => {
      if (!response.headersSent) send(500, `Internal error: ${describeError(error)}\n`, 'text/plain; charset=utf-8');
      else response.destroy();
    });
  });

  async function handleRequest(request: http.IncomingMessage, response: http.ServerResponse, send: Send): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 would send its own Host.
    const host = request.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
      send(403, 'Forbidden: unknown host\n', 'text/plain; charset=utf-8');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${HOST}:${port}`);
    const { pathname, tokenFromPath } = splitTokenPrefix(url.pathname);
    const header = request.headers[TOKEN_HEADER];
    const presented = tokenFromPath ?? (typeof header === 'string' ? header : null) ?? url.searchParams.get('token');
    if (presented === null || !sameToken(presented, token)) {
      send(403, 'Forbidden: this Muqabala editor needs the token printed by npm run serve\n', 'text/plain; charset=utf-8');
      return;
    }

    if (pathname.startsWith('/api/')) {
      const name = pathname.slice('/api/'.length);
      if (name === 'events') {
        if (request.method !== 'GET') return send(405, 'Method not allowed\n', 'text/plain; charset=utf-8', { Allow: 'GET' });
        return openEventStream(response);
      }
      if (request.method !== 'POST') return send(405, 'Method not allowed\n', 'text/plain; charset=utf-8', { Allow: 'POST' });
      if (!isInvokeMethod(name)) {
        return sendReply(send, 404, { ok: false, error: { code: 'bad-request', message: `Unknown method "${name}".` } });
      }
      const body = await readBody(request);
      if (body === null) {
        return sendReply(send, 413, { ok: false, error: { code: 'bad-request', message: 'The request is too large.' } });
      }
      let args: unknown;
      try {
        args = body.length === 0 ? [] : JSON.parse(body.toString('utf8'), reviveBytes);
      } catch {
        return sendReply(send, 400, { ok: false, error: { code: 'bad-request', message: 'The request body is not valid JSON.' } });
      }
      const reply = await dispatchInvoke(api, name, args);
      // An error the service reports (a bad file, a refused edit) is an answer, as
      // over Electron's IPC: 200 with ok:false. Only a failure of the call itself
      // is an HTTP error, so the browser does not log expected refusals as failed loads.
      return sendReply(send, reply.ok || reply.error.code !== 'internal' ? 200 : 500, reply);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, 'Method not allowed\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    }
    // The page asked for with ?token= moves under /s/<token>/ so that its relative URLs (scripts, fonts, workers) carry the token.
    if ((tokenFromPath === null && (pathname === '/' || pathname === '/index.html')) || url.pathname === `/s/${token}`) {
      return send(302, '', 'text/plain; charset=utf-8', { Location: `/s/${token}/` });
    }
    const file = resolveStaticFile(rendererDir, pathname);
    if (!file) return send(404, 'Not found\n', 'text/plain; charset=utf-8');
    if (path.basename(file) === 'index.html' && path.dirname(file) === path.resolve(rendererDir)) {
      const page = await fs.readFile(file, 'utf8');
      return send(200, injectBridge(page, token), contentTypeFor(file));
    }
    send(200, await fs.readFile(file), contentTypeFor(file));
  }

  function openEventStream(response: http.ServerResponse): void {
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    eventStreams.add(response);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), EVENT_KEEPALIVE_MS);
    response.on('close', () => {
      clearInterval(keepAlive);
      eventStreams.delete(response);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as { port: number };
  const url = `http://${HOST}:${address.port}/?token=${token}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    token,
    async sendMenuCommand(command) {
      await pageConnected();
      broadcast('menu-command', command);
    },
    async requestClose() {
      await pageConnected();
      return new Promise<boolean>((resolve) => {
        answerClose = (proceed) => {
          answerClose = null;
          resolve(proceed);
        };
        broadcast('close-request', null);
      });
    },
    close() {
      closing ??= (async () => {
        for (const stream of eventStreams) stream.end();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await api.shutdown();
      })();
      return closing;
    },
  };
}

/** '/s/<token>/rest' -> ('/rest', token); anything else unchanged, with no token. */
function splitTokenPrefix(pathname: string): { pathname: string; tokenFromPath: string | null } {
  const match = /^\/s\/([A-Za-z0-9_-]+)(\/.*)?$/.exec(pathname);
  if (!match) return { pathname, tokenFromPath: null };
  return { pathname: match[2] ?? '/', tokenFromPath: match[1] };
}

function sameToken(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bridge script goes in before the renderer's own (deferred) script runs; the token rides in a meta tag. */
function injectBridge(page: string, token: string): string {
  const tags = `<meta name="muqabala-bridge-token" content="${token}">\n<script src="http-bridge.js"></script>\n`;
  return page.includes('</head>') ? page.replace('</head>', `${tags}</head>`) : tags + page;
}

function sendReply(send: Send, status: number, reply: InvokeReply<unknown>): void {
  send(status, JSON.stringify(reply), 'application/json; charset=utf-8');
}

function readBody(request: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'muqabala-serve');
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'autosave-ms': { type: 'string' },
      project: { type: 'string' },
      'no-sample': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: npm run serve -- [--port N] [--data-dir DIR] [--autosave-ms N] [--project FILE] [--no-sample]\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: "${values.port}" is not a port number`);
  const autosaveMs = values['autosave-ms'] === undefined ? undefined : Number(values['autosave-ms']);
  if (autosaveMs !== undefined && (!Number.isInteger(autosaveMs) || autosaveMs < 0)) {
    throw new Error(`--autosave-ms: "${values['autosave-ms']}" is not a number of milliseconds`);
  }
  const server = await startBridgeServer({
    port,
    dataDir: path.resolve(values['data-dir'] ?? defaultDataDir()),
    autosaveMs,
    projectPath: values.project,
    openSample: !values['no-sample'],
  });
  process.stdout.write(`Muqabala editor: ${server.url}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`muqabala serve: ${describeError(error)}\n`);
    process.exit(2);
  });
}
