// Subtitles (.srt, .vtt): each cue is one segment of its own, with its times
// kept on the paragraph. Cue numbers, timing lines, WebVTT headers, notes and
// styles are not text; tags (<i>, <b>, <v Speaker>, {\an8}) are removed.

import type { ExtractedDocument, ExtractedParagraph } from './types';

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})/;

export function extractSubtitles(decoded: { text: string; encoding: string }, format: 'srt' | 'vtt'): ExtractedDocument {
  const blocks = decoded.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/);
  const paragraphs: ExtractedParagraph[] = [];
  let skipped = 0;
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    const timingIndex = lines.findIndex((line) => TIMING.test(line));
    if (timingIndex < 0) {
      // WEBVTT header, NOTE, STYLE and REGION blocks, or a block that is no cue.
      if (lines.length > 0) skipped++;
      continue;
    }
    const [, start, end] = TIMING.exec(lines[timingIndex]) as RegExpExecArray;
    const text = lines.slice(timingIndex + 1).map(stripCueMarkup).filter(Boolean).join('\n');
    if (text) paragraphs.push({ text, kind: 'cue', time: [milliseconds(start), milliseconds(end)] });
  }
  return {
    paragraphs,
    dropped: [{ what: format === 'vtt' ? 'header, note and style blocks' : 'blocks without a cue time', count: format === 'vtt' ? Math.max(0, skipped - 1) : skipped }],
    encoding: decoded.encoding,
  };
}

function stripCueMarkup(line: string): string {
  return line.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, '\u00a0').trim();
}

export function milliseconds(time: string): number {
  const parts = time.replace(',', '.').split(':');
  const seconds = Number(parts.pop());
  const minutes = Number(parts.pop() ?? 0);
  const hours = Number(parts.pop() ?? 0);
  return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
}
