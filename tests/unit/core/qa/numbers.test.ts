// The numbers check as a reviewer meets it: both scripts' digits, separators,
// percentages, ranges and number words in both languages agree; a changed,
// dropped or added number is flagged with the numbers named.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNumbers, sideNumbers } from '../../../../main/core/qa/numbers';
import { qaPair } from '../../../helpers/qa-fixture';

const agree: Array<[string, string]> = [
  ['قتل ستة آلاف شخص.', 'Six thousand people were killed.'],
  ['قتل ٦٬٠٠٠ شخص.', '6,000 people were killed.'],
  ['قتل ۶۰۰۰ شخص.', '6000 people were killed.'],
  ['ارتفع بنسبة ٣٫٥٪.', 'It rose by 3.5%.'],
  ['ارتفع بنسبة 3.5 في المئة.', 'It rose by 3.5 percent.'],
  ['بين 10 و15 عاما.', 'Between 10 and 15 years.'],
  ['من 10-15 عاما.', 'From 10 to 15 years.'],
  ['بلغت الكلفة 2.8 مليار جنيه.', 'The cost was £2.8bn.'],
  ['بلغت الكلفة 125 مليون جنيه.', 'The cost was £125m.'],
  ['خسر مليار دولار.', 'He lost 1 billion dollars.'],
  ['خسر 1000000 دولار.', 'He lost one million dollars.'],
  ['انتظر نصف ساعة.', 'He waited 0.5 hours.'],
  ['اشترى 12 بيضة.', 'He bought a dozen eggs.'],
  ['عاش خمسة وعشرين عاما.', 'He lived 25 years.'],
  ['دفع مئتين وخمسين دينارا.', 'He paid 250 dinars.'],
  ['الحرب الكورية من 1950 وحتى 1953.', 'The 1950-53 Korean War.'],
  ['في ثمانينيات القرن العشرين.', 'In the 1980s.'],
  ['للمرة الرابعة والثلاثين.', 'For the 34th time.'],
];

for (const [ar, en] of agree) {
  test(`numbers agree: "${en}"`, () => {
    assert.deepEqual(checkNumbers(qaPair(ar, en)), []);
  });
}

test('a changed number is flagged with both values', () => {
  const [finding] = checkNumbers(qaPair('قتل ٦٬٠٠٠ شخص.', '7,000 people were killed.'));
  assert.equal(finding.check, 'numbers');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.message, 'numbers differ: 6,000 in the Arabic, 7,000 in the English');
});

test('number words count against digits: ستة آلاف is not 7,000', () => {
  const [finding] = checkNumbers(qaPair('قتل 6 آلاف شخص.', 'Seven thousand people were killed.'));
  assert.equal(finding.message, 'numbers differ: 6,000 in the Arabic, 7,000 in the English');
  assert.match(checkNumbers(qaPair('قتل ستة آلاف شخص.', 'Thousands of people were killed.'))[0].message, /the Arabic has 6,000/);
  assert.deepEqual(checkNumbers(qaPair('قتل آلاف الأشخاص.', 'Thousands of people were killed.')), []);
});

test('a dropped or an added number is flagged', () => {
  assert.match(checkNumbers(qaPair('وصل 40 شخصا في عام 2020.', 'Forty people came.'))[0].message, /the Arabic has 2,020, which the English does not have/);
  assert.match(checkNumbers(qaPair('وصل أربعون شخصا.', 'Forty people came in 2020.'))[0].message, /the English has 2,020/);
});

test('a scaled number is one value: 3 million is 3000000 in either language', () => {
  assert.ok(sideNumbers('3 million').present.has(3e6));
  assert.ok(sideNumbers('٣ ملايين').present.has(3e6));
  assert.ok(sideNumbers('ستة آلاف').present.has(6000));
  assert.ok(sideNumbers('two hundred and fifty').present.has(250));
});
