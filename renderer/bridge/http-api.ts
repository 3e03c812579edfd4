// window.muqabala in a plain browser, over the loopback bridge (npm run serve):
// the same MuqabalaApi the Electron preload exposes, each call a POST to
// api/<method> with the JSON arguments, progress and menu commands as
// Server-Sent Events from api/events. The server injects this script and a
// <meta name="muqabala-bridge-token"> into index.html; every request carries
// that token. Bundled by scripts/build-bundles.mjs to dist/renderer/http-bridge.js.

import type {
  ApiErrorPayload, InvokeMethod, InvokeReply, MenuCommand, MuqabalaApi, ProgressEvent,
} from '../../main/ipc/contract';
import { INVOKE_METHODS } from '../../main/ipc/contract';

const TOKEN_HEADER = 'x-muqabala-token';

function bridgeToken(): string {
  const meta = document.querySelector('meta[name="muqabala-bridge-token"]');
  const fromMeta = meta?.getAttribute('content');
  if (fromMeta) return fromMeta;
  return new URLSearchParams(location.search).get('token') ?? '';
}

const token = bridgeToken();

/** Uint8Array arguments (dropped files) travel as {"$bytes": base64}. */
function encodeBytes(_key: string, value: unknown): unknown {
  if (!(value instanceof Uint8Array)) return value;
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < value.length; offset += chunk) {
    binary += String.fromCharCode(...value.subarray(offset, offset + chunk));
  }
  return { $bytes: btoa(binary) };
}

function transportError(message: string): ApiErrorPayload {
  return { code: 'internal', message };
}

async function invoke(method: InvokeMethod, args: unknown[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(args, encodeBytes),
      // The reviewer's place is sent as the page goes away (a reload): keepalive lets it outlive the page.
      keepalive: method === 'setViewState',
    });
  } catch {
    throw transportError('The Muqabala server is not reachable (was npm run serve stopped?).');
  }
  let reply: InvokeReply<unknown>;
  try {
    reply = (await response.json()) as InvokeReply<unknown>;
  } catch {
    throw transportError(`The Muqabala server answered ${response.status} ${response.statusText}.`);
  }
  if (reply.ok) return reply.value;
  throw reply.error;
}

type Listener<T> = (value: T) => void;
const menuListeners = new Set<Listener<MenuCommand>>();
const progressListeners = new Set<Listener<ProgressEvent>>();
const closeListeners = new Set<Listener<void>>();
let events: EventSource | null = null;

/** One event stream for all listeners, opened with the first one. */
function ensureEventStream(): void {
  if (events) return;
  events = new EventSource(`api/events?token=${encodeURIComponent(token)}`);
  events.addEventListener('progress', (event) => {
    const data = JSON.parse((event as MessageEvent<string>).data) as ProgressEvent;
    for (const listener of progressListeners) listener(data);
  });
  events.addEventListener('close-request', () => {
    for (const listener of closeListeners) listener();
  });
  events.addEventListener('menu-command', (event) => {
    const command = JSON.parse((event as MessageEvent<string>).data) as MenuCommand;
    for (const listener of menuListeners) listener(command);
  });
}

function subscribe<T>(listeners: Set<Listener<T>>, listener: Listener<T>): () => void {
  ensureEventStream();
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

const api = Object.fromEntries(
  INVOKE_METHODS.map((method) => [method, (...args: unknown[]) => invoke(method, args)]),
) as unknown as Pick<MuqabalaApi, InvokeMethod>;

// The page's first question, asked as this script runs, while the renderer's
// own script is still loading: on a large project the answer (megabytes) is
// the longest wait of the open. The app's own startup() call gets this answer.
// Menu commands and close requests still wait for the app: the server sends
// them only once the event stream is open, which the app's first listener opens.
let earlyStartup: Promise<unknown> | null = invoke('startup', []);
earlyStartup.catch(() => undefined);
api.startup = () => {
  const answer = earlyStartup ?? invoke('startup', []);
  earlyStartup = null;
  return answer as ReturnType<MuqabalaApi['startup']>;
};

const bridge: MuqabalaApi = {
  ...api,
  onMenuCommand: (listener) => subscribe(menuListeners, listener),
  onProgress: (listener) => subscribe(progressListeners, listener),
  onCloseRequest: (listener) => subscribe(closeListeners, listener),
};

Object.defineProperty(window, 'muqabala', { value: Object.freeze(bridge), writable: false, configurable: false });
