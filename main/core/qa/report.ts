// Findings written out for `muqabala check`: JSONL (one object per finding),
// CSV (RFC 4180, like the pair export) and one HTML page a client can read
// (a summary by check, then each finding with its pair). HTML escaping is the
// XML text escaping plus quotes, so no text of a pair can open a tag.

import { csvField } from '../formats/csv';
import { joinLines } from '../formats/plain-text';
import { xmlAttribute, xmlText } from '../formats/xml';
import { CHECKS } from './run';
import type { Finding, QaPair } from './types';

export type ReportFormat = 'jsonl' | 'csv' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['jsonl', 'csv', 'html'];

export interface ReportInput {
  title: string;
  findings: readonly Finding[];
  /** Every pair of the project, by index (the findings' `pair`). */
  pairs: readonly QaPair[];
  toolVersion: string;
}

/** One finding as written to JSONL: the contract fields first. */
export interface FindingRecord {
  check: string;
  severity: string;
  message: string;
  /** The pair's index in the project, from 0. */
  pair: number;
  ar: string;
  en: string;
  bead: string;
  key: string;
  range?: Finding['range'];
  suggestions?: string[];
}

export function findingRecord(finding: Finding, pairs: readonly QaPair[]): FindingRecord {
  const pair = pairs[finding.pair];
  const record: FindingRecord = {
    check: finding.check, severity: finding.severity, message: finding.message, pair: finding.pair,
    ar: pair ? pair.ar.join(' ') : '', en: pair ? pair.en.join(' ') : '', bead: finding.beadId, key: finding.key,
  };
  if (finding.range) record.range = finding.range;
  if (finding.suggestions) record.suggestions = finding.suggestions;
  return record;
}

export function writeReport(format: ReportFormat, input: ReportInput): string {
  if (format === 'jsonl') return joinLines(input.findings.map((finding) => JSON.stringify(findingRecord(finding, input.pairs))), '\n');
  if (format === 'csv') return reportCsv(input);
  return reportHtml(input);
}

const CSV_COLUMNS = ['check', 'severity', 'pair', 'message', 'ar', 'en'] as const;

function reportCsv(input: ReportInput): string {
  const rows = input.findings.map((finding) => {
    const record = findingRecord(finding, input.pairs);
    return [record.check, record.severity, String(record.pair), record.message, record.ar, record.en];
  });
  return joinLines([[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')), '\r\n');
}

function html(text: string): string {
  return xmlAttribute(text).replace(/'/g, '&#39;');
}

function reportHtml(input: ReportInput): string {
  const counts = CHECKS.map((info) => ({ info, count: input.findings.filter((finding) => finding.check === info.name).length }));
  const summary = counts.map(({ info, count }) =>
    `<tr${count === 0 ? ' class="none"' : ''}><th scope="row"><a href="#${info.name}">${html(info.label)}</a></th><td>${count}</td><td>${html(info.description)}</td></tr>`).join('\n');
  const sections = counts.filter(({ count }) => count > 0).map(({ info }) => {
    const rows = input.findings.filter((finding) => finding.check === info.name).map((finding) => {
      const pair = input.pairs[finding.pair];
      return `<tr class="${finding.severity}"><td>${finding.pair + 1}</td><td>${html(finding.severity)}</td><td>${html(finding.message)}</td>`
        + `<td dir="rtl" lang="ar">${html(pair ? pair.ar.join(' ') : '')}</td><td lang="en">${html(pair ? pair.en.join(' ') : '')}</td></tr>`;
    }).join('\n');
    return `<section id="${info.name}"><h2>${html(info.label)}</h2>\n<table><thead><tr><th>Pair</th><th>Severity</th><th>Finding</th><th>Arabic</th><th>English</th></tr></thead><tbody>\n${rows}\n</tbody></table></section>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${html(input.title)}: quality report</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:2rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:start;vertical-align:top}td[dir=rtl]{font-family:"Noto Naskh Arabic",serif;font-size:1.1em}
tr.error td:nth-child(2){color:#b00020;font-weight:bold}tr.warning td:nth-child(2){color:#8a5a00}tr.none{color:#888}
</style></head><body>
<h1>${html(input.title)}: quality report</h1>
<p>${input.findings.length} findings on ${input.pairs.length} pairs. Made by Muqabala ${xmlText(input.toolVersion)}.</p>
<table><thead><tr><th>Check</th><th>Findings</th><th>What it looks for</th></tr></thead><tbody>
${summary}
</tbody></table>
${sections}
</body></html>
`;
}
