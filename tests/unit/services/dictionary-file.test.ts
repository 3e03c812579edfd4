import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FREEDICT_ARA_ENG, installedDictionary, loadDictionaryFile } from '../../../main/services/dictionary-file';

describe('--dictionary auto', () => {
  it('stands for the installed dictd index, or for nothing when it is not installed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'muqabala-dict-'));
    const index = path.join(dir, 'freedict-ara-eng.index');
    assert.equal(await installedDictionary(index), null);
    writeFileSync(index, '');
    assert.equal(await installedDictionary(index), index);
  });

  it('points at Debian’s FreeDict ara-eng, which loads when installed', async () => {
    assert.equal(FREEDICT_ARA_ENG, '/usr/share/dictd/freedict-ara-eng.index');
    const found = await installedDictionary();
    if (found === null) return; // not installed here: nothing to load (the CLI then says so, see cli.test.ts)
    const dictionary = await loadDictionaryFile(found);
    assert.ok(dictionary.translations('كتاب').length > 0);
  });
});
