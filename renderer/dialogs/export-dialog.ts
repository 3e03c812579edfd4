// Export: choose a format, approved pairs only (default) or all, and where to
// write; shows how many pairs will be written, progress, and the files written.
import type { AppInfo, Bead, ExportFormatInfo, ExportRequest, ExportResult, ProgressEvent } from '../../main/ipc/contract';
import { bulletList, openModal, paragraph } from './modal';
import { documentSelect, type ExportDocumentChoice } from '../documents/new-documents-dialog';

/** Pairs an export will contain: TMX/XLIFF/TSV/CSV/Moses need both sides, JSONL takes every bead. */
export function countExported(beads: readonly Bead[], format: ExportFormatInfo, all: boolean): number {
  let count = 0;
  for (const bead of beads) {
    if (!all && bead.status !== 'approved') continue;
    if (format.needsBothSides && (bead.ar.length === 0 || bead.en.length === 0)) continue;
    count++;
  }
  return count;
}

function joinPath(directory: string, fileName: string): string {
  if (!directory) return fileName;
  const separator = directory.includes('\\') && !directory.includes('/') ? '\\' : '/';
  return directory.endsWith(separator) ? directory + fileName : directory + separator + fileName;
}

function safeBaseName(name: string): string {
  // A file name that needs no quoting in any shell: letters, digits, dot, dash, underscore.
  const base = name.replace(/\.muqabala$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return base || 'muqabala';
}

export interface ExportDialogContext {
  info: AppInfo;
  /** Where the output file is suggested (see state/suggested-folder.ts). */
  folder: string;
  beads: readonly Bead[];
  /** A many-document project: export every document or one. */
  documents?: ExportDocumentChoice;
  projectName: string;
  run(request: ExportRequest): Promise<ExportResult | null>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

export async function showExportDialog(context: ExportDialogContext): Promise<ExportResult | null> {
  const formats = context.info.exportFormats;
  const base = safeBaseName(context.projectName);
  const formatGroup = document.createElement('fieldset');
  formatGroup.className = 'export-formats';
  const formatLegend = document.createElement('legend');
  formatLegend.textContent = 'Format';
  formatGroup.append(formatLegend);
  formats.forEach((format, index) => {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'export-format';
    radio.value = format.format;
    radio.checked = index === 0;
    const extensions = format.extensions.join(', ');
    label.append(radio, format.label.includes(extensions) ? ` ${format.label}` : ` ${format.label} (${extensions})`);
    formatGroup.append(label);
  });

  const scopeGroup = document.createElement('fieldset');
  scopeGroup.className = 'export-scope';
  const scopeLegend = document.createElement('legend');
  scopeLegend.textContent = 'Pairs';
  scopeGroup.append(scopeLegend);
  for (const [value, text] of [['approved', 'Approved pairs only'], ['all', 'All pairs']] as const) {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'export-scope';
    radio.value = value;
    radio.checked = value === 'approved';
    label.append(radio, ` ${text}`);
    scopeGroup.append(label);
  }

  const documentField = context.documents ? documentSelect(context.documents) : null;
  const chosenDocument = (): string | null => documentField?.value() ?? null;
  const count = paragraph('', 'export-count');
  count.setAttribute('aria-live', 'polite');
  const pathField = document.createElement('input');
  pathField.type = 'text';
  pathField.className = 'path-field';
  pathField.spellcheck = false;
  const pathLabel = document.createElement('label');
  pathLabel.className = 'field';
  pathLabel.append(formats.length && formats[0].extensions.length > 1 ? 'Output path prefix ' : 'Output file ', pathField);
  const progress = document.createElement('progress');
  progress.max = 1;
  progress.value = 0;
  progress.hidden = true;
  progress.setAttribute('aria-label', 'Export progress');
  const outcome = document.createElement('div');
  outcome.className = 'export-outcome';
  outcome.setAttribute('role', 'status');

  const selected = (): { format: ExportFormatInfo; all: boolean } => {
    const formatValue = formatGroup.querySelector<HTMLInputElement>('input:checked')?.value;
    const format = formats.find((item) => item.format === formatValue) ?? formats[0];
    const all = scopeGroup.querySelector<HTMLInputElement>('input:checked')?.value === 'all';
    return { format, all };
  };
  let pathEdited = false;
  pathField.addEventListener('input', () => {
    pathEdited = true;
  });
  const refresh = () => {
    const { format, all } = selected();
    const pairs = countExported(context.documents ? context.documents.beadsOf(chosenDocument()) : context.beads, format, all);
    count.textContent = `${pairs} pair${pairs === 1 ? '' : 's'} will be written${format.needsBothSides ? ' (pairs with text on both sides)' : ''}.`;
    const extension = format.extensions.length === 1 ? format.extensions[0] : '';
    if (!pathEdited) pathField.value = joinPath(context.folder, base + extension);
    pathLabel.firstChild!.textContent = format.extensions.length > 1 ? `Output path prefix (${format.extensions.join(' and ')} added) ` : 'Output file ';
  };
  // After an export the dialog shows what it wrote; any change of what to write
  // next (another format, scope, document or path) makes it ready to export again.
  const ready = () => {
    if (!finished) return;
    finished = false;
    outcome.replaceChildren();
    progress.hidden = true;
    const exportButton = modal.buttons.get('export');
    if (exportButton) exportButton.hidden = false;
  };
  for (const field of [formatGroup, scopeGroup, pathField, documentField?.element]) {
    field?.addEventListener('change', ready);
    field?.addEventListener('input', ready);
  }
  formatGroup.addEventListener('change', () => {
    // A format change changes the extension: follow it unless the user typed a path.
    if (pathEdited) {
      const { format } = selected();
      const stem = pathField.value.replace(/\.(tmx|xlf|xliff|tsv|csv|jsonl)$/i, '');
      pathField.value = format.extensions.length === 1 ? stem + format.extensions[0] : stem;
    }
    refresh();
  });
  scopeGroup.addEventListener('change', refresh);
  documentField?.element.addEventListener('change', refresh);
  refresh();

  let result: ExportResult | null = null;
  let finished = false;
  const stopProgress = context.onProgress((event) => {
    if (event.task !== 'export') return;
    progress.hidden = false;
    progress.value = event.fraction;
  });
  const modal = openModal({
    title: 'Export pairs',
    className: 'export-dialog',
    body: [formatGroup, scopeGroup, ...(documentField ? [documentField.element] : []), count, pathLabel, progress, outcome],
    buttons: [
      { label: 'Close', value: 'close' },
      { label: 'Export', value: 'export', primary: true },
    ],
    beforeClose: async (value) => {
      if (value === 'close' || finished) return true;
      const { format, all } = selected();
      const path = pathField.value.trim();
      if (!path && !context.info.nativeDialogs) {
        outcome.textContent = 'Enter the output path.';
        return false;
      }
      progress.hidden = false;
      progress.removeAttribute('value');
      outcome.textContent = 'Exporting…';
      try {
        const document = chosenDocument();
        result = await context.run({ format: format.format, all, ...(path ? { path } : {}), ...(document !== null ? { document } : {}) });
      } catch (error) {
        outcome.textContent = `Export failed: ${error instanceof Error ? error.message : String((error as { message?: string })?.message ?? error)}`;
        outcome.classList.add('error-message');
        progress.hidden = true;
        return false;
      }
      progress.value = 1;
      if (!result) {
        outcome.textContent = 'Export cancelled.';
        return false;
      }
      finished = true;
      outcome.replaceChildren(paragraph(`Wrote ${result.pairs} pair${result.pairs === 1 ? '' : 's'} to:`));
      outcome.append(bulletList(result.paths, 'export-files'));
      const exportButton = modal.buttons.get('export');
      if (exportButton) exportButton.hidden = true;
      modal.buttons.get('close')?.focus();
      return false;
    },
  });
  await modal.result;
  stopProgress();
  return result;
}
