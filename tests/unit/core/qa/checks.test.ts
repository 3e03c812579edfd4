// Each quality check against the errors it exists for, written by hand, and
// against clean text: what a reviewer would see in the QA panel or report.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkConsistency } from '../../../../main/core/qa/consistency';
import { checkEmpty, checkLength } from '../../../../main/core/qa/length';
import { checkPunctuation } from '../../../../main/core/qa/punctuation';
import { checkRepeated } from '../../../../main/core/qa/repeated';
import { runChecks } from '../../../../main/core/qa/run';
import { checkSpacing } from '../../../../main/core/qa/spacing';
import { checkSpelling } from '../../../../main/core/qa/spelling';
import { checkUntranslated } from '../../../../main/core/qa/untranslated';
import { englishSpellChecker } from '../../../../main/services/spell-checker';
import { FIXTURE_MODEL, qaPair } from '../../../helpers/qa-fixture';

const spell = englishSpellChecker();

test('names: بوتين with Lavrov in the English is flagged, naming Putin; the pairs with Putin are not', () => {
  const pairs = [
    qaPair('قال بوتين إن روسيا مستعدة.', 'Putin said Russia was ready.', 0),
    qaPair('وأضاف بوتين أن العرض قائم.', 'Putin added that the offer stands.', 1),
    qaPair('والتقى لافروف نظيره.', 'Lavrov met his counterpart.', 2),
    qaPair('وكرر لافروف الموقف.', 'Lavrov repeated the position.', 3),
    qaPair('ثم تحدث بوتين للصحفيين.', 'Then Lavrov spoke to reporters.', 4),
  ];
  const findings = runChecks(pairs, { model: FIXTURE_MODEL, spell }).filter((finding) => finding.check === 'names');
  assert.deepEqual(findings.map((finding) => finding.pair), [4]);
  assert.match(findings[0].message, /the Arabic names بوتين \(Putin\), not found in the English/);
  assert.match(findings[0].message, /the English names Lavrov \(لافروف\), not found in the Arabic/);
});

test('names: a name used once, where the Arabic has another, is flagged even though the document never showed it', () => {
  const pairs = [
    qaPair('قال الوزير إن المحادثات انتهت.', 'The minister said the talks had ended.', 0),
    qaPair('وقال ويلوبي إن الاتفاق سيوقع غدا.', 'Okonkwo said the deal would be signed tomorrow.', 1),
    qaPair('وأضاف ويلوبي أن العرض قائم.', 'Willoughby added that the offer stands.', 2),
  ];
  const findings = runChecks(pairs, { model: FIXTURE_MODEL, spell }).filter((finding) => finding.check === 'names');
  assert.deepEqual(findings.map((finding) => finding.pair), [1]);
  assert.match(findings[0].message, /the English names Okonkwo, not found in the Arabic/);
});

test('names: weekdays, nationalities, plurals, a name the document always translates or the Arabic quotes in Latin letters are not flagged', () => {
  const pairs = [
    qaPair('وصل الوزير إلى اليونان يوم السبت.', 'The minister arrived in Greece on Saturday.', 0),
    qaPair('وقالت اليونان إن المحادثات الكورية انتهت.', 'Greece said the Korean talks had ended.', 1),
    qaPair('ورحب المحافظون بالاتفاق.', 'The Tories welcomed the deal.', 2),
    qaPair('وفق مصادر تحدثت لصحيفة “Kommersant”.', 'According to sources who spoke to Kommersant.', 3),
  ];
  const findings = runChecks(pairs, { model: FIXTURE_MODEL, spell }).filter((finding) => finding.check === 'names');
  assert.deepEqual(findings.map((finding) => finding.message), []);
});

test('untranslated: Arabic script in the English is flagged with its range; a copied side too', () => {
  const [script] = checkUntranslated(qaPair('قال الوزير.', 'The minister said الوزير today.'));
  assert.equal(script.message, 'Arabic text left in the English: "الوزير"');
  assert.deepEqual(script.range, { side: 'en', sentence: 0, start: 18, end: 24 });
  const [copy] = checkUntranslated(qaPair('Breaking News', 'Breaking News'));
  assert.match(copy.message, /copied, not translated/);
  assert.deepEqual(checkUntranslated(qaPair('2020', '2020')), []);
});

test('empty: a blank sentence is an error; a side with no sentence is said plainly', () => {
  assert.equal(checkEmpty(qaPair('قال الوزير.', ' '))[0].message, 'the English side has an empty sentence');
  assert.equal(checkEmpty(qaPair('قال الوزير.', []))[0].message, 'the English side is empty: this Arabic has no counterpart');
  assert.deepEqual(checkEmpty(qaPair('قال الوزير.', 'The minister said.')), []);
});

test('length: half the English gone is a possible omission; another sentence tacked on a possible addition', () => {
  const ar = 'وقال الوزير في مؤتمر صحفي عقده في العاصمة إن الحكومة ستواصل العمل على خطة الإصلاح الاقتصادي خلال العام المقبل.';
  const en = 'The minister told a news conference in the capital that the government would keep working on the economic reform plan next year.';
  assert.deepEqual(checkLength(qaPair(ar, en), FIXTURE_MODEL), []);
  assert.match(checkLength(qaPair(ar, 'The minister spoke.'), FIXTURE_MODEL)[0].message, /^possible omission: the English has 19 characters/);
  assert.match(checkLength(qaPair(ar, `${en} ${en} ${en}`), FIXTURE_MODEL)[0].message, /^possible addition/);
});

test('punctuation: a bracket open on one side, a question on one side, a dropped full stop', () => {
  assert.match(checkPunctuation(qaPair('قال (الوزير) ذلك.', 'The (minister said so.'))[0].message, /bracket is not closed .* in the English/);
  assert.equal(checkPunctuation(qaPair('هل انتهى الأمر؟', 'It is over.'))[0].message, 'the Arabic asks a question (؟) and the English does not');
  assert.equal(checkPunctuation(qaPair('انتهى الأمر.', 'It is over'))[0].message, 'the Arabic ends with a full stop, the English with no final punctuation');
  assert.deepEqual(checkPunctuation(qaPair('هل انتهى الأمر؟', 'Is it over?')), []);
  // A quotation running on into the next pair is not flagged when both sides leave it open.
  assert.deepEqual(checkPunctuation(qaPair('قال: «انتهى الأمر.', 'He said: “It is over.')), []);
});

test('spacing: double space, trailing space and a space before a comma, each with its fix', () => {
  const findings = checkSpacing(qaPair('قال الوزير.', 'The  minister said , today. '));
  assert.deepEqual(findings.map((finding) => [finding.message, finding.range?.start, finding.range?.end, finding.suggestions]), [
    ['the English sentence ends with a space', 27, 28, ['']],
    ['double space in the English', 3, 5, [' ']],
    ['space before "," in the English', 18, 20, [',']],
  ]);
  assert.deepEqual(checkSpacing(qaPair('قال الوزير.', 'The minister said... today (at noon).')), []);
});

test('repeated words: "the the" is flagged with the second word as the range; "had had" is English', () => {
  const [finding] = checkRepeated(qaPair('قال الوزير.', 'He said the the minister left.'));
  assert.equal(finding.message, '"the" is repeated in the English');
  assert.deepEqual(finding.range, { side: 'en', sentence: 0, start: 11, end: 15 });
  assert.deepEqual(checkRepeated(qaPair('قال الوزير.', 'He had had enough.')), []);
  assert.equal(checkRepeated(qaPair('قال في المدينة المدينة.', 'He said.'))[0].message, '"المدينة" is repeated in the Arabic');
  // سي إن إن is CNN spelt out, not a repetition.
  assert.deepEqual(checkRepeated(qaPair('قالت سي إن إن.', 'CNN said.')), []);
});

test('spelling: a typo is flagged with suggestions; Arabic-side names, British spelling and the word list are known', () => {
  const [typo] = checkSpelling(qaPair('قال الوزير.', 'The goverment said so.'), spell, new Set());
  assert.match(typo.message, /"goverment" is not in the English dictionary/);
  assert.ok(typo.suggestions?.includes('government'));
  assert.deepEqual(typo.range, { side: 'en', sentence: 0, start: 4, end: 13 });
  assert.deepEqual(checkSpelling(qaPair('قال كابولوف.', 'Kabulov said the neighbouring colour was right.'), spell, new Set()), []);
  // A lowercase transliteration is known when the Arabic has the name.
  assert.deepEqual(checkSpelling(qaPair('في قندهار.', 'in kandahar'), spell, new Set()), []);
  // Closed compounds of two dictionary words are English ('dashcam'); letters after digits are not words ('18th', '£2bn').
  assert.deepEqual(checkSpelling(qaPair('قال.', 'the dashcam footage of the 18th, worth £2bn'), spell, new Set()), []);
  assert.equal(checkSpelling(qaPair('قال.', 'the zorbling said'), spell, new Set()).length, 1);
  assert.deepEqual(checkSpelling(qaPair('قال.', 'the zorbling said'), spell, new Set(['zorbling'])), []);
});

test('consistency: the same Arabic translated two ways is flagged on both pairs, naming the other', () => {
  const pairs = [
    qaPair('وقال الوزير إن الحكومة مستعدة.', 'The minister said the government was ready.', 0),
    qaPair('جملة أخرى هنا للفصل.', 'Another sentence in between.', 1),
    qaPair('وقال الوزير إن الحكومة مستعدة.', 'The minister said the cabinet stood ready.', 2),
  ];
  const findings = checkConsistency(pairs);
  assert.deepEqual(findings.map((finding) => finding.pair), [0, 2]);
  assert.match(findings[0].message, /^the same Arabic is translated differently in pair 3: "The minister said the cabinet stood ready\."/);
  assert.deepEqual(checkConsistency([pairs[0], pairs[1], { ...pairs[0], index: 2, beadId: 'b2' }]), []);
});

test('turned-off checks give nothing; ignored findings are left out unless asked for', () => {
  const pair = { ...qaPair('قتل 6000 شخص.', 'The the 7000 people.'), ignored: ['numbers:6000|7000'] };
  const checks = (options: object) => runChecks([pair], { model: FIXTURE_MODEL, ...options }).map((finding) => finding.check);
  assert.deepEqual(checks({}), ['repeated']);
  assert.deepEqual(checks({ includeIgnored: true }), ['numbers', 'repeated']);
  assert.deepEqual(checks({ disabled: ['repeated'], includeIgnored: true }), ['numbers']);
});
