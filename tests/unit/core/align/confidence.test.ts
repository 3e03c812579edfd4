import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { alignSentences, crossEvidence, MATCH_THRESHOLD, scoreBead } from '../../../../main/core/align/align';
import { boundByMatch, NOT_TRANSLATIONS_REASON } from '../../../../main/core/align/confidence';
import { extractPairFeatures } from '../../../../main/core/align/features';
import { blockMargin, isIrregular, localMargins } from '../../../../main/core/align/local-margin';
import { initialParameters, shapeIndex } from '../../../../main/core/align/model';
import { BeadScorer } from '../../../../main/core/align/scorer';
import { fullBand } from '../../../../main/core/align/search';
import { segmentText } from '../../../../main/core/segment/segment';
import { PAIRS } from './sentences';

const inputs = (texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));
const repoRoot = path.resolve(__dirname, '../../../../..');

function scorerFor(ar: string[], en: string[]): BeadScorer {
  const features = extractPairFeatures(inputs(ar), inputs(en));
  const scorer = new BeadScorer(features.ar, features.en, initialParameters(features.ar, features.en));
  scorer.prepare(fullBand(ar.length, en.length));
  return scorer;
}

describe('local margin', () => {
  const ar = PAIRS.slice(0, 4).map((p) => p.ar);
  const en = PAIRS.slice(0, 4).map((p) => p.en);

  it('looks only at beads with a bead that is not one-to-one within two beads either side', () => {
    const path = [{ i: 1, j: 1, shape: 0 }, { i: 2, j: 2, shape: 0 }, { i: 3, j: 3, shape: 0 }, { i: 3, j: 4, shape: 2 },
      { i: 4, j: 5, shape: 0 }, { i: 5, j: 6, shape: 0 }, { i: 6, j: 7, shape: 0 }];
    assert.deepEqual(path.map((_, k) => isIrregular(path, k)), [false, true, true, true, true, true, false]);
  });

  it('is large for a right pair and 0 for a pair shifted next to a sentence without counterpart', () => {
    const scorer = scorerFor(ar, en);
    // Right: [A0-E0] [A1-E1] [A2-E2]; the block is the whole table.
    assert.ok(blockMargin(scorer, 0, 0, 3, 3, 1, 1, 2, 2, 0) > 3);
    // Shifted: A1 with E2 (E1 left alone before it); the best arrangement of the block does not use it.
    assert.equal(blockMargin(scorer, 0, 0, 3, 3, 1, 2, 2, 3, 0), 0);
  });

  it('marks a shifted pair in a path as doubtful and leaves a clean run alone', () => {
    const scorer = scorerFor(ar, en);
    const shifted = [{ i: 1, j: 1, shape: 0 }, { i: 1, j: 2, shape: 2 }, { i: 2, j: 3, shape: 0 }, { i: 3, j: 4, shape: 0 }, { i: 4, j: 4, shape: 1 }];
    const margins = localMargins(scorer, shifted);
    assert.equal(margins[2], 0);
    const clean = [1, 2, 3, 4].map((k) => ({ i: k, j: k, shape: 0 }));
    assert.ok(localMargins(scorer, clean).every((m) => m === Infinity));
  });

  it('gives every bead of a long irregular path the margin of its own block searched afresh', () => {
    // localMargins takes the costs of the beads shared with the last block from it: the margins must not change.
    // The right path of a text where every fifth Arabic sentence has no counterpart and some English sentences join two.
    const all = Array.from({ length: 6 }, () => PAIRS).flat();
    const en: string[] = [];
    const path: { i: number; j: number; shape: number }[] = [];
    for (let k = 0; k < all.length; k++) {
      const last = path.length > 0 ? path[path.length - 1] : { i: 0, j: 0 };
      if (k % 5 === 4) {
        path.push({ i: last.i + 1, j: last.j, shape: shapeIndex(1, 0) });
      } else if (k % 7 === 0 && k + 1 < all.length && (k + 1) % 5 !== 4) {
        en.push(`${all[k].en} ${all[k + 1].en}`);
        path.push({ i: last.i + 2, j: last.j + 1, shape: shapeIndex(2, 1) });
        k++;
      } else {
        en.push(all[k].en);
        path.push({ i: last.i + 1, j: last.j + 1, shape: shapeIndex(1, 1) });
      }
    }
    const scorer = scorerFor(all.map((p) => p.ar), en);
    const expected = path.map((step, k) => {
      if (!isIrregular(path, k)) return Infinity;
      const last = path[Math.min(path.length - 1, k + 2)];
      const corner = k < 3 ? { i: 0, j: 0 } : path[k - 3];
      const start = k === 0 ? { i: 0, j: 0 } : path[k - 1];
      return blockMargin(scorer, corner.i, corner.j, last.i, last.j, start.i, start.j, step.i, step.j, step.shape);
    });
    assert.ok(new Set(expected.filter((m) => m > 0 && m < Infinity)).size > 15);
    assert.deepEqual([...localMargins(scorer, path)], expected);
  });

  it('finds the number a neighbouring sentence shares with a bead', () => {
    // PAIRS[2] holds the number 450: paired with PAIRS[1]'s English, its neighbour E2 shares it.
    const scorer = scorerFor(ar, en);
    assert.ok(crossEvidence(scorer, [2], [1]) >= 2.5);
    assert.equal(crossEvidence(scorer, [0], [0]), 0);
  });
});

describe('confidence bounded by the match score', () => {
  it('leaves beads of a translation alone and caps those of a pair that is not one, saying why', () => {
    const judged = { confidence: 0.95, reasons: [] };
    assert.deepEqual(boundByMatch(judged, 0.9, MATCH_THRESHOLD), judged);
    const capped = boundByMatch(judged, 0.2, MATCH_THRESHOLD);
    assert.ok(capped.confidence <= 0.6 * 0.2 / MATCH_THRESHOLD + 1e-9);
    assert.deepEqual(capped.reasons, [NOT_TRANSLATIONS_REASON]);
    assert.deepEqual(boundByMatch({ confidence: 0.1, reasons: [] }, 0.2, MATCH_THRESHOLD), { confidence: 0.1, reasons: [] });
  });

  it('shows no pair of seed 001 against seed 002 as trustworthy', () => {
    const ar = readFileSync(path.join(repoRoot, 'assets/sample/putin-bases-taliban.ar.txt'), 'utf8');
    const en = readFileSync(path.join(repoRoot, 'tests/fixtures/samples/002_716a7d0f8711187b.txt'), 'utf8');
    const { beads } = alignSentences(segmentText(ar, 'ar'), segmentText(en, 'en'));
    const highest = Math.max(...beads.filter((b) => b.ar.length > 0 && b.en.length > 0).map((b) => b.confidence));
    assert.ok(highest <= 0.6, `highest confidence ${highest}`);
  });

  it('rescores a hand-edited bead of such a pair low, with the reason in plain words', () => {
    const ar = 'وأكدت الوزارة أن عدد المشاركين في المؤتمر تجاوز 1200 شخص من 35 دولة.';
    const en = 'The ministry said more than 1,200 people from 35 countries took part in the conference.';
    const good = scoreBead({ matchScore: 0.9, lengthRatio: 1.15, lengthVariance: 6 }, [ar], [en]);
    const unmatched = scoreBead({ matchScore: 0.1, lengthRatio: 1.15, lengthVariance: 6 }, [ar], [en]);
    assert.ok(good.confidence > 0.8);
    assert.ok(unmatched.confidence < 0.2, String(unmatched.confidence));
    assert.deepEqual(unmatched.reasons, [NOT_TRANSLATIONS_REASON]);
  });
});
