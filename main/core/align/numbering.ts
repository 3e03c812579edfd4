// Numbers that number the text rather than say something: a list or verse
// enumerator opening a sentence ("(3)", "12.", "١٢ -") and the number of an
// article, section or verse referred to ("Article 12", "المادة ١٢"). Legal and
// scriptural texts are full of them, and the same "(3)" opens the third
// paragraph of every article, so as plain numbers they would pair sentences
// that only share a position. An enumerator becomes a weak key of its own
// kind; a reference keeps its strength (المادة 12 is Article 12) but only
// meets another reference, never "12 people".

/** A sentence-opening enumerator (matching form, digits ASCII): "(3) ", "[3] ", "3) ", "12. ", "12 - ". At most three digits: "2019 - " is a year. */
const LEADING_ENUMERATOR = /^[(\[]?(\d{1,3})(?:[)\]]\s*|\s*[-–—.)]\s+)(?=\S)/;
/** A reference to a numbered part: the word, then the number (in brackets or not). */
const REFERENCE = /(?<![\p{L}])(article|art\.|section|chapter|clause|paragraph|verse|الماده|ماده|الفقره|فقره|البند|بند|الفصل|فصل|الايه|ايه)\s*[(\[]?(\d{1,4})[)\]]?(?!\d)/gu;

/** Text REFERENCE can match has one of its words: most sentences have none, and the \p{L} lookbehind is slow to try at every position. */
const MAY_REFER = /art|section|chapter|clause|paragraph|verse|ماده|فقره|بند|فصل|ايه/;

export interface Numbering {
  /** The enumerator opening the sentence, or null. */
  enumerator: string | null;
  /** Numbers of the parts the sentence refers to ("Article 12" → "12"). */
  references: string[];
  /** The text with the enumerator and the references taken out, for the ordinary number scan. */
  rest: string;
}

const NONE: Numbering = { enumerator: null, references: [], rest: '' };

/** The numbering of a sentence (matching form). */
export function findNumbering(normalised: string): Numbering {
  const leading = LEADING_ENUMERATOR.exec(normalised);
  let rest = leading ? normalised.slice(leading[0].length) : normalised;
  const references: string[] = [];
  if (/\d/.test(rest) && MAY_REFER.test(rest)) {
    rest = rest.replace(REFERENCE, (_whole, _word: string, number: string) => {
      references.push(String(Number(number)));
      return ' ';
    });
  }
  if (!leading && references.length === 0) return { ...NONE, rest: normalised };
  return { enumerator: leading ? String(Number(leading[1])) : null, references, rest };
}
