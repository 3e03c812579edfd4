import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { menuAccelerator } from '../../../main/electron/accelerators';
import { COMMANDS } from '../../../main/ipc/command-table';
import type { MenuCommand } from '../../../main/ipc/contract';

describe('menu accelerators, from the command table', () => {
  it('are the keys the editor answers to, in Electron notation', () => {
    // What the menu showed when these were written out by hand.
    const expected: Array<[MenuCommand, string | undefined]> = [
      ['new-project', 'CmdOrCtrl+N'], ['save-as', 'CmdOrCtrl+Shift+S'], ['undo', 'CmdOrCtrl+Z'], ['redo', 'CmdOrCtrl+Y'],
      ['move-ar-first-up', 'CmdOrCtrl+Shift+Up'], ['insert-empty', 'CmdOrCtrl+Enter'], ['delete-empty', 'CmdOrCtrl+Delete'],
      ['approve', 'A'], ['approve-and-next', 'Space'], ['next-doubtful', 'D'], ['shortcuts', 'F1'], ['about', undefined],
    ];
    for (const [id, accelerator] of expected) assert.equal(menuAccelerator(id, false), accelerator, id);
  });

  it('follow macOS for Redo and change nothing else there', () => {
    assert.equal(menuAccelerator('redo', true), 'CmdOrCtrl+Shift+Z');
    assert.equal(menuAccelerator('approve-and-next', true), 'Space');
    assert.equal(menuAccelerator('save-as', true), 'CmdOrCtrl+Shift+S');
  });

  it('exist for every menu command that has a key', () => {
    const menuCommands = COMMANDS.filter((command) => !['select-next', 'select-previous', 'page-down', 'page-up', 'select-first', 'select-last', 'edit-english', 'edit-arabic'].includes(command.id));
    for (const command of menuCommands) {
      const accelerator = menuAccelerator(command.id as MenuCommand, false);
      if (command.keys.length > 0) assert.match(accelerator ?? '', /^(CmdOrCtrl\+)?(Alt\+)?(Shift\+)?[A-Za-z0-9]+$/, command.id);
      else assert.equal(accelerator, undefined, command.id);
    }
  });
});
