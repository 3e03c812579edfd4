// Escaping for the XML formats (TMX, XLIFF). Text is kept exactly, with two
// unavoidable exceptions: characters XML 1.0 cannot carry at all (C0 controls
// other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) are dropped, and
// CR is written as &#13; so that XML parsers do not turn it into a newline.

const NOT_IN_XML_1_0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/** Escapes text for element content. */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML_1_0, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** Escapes text for a double-quoted attribute value (whitespace escaped too, or parsers would normalise it to spaces). */
export function xmlAttribute(text: string): string {
  return text.replace(NOT_IN_XML_1_0, '').replace(/[&<>\r"\t\n]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
