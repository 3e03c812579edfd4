// Glossaries the user loads for the terminology check, in two formats:
//
// TSV (UTF-8), one entry per line, the dictionary's format:
//   arabic<TAB>english[;english...]
// Lines starting with '#' and blank lines are ignored. An English term written
// with a leading '!' is forbidden: `مجلس الأمن<TAB>Security Council;!Safety Council`
// means the Arabic term must be rendered "Security Council" and never "Safety
// Council". A line with no Arabic (`<TAB>!hopefully`) forbids the term anywhere.
//
// TBX (TermBase eXchange, TBX-Basic or TBX-Min): each termEntry's langSets
// for ar and en; an English term whose administrativeStatus or
// normativeAuthorization says deprecated, superseded or forbidden (or admitted
// no longer) is forbidden.

import type { GlossaryEntry } from './types';

export type { GlossaryEntry };

export class GlossaryFormatError extends Error {
  override name = 'GlossaryFormatError';
}

export function parseGlossary(text: string, fileName: string): GlossaryEntry[] {
  const body = text.replace(/^\ufeff/, '');
  return /^\s*<(\?xml|martif|tbx)/i.test(body) || /\.tbx$/i.test(fileName) ? parseTbx(body) : parseGlossaryTsv(body);
}

export function parseGlossaryTsv(text: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new GlossaryFormatError(`line ${index + 1}: expected "arabic<TAB>english[;english...]"`);
    const terms = line.slice(tab + 1).split(';').map((term) => term.trim()).filter((term) => term !== '' && term !== '!');
    if (terms.length === 0) throw new GlossaryFormatError(`line ${index + 1}: no English term`);
    const arabic = line.slice(0, tab).trim();
    const english = terms.filter((term) => !term.startsWith('!'));
    const forbidden = terms.filter((term) => term.startsWith('!')).map((term) => term.slice(1).trim());
    if (arabic === '' && english.length > 0) throw new GlossaryFormatError(`line ${index + 1}: an English term needs its Arabic term (only forbidden terms "!term" may stand alone)`);
    entries.push({ arabic, english, forbidden, source: 'glossary' });
  });
  return entries;
}

const FORBIDDEN_STATUS = /deprecated|superseded|forbidden|notRecommended/i;

function parseTbx(xml: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  const termEntries = xml.match(/<termEntry\b[\s\S]*?<\/termEntry>/g) ?? xml.match(/<conceptEntry\b[\s\S]*?<\/conceptEntry>/g) ?? [];
  if (termEntries.length === 0 && !/<(martif|tbx)\b/i.test(xml)) throw new GlossaryFormatError('not a TBX file: no <martif> or <tbx> element');
  for (const block of termEntries) {
    const arabic: string[] = [];
    const english: string[] = [];
    const forbidden: string[] = [];
    for (const langSet of block.match(/<langSec\b[\s\S]*?<\/langSec>|<langSet\b[\s\S]*?<\/langSet>/g) ?? []) {
      const lang = /xml:lang\s*=\s*["']([^"']+)["']/.exec(langSet)?.[1]?.toLowerCase() ?? '';
      for (const termGroup of langSet.match(/<(tig|ntig|termSec)\b[\s\S]*?<\/\1>/g) ?? [langSet]) {
        const term = /<term\b[^>]*>([\s\S]*?)<\/term>/.exec(termGroup)?.[1];
        if (!term) continue;
        const text = decodeXml(term.replace(/<[^>]+>/g, '')).trim();
        if (lang.startsWith('ar')) arabic.push(text);
        else if (lang.startsWith('en')) (FORBIDDEN_STATUS.test(statusOf(termGroup)) ? forbidden : english).push(text);
      }
    }
    for (const term of arabic) entries.push({ arabic: term, english, forbidden, source: 'glossary' });
    if (arabic.length === 0 && forbidden.length > 0) entries.push({ arabic: '', english: [], forbidden, source: 'glossary' });
  }
  return entries;
}

function statusOf(termGroup: string): string {
  const notes = termGroup.match(/<(termNote|admin)\b[^>]*type\s*=\s*["'](administrativeStatus|normativeAuthorization)["'][^>]*>([\s\S]*?)<\/\1>/g) ?? [];
  const direct = termGroup.match(/<(administrativeStatus)>([\s\S]*?)<\/administrativeStatus>/g) ?? [];
  return [...notes, ...direct].join(' ');
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}
