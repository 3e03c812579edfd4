// Loose translations (tests/fixtures/loose: condensed, restructured, footnote
// digits glued to words) give weak evidence either way: short, with a real
// order only a little better than shuffled and anchors agreeing 60-70%. They
// must not be told "the two texts do not look like translations of each other";
// the honest verdict is "undecided", with a reason saying why.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { alignSentences } from '../../../../main/core/align/align';
import { segmentText } from '../../../../main/core/segment/segment';
import { repoRoot } from '../../../helpers/paths';

const LOOSE = path.join(repoRoot(), 'tests/fixtures/loose');
const read = (name: string) => readFileSync(path.join(LOOSE, name), 'utf8');

describe('match score on loose translations', () => {
  for (const name of ['condensed-000', 'restructured-022', 'restructured-condensed-footnotes-052']) {
    it(`does not flag ${name} as "not a translation", and says why it claims nothing`, () => {
      const result = alignSentences(segmentText(read(`${name}.ar.txt`), 'ar'), segmentText(read(`${name}.en.txt`), 'en'));
      assert.equal(result.verdict, 'undecided', `${result.summary.matchScore}: ${result.summary.matchReason}`);
      assert.equal(result.isTranslation, true, 'no warning');
      assert.match(result.summary.matchReason ?? '', /^too little evidence either way to judge; aligned pairs explain the texts \d\.\d× better than shuffled ones/);
      assert.ok(!result.beads.some((bead) => bead.reasons.some((reason) => /do not look like translations/.test(reason))), 'no bead is bounded');
    });
  }
});

describe('match score on an anchor-poor restructured translation', () => {
  it('does not flag it although its real order is no better than shuffled: without names, order is no evidence against', () => {
    const name = 'anchor-poor-restructured-043';
    const result = alignSentences(segmentText(read(`${name}.ar.txt`), 'ar'), segmentText(read(`${name}.en.txt`), 'en'));
    assert.equal(result.verdict, 'undecided', `${result.summary.matchScore}: ${result.summary.matchReason}`);
    assert.match(result.summary.matchReason ?? '', /^too few names and numbers to judge; aligned pairs explain the texts 0\.\d× better than shuffled ones/);
  });
});
