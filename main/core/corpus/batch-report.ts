// The summary report of a batch, as TSV (for scripts and spreadsheets) and as
// one self-contained HTML page (for people): one row per document with its
// sentences, pairs, match score and warnings. Documents that do not look like
// translations, and documents that failed, are listed first on the page and
// marked in the table, so they stand out in a batch of fifty.

import type { MatchVerdict } from '../align/matchScore';
import { hasBothSides } from '../project/bead';
import type { Project } from '../project/types';
import { onOneLine } from '../formats/plain-text';
import { xmlAttribute, xmlText } from '../formats/xml';
import type { PairingProblem } from './pairing';

/** Beads below this confidence are counted as doubtful (the editor's gutter shows them red). */
export const DOUBTFUL_BELOW = 0.5;

export interface DocumentSummary {
  arSentences: number;
  enSentences: number;
  beads: number;
  /** Beads with text on both sides (what TMX, XLIFF, TSV, CSV and Moses write). */
  pairs: number;
  meanConfidence: number;
  doubtful: number;
  matchScore: number;
  /** The match score's verdict: only 'not a translation' is flagged; 'undecided' had too little evidence either way. */
  verdict: MatchVerdict;
  warnings: string[];
}

export type DocumentState = 'aligned' | 'done earlier' | 'failed';

export interface ReportRow {
  id: string;
  arPath: string;
  enPath: string;
  state: DocumentState;
  summary?: DocumentSummary;
  error?: string;
}

export function summariseProject(project: Project, verdict: MatchVerdict, warnings: string[]): DocumentSummary {
  const { beads } = project;
  return {
    arSentences: beads.reduce((sum, bead) => sum + bead.ar.length, 0),
    enSentences: beads.reduce((sum, bead) => sum + bead.en.length, 0),
    beads: beads.length,
    pairs: beads.filter(hasBothSides).length,
    meanConfidence: beads.length === 0 ? 0 : beads.reduce((sum, bead) => sum + bead.confidence, 0) / beads.length,
    doubtful: beads.filter((bead) => bead.confidence < DOUBTFUL_BELOW).length,
    matchScore: project.alignment.matchScore,
    verdict,
    warnings,
  };
}

export const REPORT_COLUMNS = [
  'id', 'arabic_file', 'english_file', 'state', 'ar_sentences', 'en_sentences', 'beads', 'pairs',
  'mean_confidence', 'doubtful', 'match_score', 'translation', 'warnings', 'error',
] as const;

function cells(row: ReportRow): string[] {
  const s = row.summary;
  const numbers = s
    ? [s.arSentences, s.enSentences, s.beads, s.pairs].map(String).concat([s.meanConfidence.toFixed(3), String(s.doubtful), s.matchScore.toFixed(2), TRANSLATION_CELL[s.verdict]])
    : ['', '', '', '', '', '', '', ''];
  return [row.id, row.arPath, row.enPath, row.state, ...numbers, (s?.warnings ?? []).join('; '), row.error ?? ''];
}

/** The report's translation column. */
const TRANSLATION_CELL: Record<MatchVerdict, string> = { translation: 'yes', undecided: 'undecided', 'not a translation': 'no' };

/** A document flagged as not a translation of each other. */
export function flagged(summary: DocumentSummary | undefined): summary is DocumentSummary {
  return summary?.verdict === 'not a translation';
}

export function reportTsv(rows: ReportRow[]): string {
  return [[...REPORT_COLUMNS], ...rows.map(cells)].map((line) => `${line.map(onOneLine).join('\t')}\n`).join('');
}

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #1b1b1b; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; vertical-align: top; }
th { background: #f0f0f0; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.not-translation td, tr.not-translation th { background: #fde2e1; }
tr.failed td, tr.failed th { background: #fff1c2; }
.badge { font-weight: bold; color: #9b1c1c; }
.failed .badge { color: #7a5200; }
`;

export function reportHtml(rows: ReportRow[], problems: PairingProblem[], title: string): string {
  const notTranslations = rows.filter((row) => flagged(row.summary));
  const failed = rows.filter((row) => row.state === 'failed');
  const sum = (pick: (s: DocumentSummary) => number) => rows.reduce((total, row) => total + (row.summary ? pick(row.summary) : 0), 0);
  const list = (items: ReportRow[], why: (row: ReportRow) => string) =>
    `<ul>${items.map((row) => `<li><a href="#${xmlAttribute(anchor(row.id))}">${xmlText(row.id)}</a>: ${xmlText(why(row))}</li>`).join('')}</ul>`;
  const attention = [
    notTranslations.length ? `<h2>Not translations of each other (${notTranslations.length})</h2>${list(notTranslations, (row) => `match score ${row.summary?.matchScore.toFixed(2)}`)}` : '',
    failed.length ? `<h2>Failed (${failed.length})</h2>${list(failed, (row) => row.error ?? '')}` : '',
    problems.length ? `<h2>Files left out (${problems.length})</h2><ul>${problems.map((p) => `<li>${xmlText(p.where)}: ${xmlText(p.problem)}</li>`).join('')}</ul>` : '',
  ].join('\n');
  const header = `<tr>${['document', 'Arabic file', 'English file', 'state', 'Arabic sentences', 'English sentences', 'beads', 'pairs', 'mean confidence', 'doubtful', 'match score', 'warnings'].map((name) => `<th scope="col">${name}</th>`).join('')}</tr>`;
  const body = rows.map((row) => {
    const s = row.summary;
    const rowClass = row.state === 'failed' ? 'failed' : flagged(s) ? 'not-translation' : '';
    const badge = row.state === 'failed' ? ' <span class="badge">FAILED</span>' : flagged(s) ? ' <span class="badge">NOT A TRANSLATION</span>' : '';
    const numbers = s
      ? [s.arSentences, s.enSentences, s.beads, s.pairs, s.meanConfidence.toFixed(3), s.doubtful, s.matchScore.toFixed(2)].map((value) => `<td class="n">${value}</td>`).join('')
      : '<td class="n" colspan="7"></td>';
    const notes = [...(s?.warnings ?? []), ...(row.error ? [row.error] : [])].map(xmlText).join('<br>');
    return `<tr id="${xmlAttribute(anchor(row.id))}"${rowClass ? ` class="${rowClass}"` : ''}><th scope="row">${xmlText(row.id)}${badge}</th>`
      + `<td>${xmlText(row.arPath)}</td><td>${xmlText(row.enPath)}</td><td>${row.state}</td>${numbers}<td>${notes}</td></tr>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${xmlText(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${xmlText(title)}</h1>
<p>${rows.length} documents: ${rows.length - failed.length} aligned, ${failed.length} failed, ${notTranslations.length} not translations of each other; ${sum((s) => s.pairs)} pairs, ${sum((s) => s.arSentences)} Arabic and ${sum((s) => s.enSentences)} English sentences.</p>
${attention}
<table>
<thead>${header}</thead>
<tbody>
${body}
</tbody>
</table>
</body></html>
`;
}

function anchor(id: string): string {
  return `doc-${id}`;
}
