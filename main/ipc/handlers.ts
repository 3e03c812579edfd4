// One ipcMain.handle per contract method. Each checks that the call comes from
// the top frame of one of our windows showing our own app:// page, validates the
// arguments (validate.ts, through dispatchInvoke) and runs the window's session
// API; the reply is an InvokeReply, so errors reach the renderer as
// {code, message} without Electron's wrapping or a stack trace.

import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelFor, INVOKE_METHODS, type InvokeReply } from './contract';
import { dispatchInvoke, type SessionApi } from '../services/api';
import { isAppUrl } from '../shell/app-origin';

/** The session API of the window that owns these web contents, or null for anything we did not create. */
export type ApiForSender = (sender: WebContents) => SessionApi | null;

function isTrustedFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

const REFUSED: InvokeReply<never> = {
  ok: false,
  error: { code: 'bad-request', message: 'Request refused: it does not come from a Muqabala window.' },
};

export function registerIpcHandlers(apiFor: ApiForSender): void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(channelFor(method), async (event, ...args: unknown[]) => {
      const api = isTrustedFrame(event) ? apiFor(event.sender) : null;
      if (!api) return REFUSED;
      return dispatchInvoke(api, method, args);
    });
  }
}
