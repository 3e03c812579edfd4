import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { alignSentences } from '../../../../main/core/align/align';
import { segmentText } from '../../../../main/core/segment/segment';
import { repoRoot } from '../../../helpers/paths';

const fixture = (lang: 'ar' | 'en') => readFileSync(path.join(repoRoot(), `tests/fixtures/paragraphs/ntrex-017.${lang}.txt`), 'utf8');

describe('paragraph breaks as evidence', () => {
  it('pairs the sentences that open a paragraph on both sides: two Arabic sentences fused in the English are one pair, none left alone', () => {
    const ar = segmentText(fixture('ar'), 'ar');
    const en = segmentText(fixture('en'), 'en');
    const { beads } = alignSentences(ar, en);
    const opening = en.findIndex((s) => s.text.startsWith('The center was monitoring'));
    const bead = beads.find((b) => b.en.includes(opening));
    assert.ok(bead);
    assert.ok(ar[bead.ar[0]].text.startsWith('وكان المركز يراقب'), ar[bead.ar[0]].text);
    assert.equal(bead.ar.length, 2);
    assert.ok(!beads.some((b) => b.en.length === 0 && b.ar.some((r) => ar[r].text.startsWith('وكان المركز'))), 'the paragraph\'s first Arabic sentence is left without counterpart');
  });
});
