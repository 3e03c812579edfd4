// Glossaries in both formats, and the terminology check they drive.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GlossaryFormatError, parseGlossary } from '../../../../main/core/qa/glossary';
import { checkTerminology, glossaryRanges } from '../../../../main/core/qa/terminology';
import { qaPair } from '../../../helpers/qa-fixture';

const TSV = [
  '# security terms',
  'مجلس الأمن\tSecurity Council;!Safety Council',
  'الأمم المتحدة\tUnited Nations;UN',
  '\t!hopefully',
  '',
].join('\n');

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="t1">
  <langSet xml:lang="ar"><tig><term>مجلس الأمن</term></tig></langSet>
  <langSet xml:lang="en">
    <tig><term>Security Council</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>Safety Council</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>
<termEntry id="t2">
  <langSet xml:lang="ar"><tig><term>الأمم المتحدة</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>United Nations &amp; co</term></tig></langSet>
</termEntry>
</body></text></martif>`;

test('TSV glossary: terms, alternatives, forbidden terms with and without an Arabic term, comments', () => {
  assert.deepEqual(parseGlossary(TSV, 'terms.tsv'), [
    { arabic: 'مجلس الأمن', english: ['Security Council'], forbidden: ['Safety Council'], source: 'glossary' },
    { arabic: 'الأمم المتحدة', english: ['United Nations', 'UN'], forbidden: [], source: 'glossary' },
    { arabic: '', english: [], forbidden: ['hopefully'], source: 'glossary' },
  ]);
  assert.throws(() => parseGlossary('مجلس الأمن Security Council\n', 'terms.tsv'), GlossaryFormatError);
});

test('TBX glossary: langSets by language, deprecated terms forbidden, entities decoded', () => {
  assert.deepEqual(parseGlossary(TBX, 'terms.tbx'), [
    { arabic: 'مجلس الأمن', english: ['Security Council'], forbidden: ['Safety Council'], source: 'glossary' },
    { arabic: 'الأمم المتحدة', english: ['United Nations & co'], forbidden: [], source: 'glossary' },
  ]);
});

test('terminology: the Arabic term with a clitic and no English rendering is flagged; a forbidden term has its range and the right one as a fix', () => {
  const glossary = parseGlossary(TSV, 'terms.tsv');
  assert.deepEqual(checkTerminology(qaPair('اجتمع أعضاء مجلس الأمن.', "The Security Council's members met."), glossary), []);
  const [missing] = checkTerminology(qaPair('وقال لمجلس الأمن.', 'He told the council.'), glossary);
  assert.equal(missing.message, 'the glossary renders "مجلس الأمن" as "Security Council"; the English has none of them');
  const findings = checkTerminology(qaPair('اجتمع مجلس الأمن.', 'The Safety Council met, hopefully.'), glossary);
  assert.deepEqual(findings.map((finding) => [finding.message, finding.range?.start, finding.suggestions ?? []]), [
    ['the glossary renders "مجلس الأمن" as "Security Council"; the English has none of them', undefined, []],
    ['"Safety Council" is a forbidden rendering of "مجلس الأمن" in the glossary', 4, ['Security Council']],
    ['"hopefully" is a forbidden term in the glossary', 24, []],
  ]);
  // A term inside a longer word is not the term: "UN" in "UNESCO" or "under".
  assert.deepEqual(checkTerminology(qaPair('الأمم المتحدة.', 'UNESCO is under way.'), glossary).length, 1);
});

test('glossary terms are found on both sides for highlighting, diacritics and letter variants ignored', () => {
  const ranges = glossaryRanges(qaPair('اجتمع مَجلِس الامن اليوم.', 'The Security Council met.'), parseGlossary(TSV, 'terms.tsv'));
  const entry = { arabic: 'مجلس الأمن', english: ['Security Council'] };
  assert.deepEqual(ranges, [
    { side: 'ar', sentence: 0, start: 6, end: 18, ...entry },
    { side: 'en', sentence: 0, start: 4, end: 20, ...entry },
  ]);
});

test('an English term is highlighted only where its Arabic term is in the pair', () => {
  assert.deepEqual(glossaryRanges(qaPair('اجتمع الوزراء اليوم.', 'The Security Council met.'), parseGlossary(TSV, 'terms.tsv')), []);
});
