// Closing a window and quitting the app, as a small state machine with no
// Electron in it. A window may close only after its renderer has committed the
// text being typed (editors commit on blur, so the main process's `dirty`
// alone would miss it) and, if there are unsaved changes, asked the user.
// A renderer that has crashed or hangs cannot answer: the window then closes
// at once, and its last committed work goes to the recovery file (the session
// is flushed on 'closed'), to be offered at the next start.
// A Quit that a window held back resumes once that window is allowed to close;
// cancelling the dialog calls the Quit off.

export interface WindowCloseState {
  /** The renderer has started (called startup()) and listens for close requests; before that nothing can have been typed. */
  rendererStarted: boolean;
  /** The renderer has allowed the close (changes saved or discarded, or none). */
  confirmed: boolean;
  /** A close request is with the renderer and not yet answered. */
  asking: boolean;
  /** The renderer process is gone (crashed, killed). */
  rendererGone: boolean;
  /** The renderer does not respond (Electron's 'unresponsive', until 'responsive'). */
  rendererHung: boolean;
}

export const OPEN_WINDOW: WindowCloseState = { rendererStarted: false, confirmed: false, asking: false, rendererGone: false, rendererHung: false };

/** The renderer has called startup(): from now on a close asks it first. */
export function rendererStartedUp(state: WindowCloseState): WindowCloseState {
  return { ...state, rendererStarted: true };
}

/** close: let the window close; ask-renderer: prevent it and send the close request; wait: prevent it, a request is already out. */
export type CloseAttempt = 'close' | 'ask-renderer' | 'wait';

/** The window's 'close' event (close button, Ctrl/Cmd+W, File › Close, or Quit closing every window). */
export function attemptClose(state: WindowCloseState): { state: WindowCloseState; action: CloseAttempt } {
  if (state.confirmed || state.rendererGone || state.rendererHung || !state.rendererStarted) return { state, action: 'close' };
  if (state.asking) return { state, action: 'wait' };
  return { state: { ...state, asking: true }, action: 'ask-renderer' };
}

/** The renderer's answer (confirmClose): proceed closes the window, otherwise it stays and the user goes on. */
export function answerClose(state: WindowCloseState, proceed: boolean): { state: WindowCloseState; action: 'close' | 'stay' } {
  if (!proceed) return { state: { ...state, asking: false }, action: 'stay' };
  return { state: { ...state, asking: false, confirmed: true }, action: 'close' };
}

/** The renderer crashed or was killed: a pending close goes ahead (nobody is left to answer it). */
export function rendererGone(state: WindowCloseState): { state: WindowCloseState; action: 'close' | 'stay' } {
  const next = { ...state, rendererGone: true };
  return { state: next, action: state.asking ? 'close' : 'stay' };
}

/** The renderer hangs (or recovers): a pending close goes ahead while it hangs. */
export function rendererHung(state: WindowCloseState, hung: boolean): { state: WindowCloseState; action: 'close' | 'stay' } {
  const next = { ...state, rendererHung: hung };
  return { state: next, action: hung && state.asking ? 'close' : 'stay' };
}

export interface QuitState {
  /** A Quit is in progress (before-quit seen, not called off). */
  quitting: boolean;
}

export const NOT_QUITTING: QuitState = { quitting: false };

/** app 'before-quit' (Cmd+Q, File › Quit, the Dock, logging out). */
export function quitRequested(): QuitState {
  return { quitting: true };
}

/**
 * A window's close was answered. Electron stops a Quit as soon as one window
 * prevents its close, so a confirmed close during a Quit must quit again
 * (the other windows then ask in turn); a cancelled one calls the Quit off.
 */
export function closeAnswered(quit: QuitState, proceed: boolean): { quit: QuitState; resumeQuit: boolean } {
  if (!proceed) return { quit: NOT_QUITTING, resumeQuit: false };
  return { quit, resumeQuit: quit.quitting };
}

/** app 'window-all-closed': quit, except on macOS where the app stays in the Dock unless a Quit is under way. */
export function quitWhenAllClosed(platform: NodeJS.Platform, quit: QuitState): boolean {
  return platform !== 'darwin' || quit.quitting;
}
