import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphStarts, segmentText, SegmentLang } from '../../../../main/core/segment/segment';

const split = (text: string, lang: SegmentLang, extra?: string[]) =>
  segmentText(text, lang, extra ? { extraAbbreviations: extra } : {}).map((s) => s.text);

// ---- ranges, lines, paragraphs -------------------------------------------

test('every segment is exactly its range of the source, trimmed', () => {
  const text = '  First one.   Second one!  \r\n\r\n\tThird?  ';
  const segments = segmentText(text, 'en');
  assert.deepEqual(segments.map((s) => s.text), ['First one.', 'Second one!', 'Third?']);
  for (const s of segments) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(segments.map((s) => [s.start, s.end]), [[2, 12], [15, 26], [33, 39]]);
});

test('line breaks end segments: LF, CRLF and CR alike', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    assert.deepEqual(split(`Breaking news${eol}Home / World / Russia${eol}The text starts here.`, 'en'),
      ['Breaking news', 'Home / World / Russia', 'The text starts here.'], JSON.stringify(eol));
  }
});

test('blank lines (with any line end, even holding spaces) separate paragraphs', () => {
  const text = 'Title\r\n\r\nOne. Two.\rThree.\n \t\n\n\nFour.';
  const segments = segmentText(text, 'en');
  assert.deepEqual(segments.map((s) => [s.text, s.paragraph]),
    [['Title', 0], ['One.', 1], ['Two.', 1], ['Three.', 1], ['Four.', 2]]);
  assert.deepEqual(paragraphStarts(text), [0, text.indexOf('One.'), text.indexOf('Four.')], 'where each paragraph starts');
  assert.deepEqual(paragraphStarts('\n \n  Lead line\n\nNext'), [3, 16], 'blank lines before the first paragraph count for nothing');
});

test('headlines and captions without final punctuation are their own segments', () => {
  assert.deepEqual(split('روسيا تهدد طالبان\nجنود أفغان خلال مهمة عسكرية ضد «طالبان» في قندهار (رويترز)\nوكان المدير قد أكد ذلك.', 'ar'),
    ['روسيا تهدد طالبان', 'جنود أفغان خلال مهمة عسكرية ضد «طالبان» في قندهار (رويترز)', 'وكان المدير قد أكد ذلك.']);
});

test('empty and white-space texts have no segments', () => {
  assert.deepEqual(segmentText('', 'ar'), []);
  assert.deepEqual(segmentText(' \n\r\n\t', 'en'), []);
});

// ---- English ---------------------------------------------------------------

test('English sentences end at . ! ? and …', () => {
  assert.deepEqual(split('It rained. Did it? Yes! Then… The sun came out.', 'en'),
    ['It rained.', 'Did it?', 'Yes!', 'Then…', 'The sun came out.']);
  assert.deepEqual(split('Wait... What happened?! Nothing.', 'en'), ['Wait...', 'What happened?!', 'Nothing.']);
});

test('closing quotes and brackets stay with their sentence', () => {
  assert.deepEqual(split('According to sources speaking to "Kommersant." Lavrov agreed.', 'en'),
    ['According to sources speaking to "Kommersant."', 'Lavrov agreed.']);
  assert.deepEqual(split('He said “it is over.” She left. (This was noted.) Fine.', 'en'),
    ['He said “it is over.”', 'She left.', '(This was noted.)', 'Fine.']);
  assert.deepEqual(split("She wrote 'never again.' Then she slept.", 'en'), ["She wrote 'never again.'", 'Then she slept.']);
});

test('semicolons, colons and commas never end a sentence', () => {
  assert.deepEqual(split('It changed to MWPs; it has arisen because of plans. For readers outside Wales: twp means daft, pwp means poo.', 'en'),
    ['It changed to MWPs; it has arisen because of plans.', 'For readers outside Wales: twp means daft, pwp means poo.']);
});

test('decimals and percentages do not end a sentence', () => {
  assert.deepEqual(split('Growth was 2.5 percent, or 3.5% in real terms. Prices rose.', 'en'),
    ['Growth was 2.5 percent, or 3.5% in real terms.', 'Prices rose.']);
});

test('titles and common abbreviations do not end a sentence', () => {
  assert.deepEqual(split('Mr. Smith met Dr. Jones and Prof. Lee on St. Mark\'s Square. They talked.', 'en'),
    ['Mr. Smith met Dr. Jones and Prof. Lee on St. Mark\'s Square.', 'They talked.']);
  assert.deepEqual(split('Fruit, e.g. apples, i.e. red ones, vs. pears. Good.', 'en'), ['Fruit, e.g. apples, i.e. red ones, vs. pears.', 'Good.']);
  assert.deepEqual(split('Gen. Milley and Sen. Warren spoke. Nobody listened.', 'en'), ['Gen. Milley and Sen. Warren spoke.', 'Nobody listened.']);
});

test('U.S. inside a sentence does not end it; before a sentence opener it does', () => {
  assert.deepEqual(split('The U.S. Senate and the U.K. Parliament voted. The Kremlin offered the U.S. the use of bases.', 'en'),
    ['The U.S. Senate and the U.K. Parliament voted.', 'The Kremlin offered the U.S. the use of bases.']);
  assert.deepEqual(split('Troops left the U.S. They flew home.', 'en'), ['Troops left the U.S.', 'They flew home.']);
});

test('initials do not end a sentence', () => {
  assert.deepEqual(split('J. K. Rowling and P. Diddy met George W. Bush. It was brief.', 'en'),
    ['J. K. Rowling and P. Diddy met George W. Bush.', 'It was brief.']);
});

test('No., p. and months stand before numbers; elsewhere they can end a sentence', () => {
  assert.deepEqual(split('See No. 5 on p. 12, dated Jan. 5 at 3 p.m. and signed. It closed until Oct. President Widodo came.', 'en'),
    ['See No. 5 on p. 12, dated Jan. 5 at 3 p.m. and signed.', 'It closed until Oct.', 'President Widodo came.']);
});

test('a period followed by a lowercase word does not end an English sentence', () => {
  assert.deepEqual(split('He said so. then he left. Later he came back.', 'en'), ['He said so. then he left.', 'Later he came back.']);
  assert.deepEqual(split('"Why?" he asked. Nobody knew.', 'en'), ['"Why?" he asked.', 'Nobody knew.']);
  assert.deepEqual(split('Apples, pears, etc. are fruit. Eat them.', 'en'), ['Apples, pears, etc. are fruit.', 'Eat them.']);
});

test('numbered list markers at the start of a line are not sentences', () => {
  assert.deepEqual(split('1. First point here.\n2. Second point.', 'en'), ['1. First point here.', '2. Second point.']);
});

test('an ellipsis in brackets marks an omission, not an end', () => {
  assert.deepEqual(split('He said [...] That was all. Done.', 'en'), ['He said [...] That was all.', 'Done.']);
});

test('a period with no space after it does not split English (URLs, initials)', () => {
  assert.deepEqual(split('Visit www.example.com today. Or not.', 'en'), ['Visit www.example.com today.', 'Or not.']);
});

test('user abbreviations are honoured', () => {
  assert.deepEqual(split('The cost was approx. Ten dollars. Fine.', 'en'), ['The cost was approx. Ten dollars.', 'Fine.']);
  assert.deepEqual(split('See Encl. Two copies exist.', 'en'), ['See Encl.', 'Two copies exist.']);
  assert.deepEqual(split('See Encl. Two copies exist.', 'en', ['encl.']), ['See Encl. Two copies exist.']);
});

// ---- Arabic ----------------------------------------------------------------

test('Arabic sentences end at . ! ؟ … and ۔', () => {
  assert.deepEqual(split('وصل الوفد. هل انتهى الاجتماع؟ نعم! ثم… غادر الجميع۔ وانتهى اليوم.', 'ar'),
    ['وصل الوفد.', 'هل انتهى الاجتماع؟', 'نعم!', 'ثم…', 'غادر الجميع۔', 'وانتهى اليوم.']);
});

test('، and ؛ never end an Arabic sentence', () => {
  assert.deepEqual(split('مع استمرار الانسحاب، والبحث عن حلول؛ تلقت واشنطن عرضاً. وقال لافروف ذلك.', 'ar'),
    ['مع استمرار الانسحاب، والبحث عن حلول؛ تلقت واشنطن عرضاً.', 'وقال لافروف ذلك.']);
});

test('Arabic closing quotes and brackets stay with their sentence', () => {
  assert.deepEqual(split('وفق مصادر تحدثت لصحيفة “Kommersant.” وقال المسؤول «انتهى الأمر.» ثم غادر (كما قيل.) وانتهى.', 'ar'),
    ['وفق مصادر تحدثت لصحيفة “Kommersant.”', 'وقال المسؤول «انتهى الأمر.»', 'ثم غادر (كما قيل.)', 'وانتهى.']);
});

test('Arabic decimals do not end a sentence', () => {
  assert.deepEqual(split('نما الاقتصاد بنسبة ٣٫٥ في المئة و2.5 في العام الماضي. وارتفعت الأسعار ٣.٥٪ أيضاً.', 'ar'),
    ['نما الاقتصاد بنسبة ٣٫٥ في المئة و2.5 في العام الماضي.', 'وارتفعت الأسعار ٣.٥٪ أيضاً.']);
});

test('Arabic abbreviations do not end a sentence: د. أ.د. أ. م. ص.ب. إلخ.', () => {
  assert.deepEqual(split('قال د. أحمد إن أ.د. محمد وأ. سعيد وم. خالد يعملون معاً. وانتهى اللقاء.', 'ar'),
    ['قال د. أحمد إن أ.د. محمد وأ. سعيد وم. خالد يعملون معاً.', 'وانتهى اللقاء.']);
  assert.deepEqual(split('العنوان ص.ب. 1234 في الرياض. والهاتف معروف.', 'ar'), ['العنوان ص.ب. 1234 في الرياض.', 'والهاتف معروف.']);
  assert.deepEqual(split('اشترى التفاح والموز إلخ. من السوق. ثم عاد.', 'ar'), ['اشترى التفاح والموز إلخ. من السوق.', 'ثم عاد.']);
  assert.deepEqual(split('كتبه أ. د. محمد علي. وهو كتاب جيد.', 'ar'), ['كتبه أ. د. محمد علي.', 'وهو كتاب جيد.']);
});

test('م. and هـ. after a year end the sentence', () => {
  assert.deepEqual(split('تأسست الشركة في عام 2020م. وبدأت العمل فوراً.', 'ar'), ['تأسست الشركة في عام 2020م.', 'وبدأت العمل فوراً.']);
  assert.deepEqual(split('ولد في سنة ١٤٤١ هـ. ثم انتقل إلى مكة.', 'ar'), ['ولد في سنة ١٤٤١ هـ.', 'ثم انتقل إلى مكة.']);
  assert.deepEqual(split('بني المعبد عام 500 ق.م. وما زال قائماً.', 'ar'), ['بني المعبد عام 500 ق.م.', 'وما زال قائماً.']);
});

test('an Arabic quotation followed by its attribution stays one sentence; a new sentence with و does not', () => {
  assert.deepEqual(split('"هل يعتقدون أنني أحصل على خصم؟" تساءلت. ثم غادرت.', 'ar'), ['"هل يعتقدون أنني أحصل على خصم؟" تساءلت.', 'ثم غادرت.']);
  assert.deepEqual(split('«نواصل ملاحقة هؤلاء.» حسبما أفاد السيد ألبنس.', 'ar'), ['«نواصل ملاحقة هؤلاء.» حسبما أفاد السيد ألبنس.']);
  assert.deepEqual(split('"انتهى الأمر." وقال المتحدث إنه سيعود.', 'ar'), ['"انتهى الأمر."', 'وقال المتحدث إنه سيعود.']);
});

test('a full stop with no space before the next Arabic word still ends the sentence', () => {
  assert.deepEqual(split('انتهى الاجتماع.وبدأ المؤتمر الصحفي.', 'ar'), ['انتهى الاجتماع.', 'وبدأ المؤتمر الصحفي.']);
});

test('two periods in an Arabic headline are a pause, not a full stop', () => {
  assert.deepEqual(split('للتجسس على طالبان.. بوتين يعرض على واشنطن قواعده', 'ar'), ['للتجسس على طالبان.. بوتين يعرض على واشنطن قواعده']);
});

test('user abbreviations are honoured in Arabic, with or without diacritics', () => {
  assert.deepEqual(split('راجع ت. الملحق الأول. وانتهى.', 'ar'), ['راجع ت. الملحق الأول.', 'وانتهى.'], 'single letters are abbreviations anyway');
  assert.deepEqual(split('قال مهندس. خالد ذلك.', 'ar'), ['قال مهندس.', 'خالد ذلك.']);
  assert.deepEqual(split('قال مهندس. خالد ذلك.', 'ar', ['مُهَنْدِس.']), ['قال مهندس. خالد ذلك.']);
});

test('the seed article paragraph splits into its two sentences', () => {
  const text = 'يذكر أن أكبر قاعدة أجنبية لروسيا تقع في طاجيكستان ويبلغ قوامها ستة آلاف جندي. كذلك تمتلك روسيا قاعدة أصغر في قيرغيزستان، على بعد حوالي 500 ميل من الحدود الأفغانية.';
  const segments = segmentText(text, 'ar');
  assert.equal(segments.length, 2);
  assert.equal(segments[1].start, text.indexOf('كذلك'));
  assert.equal(segments[1].end, text.length);
});

test('a terminal that opens a line or a sentence is read as one (the scan jumps from terminal to terminal)', () => {
  assert.deepEqual(split('He left. …and then he came back. Then.', 'en'), ['He left.', '…and then he came back.', 'Then.']);
  assert.deepEqual(split('Headline\nNo stop here\n?! Why not. Fine.', 'en'), ['Headline', 'No stop here', '?!', 'Why not.', 'Fine.']);
  assert.deepEqual(split('قال. ؟ هل جاء؟ نعم.', 'ar'), ['قال.', '؟', 'هل جاء؟', 'نعم.']);
});
