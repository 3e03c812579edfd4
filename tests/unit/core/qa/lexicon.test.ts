// The project lexicon learnt from approved pairs, its TSV form (loadable as a
// dictionary), and "Re-align the unreviewed pairs" as one undoable step.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDictionary } from '../../../../main/core/align/dictionary';
import { createEditContext } from '../../../../main/core/pipeline';
import { EditHistory } from '../../../../main/core/project/history';
import { planEdit } from '../../../../main/core/project/operations';
import { expectedTerms, learnLexicon, lexiconToTsv, parseLexiconTsv } from '../../../../main/core/qa/lexicon';
import { englishSpellChecker } from '../../../../main/services/spell-checker';
import { projectFromPairs } from '../../../helpers/project-builder';

const spell = englishSpellChecker();

function reviewed() {
  return projectFromPairs([
    { ar: ['قال بوتين إن الاتفاق جيد.'], en: ['Putin said the agreement was good.'], status: 'approved' },
    { ar: ['ووقع الوزير الاتفاق أمس.'], en: ['The minister signed the agreement yesterday.'], status: 'approved' },
    { ar: ['ونشر نص الاتفاق.'], en: ['The text of the agreement was published.'], status: 'approved' },
    { ar: ['وقال لافروف إن الاتفاق مهم.'], en: ['Lavrov said the deal mattered.'] },
  ]);
}

test('approved pairs teach names (skeletons) and words met together at least twice; unreviewed pairs teach nothing', () => {
  const lexicon = learnLexicon(reviewed().beads, spell);
  assert.ok(lexicon.some((entry) => entry.kind === 'name' && entry.arabic === 'بوتين' && entry.english === 'Putin'));
  assert.ok(lexicon.some((entry) => entry.kind === 'word' && entry.arabic === 'اتفاق' && entry.english === 'agreement' && entry.count === 3));
  assert.ok(!lexicon.some((entry) => entry.arabic === 'لافروف'));
  // Approved three times: the terminology check expects "agreement" wherever الاتفاق is.
  assert.deepEqual(expectedTerms(lexicon).find((entry) => entry.arabic === 'اتفاق')?.english, ['agreement']);
});

test('the lexicon is written as dictionary TSV that the aligner and another project can load', () => {
  const text = lexiconToTsv(learnLexicon(reviewed().beads, spell));
  assert.match(text, /^بوتين\tPutin$/m);
  assert.deepEqual(parseDictionary(text, 'tsv').translations('الاتفاق'), ['agreement']);
  assert.ok(parseLexiconTsv(text).some(([arabic, english]) => arabic === 'اتفاق' && english === 'agreement'));
});

test('re-align the unreviewed pairs keeps the approved ones and is undone in one step', () => {
  const project = projectFromPairs([
    { ar: ['الأولى.'], en: ['The first.'], status: 'approved' },
    { ar: ['قال بوتين إن روسيا مستعدة.', 'وأضاف أن العرض قائم.'], en: ['Putin said Russia was ready.'] },
    { ar: [], en: ['He added that the offer stands.'] },
    { ar: ['الأخيرة.'], en: ['The last.'], status: 'approved' },
    { ar: ['وانتهى اللقاء.'], en: ['The meeting ended.', 'Everyone left.'], status: 'rejected' },
  ]);
  const before = structuredClone(project.beads);
  const history = new EditHistory();
  history.apply(project, planEdit(project, { kind: 'realign-unreviewed' }, createEditContext(project)));
  assert.equal(history.snapshot().undoLabel, 'Re-align unreviewed pairs');
  assert.deepEqual(project.beads[0], before[0]);
  const last = project.beads.findIndex((bead) => bead.id === before[3].id);
  assert.ok(last > 0, 'the approved pair is kept');
  assert.deepEqual(project.beads.slice(1, last).map((bead) => [bead.ar.length, bead.en.length]), [[1, 1], [1, 1]]);
  history.undo(project);
  assert.deepEqual(project.beads, before);
});
