// Errors of every kind planted into correct NTREX pairs (tests/fixtures/qa)
// are found by their check, and the clean pairs stay (almost) clean.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runChecks } from '../../../../main/core/qa/run';
import { CHECK_NAMES } from '../../../../main/core/qa/types';
import { englishSpellChecker } from '../../../../main/services/spell-checker';
import { FIXTURE_MODEL, fixturePairs } from '../../../helpers/qa-fixture';
import { plantErrors } from '../../../helpers/qa-plant';

const spell = englishSpellChecker();
const options = { model: FIXTURE_MODEL, spell };

test('clean NTREX pairs: no finding of the checks that should never fire on a good translation', () => {
  const findings = runChecks(fixturePairs(), options);
  for (const check of ['untranslated', 'empty', 'repeated', 'terminology', 'consistency'] as const) {
    assert.deepEqual(findings.filter((finding) => finding.check === check).map((finding) => finding.message), [], check);
  }
  // The rest flag loose renderings of a reference translation ('a decade' for 10 years): few.
  const flaggedPairs = new Set(findings.map((finding) => finding.pair));
  assert.ok(flaggedPairs.size <= 15, `${flaggedPairs.size} of 60 clean pairs flagged: ${findings.map((f) => f.message).join(' | ')}`);
});

for (const check of CHECK_NAMES.filter((name) => name !== 'names')) {
  test(`planted ${check} errors are found by the ${check} check`, () => {
    const plant = plantErrors(fixturePairs(), check, 17, 6);
    assert.ok(plant.planted.length >= 3, `only ${plant.planted.length} ${check} errors could be planted`);
    const flagged = new Set(runChecks(plant.pairs, { ...options, glossary: plant.glossary })
      .filter((finding) => finding.check === check).map((finding) => finding.pair));
    const missed = plant.planted.filter((index) => !flagged.has(index));
    // Spelling may miss a typo that is itself a word or two ('form' for 'from'), and the length check a
    // short addition to a pair whose Arabic is long anyway (it is a statistical test); the others find every one.
    assert.ok(missed.length <= (check === 'spelling' || check === 'length' ? 1 : 0), `missed ${check} in ${missed.map((index) => JSON.stringify(plant.pairs[index].en)).join(', ')}`);
  });
}

test('a planted name swap is found where the document shows the name elsewhere', () => {
  const pairs = fixturePairs();
  // Pairs 33 and 48 name Saipov (سايبوف); in 48 the English name becomes Johnson.
  const planted = pairs.map((pair) => pair.index === 48 ? { ...pair, en: ['Saipov has pleaded not guilty to the 22-count indictment.'] } : pair);
  const clean = runChecks(planted, options).filter((finding) => finding.check === 'names' && finding.pair === 48);
  assert.deepEqual(clean, []);
  planted[48] = { ...planted[48], en: ['Johnson has pleaded not guilty to the 22-count indictment.'] };
  const [finding] = runChecks(planted, options).filter((candidate) => candidate.check === 'names' && candidate.pair === 48);
  assert.match(finding.message, /the Arabic names سايبوف \(Saipov\), not found in the English/);
});
