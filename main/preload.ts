// The sandboxed preload: exposes window.muqabala (the MuqabalaApi of the
// contract) and nothing else; ipcRenderer itself never reaches the page.
// Bundled into one CommonJS file (dist/preload/preload.js) with 'electron'
// external, since a sandboxed preload cannot require local files.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channelFor, CLOSE_REQUEST_CHANNEL, INVOKE_METHODS, MENU_COMMAND_CHANNEL, PROGRESS_CHANNEL,
  type InvokeMethod, type InvokeReply, type MenuCommand, type MuqabalaApi, type ProgressEvent,
} from './ipc/contract';

async function invoke(method: InvokeMethod, args: unknown[]): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(channelFor(method), ...args)) as InvokeReply<unknown>;
  if (reply.ok) return reply.value;
  // A plain {code, message} object: contextBridge keeps it intact, unlike an Error's extra fields.
  throw reply.error;
}

function listen<T>(channel: string, listener: (value: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, value: T): void => listener(value);
  ipcRenderer.on(channel, wrapped);
  return () => { ipcRenderer.removeListener(channel, wrapped); };
}

const api = Object.fromEntries(
  INVOKE_METHODS.map((method) => [method, (...args: unknown[]) => invoke(method, args)]),
) as unknown as Pick<MuqabalaApi, InvokeMethod>;

const muqabala: MuqabalaApi = {
  ...api,
  onMenuCommand: (listener) => listen<MenuCommand>(MENU_COMMAND_CHANNEL, listener),
  onProgress: (listener) => listen<ProgressEvent>(PROGRESS_CHANNEL, listener),
  onCloseRequest: (listener) => listen<void>(CLOSE_REQUEST_CHANNEL, () => listener()),
};

contextBridge.exposeInMainWorld('muqabala', muqabala);
