import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lexicalLeads, MAX_LEXICON_BEADS } from '../../../../main/core/align/lexical-lead';

// A short report whose sentences share ordinary words (car, police, road,
// cyclist) but no name or number: what a lexicon learnt from the document sees.
const AR = [
  'لقي راكب دراجة مصرعه في حادث مع سيارة في المدينة.',
  'وتوقف سائق السيارة بعد الحادث.',
  'وقالت الشرطة إن راكب الدراجة توفي في المستشفى.',
  'وأغلقت الشرطة الطريق أمام السيارات.',
  'وقالت الشرطة إن سائق السيارة لم يصب.',
  'وفتحت الشرطة الطريق أمام السيارات مساء.',
];
const EN = [
  'A cyclist died in a crash with a car in the city.',
  'The driver of the car stopped after the crash.',
  'Police said the cyclist died in hospital.',
  'Police closed the road to cars.',
  'Police said the driver of the car was not hurt.',
  'Police opened the road to cars in the evening.',
];
const oneToOne = (order: number[]) => order.map((s, r) => ({ ar: [r], en: [s] }));

describe('lexicalLeads (a lexicon learnt from the document, for the confidence)', () => {
  it('finds the English of a swapped pair better explained by the Arabic next to it', () => {
    const right = lexicalLeads(AR, EN, oneToOne([0, 1, 2, 3, 4, 5]));
    // Sentences 3 and 4 (the cyclist in hospital, the road closed) swapped, as a shifted run pairs them.
    const swapped = lexicalLeads(AR, EN, oneToOne([0, 1, 3, 2, 4, 5]));
    const worstRight = Math.max(...right);
    assert.ok(swapped[2] > worstRight + 0.5 && swapped[3] > worstRight + 0.5, `swapped ${[...swapped].map((x) => x.toFixed(2))}, right ${[...right].map((x) => x.toFixed(2))}`);
  });

  it('gives nothing to a pair with a side missing, nor to documents too long to afford', () => {
    const leads = lexicalLeads(AR, EN, [{ ar: [0], en: [] }, ...oneToOne([0, 1, 2, 3, 4, 5]).slice(1).map((b) => ({ ...b, en: [b.en[0]] }))]);
    assert.equal(leads[0], 0);
    const long = Array.from({ length: MAX_LEXICON_BEADS + 1 }, (_, k) => ({ ar: [k % AR.length], en: [(k + 1) % EN.length] }));
    assert.ok(lexicalLeads(AR, EN, long).every((x) => x === 0));
  });
});
