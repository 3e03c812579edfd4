// Closing a window and quitting, step by step as Electron's events arrive.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerClose, attemptClose, closeAnswered, NOT_QUITTING, OPEN_WINDOW, quitRequested, quitWhenAllClosed,
  rendererGone, rendererHung, rendererStartedUp,
} from '../../../main/shell/close-flow';

const started = rendererStartedUp(OPEN_WINDOW);

describe('closing a window', () => {
  it('always asks a running renderer first, however clean the project looks (text being typed is not committed yet)', () => {
    const first = attemptClose(started);
    assert.equal(first.action, 'ask-renderer');
    // A second click while the question is out does not ask twice.
    assert.equal(attemptClose(first.state).action, 'wait');
    const answered = answerClose(first.state, true);
    assert.equal(answered.action, 'close');
    // The close that follows goes through.
    assert.equal(attemptClose(answered.state).action, 'close');
  });

  it('the user cancels: the window stays, and a later close asks again', () => {
    const asked = attemptClose(started).state;
    const cancelled = answerClose(asked, false);
    assert.equal(cancelled.action, 'stay');
    assert.equal(attemptClose(cancelled.state).action, 'ask-renderer');
  });

  it('a renderer that has not started yet cannot hold anything typed: the window closes', () => {
    assert.equal(attemptClose(OPEN_WINDOW).action, 'close');
  });

  it('a crashed renderer: a pending close goes ahead, and so does any later one', () => {
    const asked = attemptClose(started).state;
    const gone = rendererGone(asked);
    assert.equal(gone.action, 'close');
    assert.equal(rendererGone(started).action, 'stay');
    assert.equal(attemptClose(rendererGone(started).state).action, 'close');
  });

  it('a hung renderer: no dead end while it hangs; once it responds again, closes ask it again', () => {
    const asked = attemptClose(started).state;
    const hung = rendererHung(asked, true);
    assert.equal(hung.action, 'close');
    assert.equal(attemptClose(rendererHung(started, true).state).action, 'close');
    const recovered = rendererHung(rendererHung(started, true).state, false).state;
    assert.equal(attemptClose(recovered).action, 'ask-renderer');
  });
});

describe('quitting', () => {
  it('a Quit held back by a window resumes once the user lets that window close', () => {
    const quitting = quitRequested();
    assert.deepEqual(closeAnswered(quitting, true), { quit: quitting, resumeQuit: true });
  });

  it('cancelling the dialog calls the Quit off', () => {
    assert.deepEqual(closeAnswered(quitRequested(), false), { quit: NOT_QUITTING, resumeQuit: false });
    // A close without a Quit resumes nothing.
    assert.deepEqual(closeAnswered(NOT_QUITTING, true), { quit: NOT_QUITTING, resumeQuit: false });
  });

  it('the last window closed quits on Windows and Linux; on macOS only during a Quit', () => {
    assert.equal(quitWhenAllClosed('win32', NOT_QUITTING), true);
    assert.equal(quitWhenAllClosed('linux', NOT_QUITTING), true);
    assert.equal(quitWhenAllClosed('darwin', NOT_QUITTING), false);
    assert.equal(quitWhenAllClosed('darwin', quitRequested()), true);
  });
});
