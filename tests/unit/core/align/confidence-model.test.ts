import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { marginDoubt } from '../../../../main/core/align/bead-posterior';
import { judgeBead, judgeByRules, type BeadFacts } from '../../../../main/core/align/confidence';
import { pathCells, pathContext, seamFit, weakestMember } from '../../../../main/core/align/confidence-context';
import { calibrated, CALIBRATION_SCORES } from '../../../../main/core/align/confidence-model';

const MODEL = { ratio: 1.08, variance: 4 };

/** A 2-1 bead the search preferred by a fair margin (a few cost units), as the aligner reports it (its posterior doubts as two paths that far apart would give). */
function mergeFacts(seam: number): BeadFacts {
  return {
    arCount: 2, enCount: 1, arLength: 230, enLength: 245, arNumbers: [], enNumbers: [], evidence: 2.5, ownEvidence: 2.5,
    furniture: 0, margin: 2, crossEvidence: 0, searchMargin: 3, localMargin: 2, deletionsNear: 0, mergesNear: 0,
    seamFit: seam, firstPassAgrees: 1, posteriorDoubt: marginDoubt(2, 1), warmPosteriorDoubt: marginDoubt(2, 2),
  };
}

describe('seam fit of a merge', () => {
  const ar = ['قال الوزير إن المحادثات انتهت.', 'وأضاف أن الاتفاق سيوقع غدا.'];

  it('is small when the one sentence has a clause break where the two would meet', () => {
    assert.ok(seamFit(ar, ['The minister said the talks had ended; the deal will be signed tomorrow, he added.']) < 0.1);
  });

  it('is 1 when the one sentence has no clause break at all, and 0 for beads that merge nothing', () => {
    assert.equal(seamFit(ar, ['The minister said the talks that began in the spring had finally ended this week.']), 1);
    assert.equal(seamFit([ar[0]], ['The minister said the talks had ended.']), 0);
  });

  it('reads the Arabic clause breaks (، ؛) when two English sentences became one Arabic', () => {
    const one = ['قال الوزير إن المحادثات انتهت، وإن الاتفاق سيوقع غدا.'];
    assert.ok(seamFit(one, ['The minister said the talks had ended.', 'The deal will be signed tomorrow.']) < 0.15);
  });
});

describe('weakest sentence of a merge', () => {
  // Evidence between Arabic sentence r and English sentence s.
  const evidence: Record<string, number> = { '0,0': 0, '1,0': 2.5, '2,0': 0.8, '0,1': 0.3 };
  const pair = (r: number, s: number) => evidence[`${r},${s}`] ?? 0;

  it('is the evidence of the least supported sentence on the side with several', () => {
    assert.equal(weakestMember([0, 1], [0], pair), 0);
    assert.equal(weakestMember([1, 2], [0], pair), 0.8);
    // Each sentence counts its best pair: Arabic 0 meets English 1.
    assert.equal(weakestMember([0, 1], [0, 1], pair), 0.3);
  });

  it('is 0 for beads that merge nothing', () => {
    assert.equal(weakestMember([1], [0], pair), 0);
    assert.equal(weakestMember([1, 2], [], pair), 0);
  });
});

describe('fitted confidence', () => {
  it('doubts a merge one of whose sentences brings no evidence of its own while another carries the bead', () => {
    // A 3-1 bead with the same evidence in all (3.3) and the same best pair (2.5): its three
    // Arabic sentences meet the English with 2.5, 0.4, 0.4 (each brings something), or 2.5, 0.8, 0.
    const three = { ...mergeFacts(0.02), arCount: 3, arLength: 330, enLength: 350, evidence: 3.3, ownEvidence: 2.5 };
    const shown = (facts: BeadFacts) => judgeBead(facts, MODEL).confidence;
    const anchored = shown({ ...three, weakestMember: 0.4 });
    const swallowed = shown({ ...three, weakestMember: 0 });
    assert.ok(swallowed < anchored, `${swallowed} vs ${anchored}`);
  });

  it('doubts a merge that shows no clause break at its seam more than one that does', () => {
    const withBreak = judgeBead(mergeFacts(0.02), MODEL).confidence;
    const without = judgeBead(mergeFacts(1), MODEL).confidence;
    assert.ok(without < withBreak - 0.005, `${without} vs ${withBreak}`);
  });

  it('maps scores to confidences that never rise with the score and stay in [0, 1]', () => {
    let previous = Infinity;
    for (let score = CALIBRATION_SCORES[0] - 2; score < CALIBRATION_SCORES[CALIBRATION_SCORES.length - 1] + 2; score += 0.05) {
      const c = calibrated(score);
      assert.ok(c >= 0 && c <= 1 && c <= previous, `${score}: ${c} after ${previous}`);
      previous = c;
    }
  });

  it('keeps the rules for a bead made by hand (no margins)', () => {
    const handMade: BeadFacts = { ...mergeFacts(1), margin: undefined, searchMargin: undefined, localMargin: undefined };
    assert.deepEqual(judgeBead(handMade, MODEL), judgeByRules(handMade, MODEL));
  });
});

describe('path context', () => {
  it('counts sentences without counterpart and merges among the two beads either side, and checks the first pass', () => {
    const path = [{ i: 1, j: 1, shape: 0 }, { i: 2, j: 1, shape: 1 }, { i: 3, j: 2, shape: 0 }, { i: 5, j: 3, shape: 4 }, { i: 6, j: 4, shape: 0 }];
    const first = pathCells([{ i: 1, j: 1, shape: 0 }, { i: 2, j: 2, shape: 0 }, { i: 3, j: 2, shape: 1 }], 4);
    const context = pathContext(path, 2, { search: 3, local: Infinity }, { ar: ['x'], en: ['y'] }, first);
    assert.equal(context.deletionsNear, 1);
    assert.equal(context.mergesNear, 1);
    // Bead (2,1)-(3,2): the first pass went (1,1)-(2,2)-(3,2), never through (2,1).
    assert.equal(context.firstPassAgrees, 0);
    assert.equal(pathContext(path, 0, { search: 3, local: 1 }, { ar: ['x'], en: ['y'] }, first).firstPassAgrees, 1);
    // Beyond the rows the first pass covered, it is not counted against the bead.
    assert.equal(pathContext(path, 4, { search: 3, local: 1 }, { ar: ['x'], en: ['y'] }, first).firstPassAgrees, 1);
  });
});
