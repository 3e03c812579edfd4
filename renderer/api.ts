// The renderer's only door to the main process: window.muqabala, exposed by the
// Electron preload or by the loopback bridge script (npm run serve).
import type { MuqabalaApi } from '../main/ipc/contract';

declare global {
  interface Window {
    muqabala?: MuqabalaApi;
  }
}

/** Resolves once window.muqabala exists (the bridge script may load after us). */
export async function waitForApi(timeoutMs = 10_000): Promise<MuqabalaApi> {
  const started = Date.now();
  while (!window.muqabala) {
    if (Date.now() - started > timeoutMs) {
      throw new Error('The application bridge (window.muqabala) is not available.');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return window.muqabala;
}

/** The message of an error that crossed the bridge (ApiErrorPayload or Error). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

/** True when a task was cancelled by the user (ApiErrorPayload code 'cancelled'). */
export function isCancelled(error: unknown): boolean {
  return !!error && typeof error === 'object' && 'code' in error && (error as { code: unknown }).code === 'cancelled';
}
