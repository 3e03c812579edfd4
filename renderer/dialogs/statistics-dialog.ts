// The statistics view: what the main process computed (computeStatistics in
// main/core/project/statistics.ts) laid out as tables and a confidence histogram.
import type { ProjectStatistics, ReviewStatus } from '../../main/ipc/contract';
import { openModal } from './modal';

const STATUS_LABEL: Record<ReviewStatus, string> = { unreviewed: 'Unreviewed', approved: 'Approved', rejected: 'Rejected' };

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

function table(caption: string, className: string, headers: string[], rows: Array<Array<string | number>>): HTMLTableElement {
  const element = document.createElement('table');
  element.className = `stats-table ${className}`;
  element.createCaption().textContent = caption;
  const head = element.createTHead().insertRow();
  for (const label of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = element.createTBody();
  for (const values of rows) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(values[0]);
    row.append(th);
    for (const value of values.slice(1)) row.insertCell().textContent = String(value);
  }
  return element;
}

/** Bars for the ten confidence bands, each with its count as text (read out as a table by screen readers). */
function histogram(stats: ProjectStatistics): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'confidence-histogram';
  const caption = document.createElement('figcaption');
  caption.textContent = `Confidence (mean ${Math.round(stats.meanConfidence * 100)}%)`;
  const list = document.createElement('table');
  list.className = 'histogram';
  const body = list.createTBody();
  const highest = Math.max(1, ...stats.confidenceHistogram);
  const bins = stats.confidenceHistogram.length;
  stats.confidenceHistogram.forEach((count, bin) => {
    const row = body.insertRow();
    row.className = 'histogram-row';
    const band = document.createElement('th');
    band.scope = 'row';
    const low = Math.round((bin / bins) * 100);
    const high = Math.round(((bin + 1) / bins) * 100);
    band.textContent = `${low}–${high}%`;
    row.append(band);
    const barCell = row.insertCell();
    const bar = document.createElement('span');
    bar.className = `histogram-bar ${bin >= 8 ? 'confidence-high' : bin >= 5 ? 'confidence-medium' : 'confidence-low'}`;
    bar.style.width = `${(count / highest) * 100}%`;
    barCell.append(bar);
    row.insertCell().textContent = String(count);
  });
  figure.append(caption, list);
  return figure;
}

export function statisticsBody(stats: ProjectStatistics): Node[] {
  const { words } = stats;
  const summary = table('Summary', 'stats-summary', ['', ''], [
    ['Pairs', stats.pairs],
    ['Edited pairs', `${stats.editedPairs} (${percent(stats.editedPairs, stats.pairs)})`],
    ['English words as imported', words.original],
    ['English words now', words.current],
    ['Words changed (word edit distance to en_original)', `${words.changed} (${(words.editRate * 100).toFixed(1)}% of the words imported)`],
    ['Match score of the two texts', stats.matchScore.toFixed(2)],
  ]);
  summary.tHead?.remove();
  const statuses = table('By review status', 'stats-status', ['Status', 'Pairs', 'Share'],
    (Object.keys(STATUS_LABEL) as ReviewStatus[]).map((status) => [STATUS_LABEL[status], stats.byStatus[status], percent(stats.byStatus[status], stats.pairs)]));
  const types = table('By type (Arabic-English sentences)', 'stats-types', ['Type', 'Pairs', 'Share'],
    stats.byType.map(({ type, count }) => [type, count, percent(count, stats.pairs)]));
  const columns = document.createElement('div');
  columns.className = 'stats-columns';
  columns.append(statuses, types);
  return [summary, columns, histogram(stats)];
}

export async function showStatistics(stats: ProjectStatistics): Promise<void> {
  await openModal({
    title: 'Project statistics',
    className: 'statistics-dialog',
    body: statisticsBody(stats),
    buttons: [{ label: 'Close', value: 'close', primary: true }],
  }).result;
}
