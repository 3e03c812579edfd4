import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchBeads } from '../../../../main/core/project/search';
import { projectFromPairs } from '../../../helpers/project-builder';

test('search finds Arabic regardless of diacritics, tatweel, alef forms and digit forms, on both sides', () => {
  const project = projectFromPairs([
    { ar: ['قالَ الرئيسُ إنّ المدرسة مغلقة.'], en: ['The president said the school is closed.'] },
    { ar: ['وصل ٥٠٠ جنــدي إلى أفغانستان.'], en: ['500 soldiers arrived in Afghanistan.'] },
    { ar: ['صحيفة “Kommersant” الروسية.'], en: ['The Russian newspaper Kommersant.'] },
  ]);
  const [first, second, third] = project.beads.map((bead) => bead.id);
  assert.deepEqual(searchBeads(project.beads, 'ان المدرسه'), [first]); // إنّ -> ان, ة -> ه, shadda ignored
  assert.deepEqual(searchBeads(project.beads, 'جندي'), [second]); // tatweel in the text
  assert.deepEqual(searchBeads(project.beads, '500'), [second]); // Arabic-Indic digits in the Arabic, ASCII in the English
  assert.deepEqual(searchBeads(project.beads, '٥٠٠ جندي'), [second]);
  assert.deepEqual(searchBeads(project.beads, 'kommersant'), [third]);
  assert.deepEqual(searchBeads(project.beads, 'PRESIDENT'), [first]);
  assert.deepEqual(searchBeads(project.beads, '   '), []);
  assert.deepEqual(searchBeads(project.beads, 'Taliban'), []);
});
