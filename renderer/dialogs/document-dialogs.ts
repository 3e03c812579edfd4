// File › Export Document… (one side's whole text as edited, as .txt, .docx or
// .html) and File › Open Bilingual… (a TMX, XLIFF or TSV/CSV file as a project).
// Where there are no native dialogs (the browser), the path or the file is asked here.
import type { AppInfo, ExportDocumentRequest, ExportDocumentResult, FileInput } from '../../main/ipc/contract';
import { openModal, paragraph } from './modal';

const OUTPUTS: { value: ExportDocumentRequest['output']; label: string }[] = [
  { value: 'docx', label: 'Word document (.docx)' },
  { value: 'html', label: 'Web page (.html)' },
  { value: 'txt', label: 'Plain text (.txt)' },
];

function radioGroup<T extends string>(legendText: string, name: string, options: { value: T; label: string }[]): { root: HTMLFieldSetElement; value(): T } {
  const root = document.createElement('fieldset');
  root.className = `document-${name}`;
  const legend = document.createElement('legend');
  legend.textContent = legendText;
  root.append(legend);
  options.forEach((option, index) => {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = `document-${name}`;
    radio.value = option.value;
    radio.checked = index === 0;
    label.append(radio, ` ${option.label}`);
    root.append(label);
  });
  return { root, value: () => (root.querySelector<HTMLInputElement>('input:checked')?.value ?? options[0].value) as T };
}

export async function showExportDocumentDialog(
  info: AppInfo, projectName: string, run: (request: ExportDocumentRequest) => Promise<ExportDocumentResult | null>,
): Promise<ExportDocumentResult | null> {
  const side = radioGroup('Document', 'side', [{ value: 'en' as const, label: 'English (as edited)' }, { value: 'ar' as const, label: 'Arabic (as edited)' }]);
  const output = radioGroup('Format', 'output', OUTPUTS);
  const note = paragraph('The whole text of that side, with the source\'s paragraphs; Arabic paragraphs are written right to left.', 'document-note');
  const body: Node[] = [side.root, output.root, note];
  let pathField: HTMLInputElement | null = null;
  const base = projectName.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'document';
  const suggestion = (): string => `${info.defaultDirectory.replace(/[\\/]$/, '')}/${base}.${side.value()}.${output.value()}`;
  if (!info.nativeDialogs) {
    pathField = document.createElement('input');
    pathField.type = 'text';
    pathField.className = 'path-field';
    pathField.spellcheck = false;
    pathField.value = suggestion();
    const label = document.createElement('label');
    label.className = 'field';
    label.append('Save to path', pathField);
    body.push(label);
    // The suggested name follows the choices until the user types one of their own.
    let typed = false;
    pathField.addEventListener('input', () => { typed = true; });
    for (const group of [side.root, output.root]) {
      group.addEventListener('change', () => { if (!typed && pathField) pathField.value = suggestion(); });
    }
  }
  const status = paragraph('', 'document-status');
  status.setAttribute('aria-live', 'polite');
  body.push(status);
  let result: ExportDocumentResult | null = null;
  const modal = openModal({
    title: 'Export document',
    className: 'export-document-dialog',
    body,
    buttons: [{ label: 'Cancel', value: 'cancel' }, { label: 'Export', value: 'export', primary: true }],
    beforeClose: async (value) => {
      if (value !== 'export') return true;
      status.textContent = 'Exporting…';
      try {
        result = await run({ side: side.value(), output: output.value(), ...(pathField ? { path: pathField.value.trim() } : {}) });
      } catch (error) {
        status.textContent = (error as { message?: string }).message ?? String(error);
        status.classList.add('error-message');
        return false;
      }
      return true;
    },
  });
  await modal.result;
  return result;
}

/** The bilingual file to open: its bytes (browser) or null for the native dialog; undefined when cancelled. */
export async function askBilingualFile(info: AppInfo, dropped?: File): Promise<FileInput | null | undefined> {
  if (dropped) return toFileInput(dropped);
  if (info.nativeDialogs) return null;
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.tmx,.xlf,.xliff,.sdlxliff,.mqxliff,.tsv,.csv,.txt';
  input.setAttribute('aria-label', 'Bilingual file');
  const label = document.createElement('label');
  label.className = 'field';
  label.append('TMX, XLIFF (1.2 or 2.0), or a two-column TSV/CSV file', input);
  const modal = openModal({
    title: 'Open bilingual file',
    className: 'open-bilingual-dialog',
    body: [label],
    buttons: [{ label: 'Cancel', value: 'cancel' }, { label: 'Open', value: 'open', primary: true }],
    initialFocus: input,
    beforeClose: (value) => value === 'cancel' || (input.files?.length ?? 0) > 0,
  });
  const choice = await modal.result;
  const file = input.files?.[0];
  return choice === 'open' && file ? toFileInput(file) : undefined;
}

export async function toFileInput(file: File): Promise<FileInput> {
  const withPath = file as File & { path?: string };
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), ...(withPath.path ? { path: withPath.path } : {}) };
}
