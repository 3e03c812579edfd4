import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchBeads } from '../../../../main/core/project/search';
import { projectFromPairs } from '../../../helpers/project-builder';

test('search finds Arabic regardless of diacritics, tatweel, alef forms and digit forms, on both sides', () => {
  const project = projectFromPairs([
    { ar: ['قالَ الرئيسُ إنّ المدرسة مغلقة.'], en: ['The president said the school is closed.'] },
    { ar: ['وصل ٥٠٠ جنــدي إلى أفغانستان.'], en: ['Five hundred soldiers arrived in Afghanistan.'] },
    { ar: ['صحيفة “Kommersant” الروسية.'], en: ['The Russian newspaper Kommersant.'] },
    { ar: ['في عام 2021 وفي عام ۱۹۹۸.'], en: ['Last year and long ago.'] },
  ]);
  const [first, second, third, fourth] = project.beads.map((bead) => bead.id);
  assert.deepEqual(searchBeads(project.beads, 'ان المدرسه'), [first]); // إنّ -> ان, ة -> ه, shadda ignored
  assert.deepEqual(searchBeads(project.beads, 'جندي'), [second]); // tatweel in the text
  // The numbers are only on the Arabic side, so each of these finds them there through the digit folding.
  assert.deepEqual(searchBeads(project.beads, '500'), [second]); // ASCII query, Arabic-Indic digits in the text
  assert.deepEqual(searchBeads(project.beads, '٥٠٠ جندي'), [second]);
  assert.deepEqual(searchBeads(project.beads, '٢٠٢١'), [fourth]); // Arabic-Indic query, ASCII digits in the text
  assert.deepEqual(searchBeads(project.beads, '1998'), [fourth]); // Extended Arabic-Indic (Persian) digits in the text
  assert.deepEqual(searchBeads(project.beads, '٥٠١'), []);
  assert.deepEqual(searchBeads(project.beads, 'kommersant'), [third]);
  assert.deepEqual(searchBeads(project.beads, 'PRESIDENT'), [first]);
  assert.deepEqual(searchBeads(project.beads, '   '), []);
  assert.deepEqual(searchBeads(project.beads, 'Taliban'), []);
});
