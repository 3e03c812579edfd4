// The gutter cell of a row: row number, bead type (e.g. 2-1), the aligner's
// confidence as a colour with its reasons on hover, and the review status.
import type { Bead, ReviewStatus } from '../../main/ipc/contract';
import { beadType } from '../state/project-store';

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/** Thresholds the reviewer sees as green / amber / red (the README's: green from 0.8, red below 0.5). */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

const STATUS_TEXT: Record<ReviewStatus, { icon: string; label: string }> = {
  unreviewed: { icon: '○', label: 'Unreviewed' },
  approved: { icon: '✓', label: 'Approved' },
  rejected: { icon: '✗', label: 'Rejected' },
};

export function statusLabel(status: ReviewStatus): string {
  return STATUS_TEXT[status].label;
}

export function confidenceDescription(bead: Bead): string {
  const percent = Math.round(bead.confidence * 100);
  const reasons = bead.reasons.length > 0 ? `: ${bead.reasons.join('; ')}` : '';
  return `Confidence ${percent}% (${confidenceLevel(bead.confidence)})${reasons}`;
}

export function renderGutter(bead: Bead, rowNumber: number): HTMLElement {
  const cell = document.createElement('div');
  cell.className = 'gutter';
  cell.setAttribute('role', 'gridcell');

  const number = document.createElement('span');
  number.className = 'row-number';
  number.textContent = String(rowNumber);
  number.setAttribute('aria-label', `Pair ${rowNumber}`);

  const type = document.createElement('span');
  type.className = 'bead-type';
  type.textContent = beadType(bead);
  type.setAttribute('aria-label', `${bead.ar.length} Arabic, ${bead.en.length} English sentences`);

  // A pair with no sentence (just inserted) has nothing to be confident about.
  const empty = bead.ar.length + bead.en.length === 0;
  const confidence = document.createElement('span');
  confidence.className = `confidence confidence-${empty ? 'none' : confidenceLevel(bead.confidence)}`;
  const description = empty ? 'No confidence: the pair has no sentence' : confidenceDescription(bead);
  confidence.title = description;
  confidence.setAttribute('role', 'img');
  confidence.setAttribute('aria-label', description);
  confidence.textContent = empty ? '–' : String(Math.round(bead.confidence * 100));

  const status = document.createElement('span');
  status.className = `status status-${bead.status}`;
  status.textContent = STATUS_TEXT[bead.status].icon;
  status.title = STATUS_TEXT[bead.status].label;
  status.setAttribute('role', 'img');
  status.setAttribute('aria-label', STATUS_TEXT[bead.status].label);

  cell.append(number, type, confidence, status);
  if (bead.note) {
    const note = document.createElement('span');
    note.className = 'note-mark';
    note.textContent = '✎';
    note.title = bead.note;
    note.setAttribute('aria-label', `Note: ${bead.note}`);
    cell.append(note);
  }
  return cell;
}
