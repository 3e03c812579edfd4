// New Project: pick (or drop) the Arabic original and the English translation.
// The bytes go to the main process, which detects encodings and languages and
// swaps the files if they were given the wrong way round.
import type { AppInfo, CreateProjectRequest, EncodingName, FileInput, ImportReport } from '../../main/ipc/contract';
import { bulletList, openModal, paragraph } from './modal';

const ENCODINGS: Array<EncodingName | ''> = ['', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'];

interface FileSlot {
  root: HTMLElement;
  input: HTMLInputElement;
  encoding: HTMLSelectElement;
  chosen: HTMLElement;
  file: File | null;
}

function fileSlot(label: string, key: 'ar' | 'en'): FileSlot {
  const root = document.createElement('fieldset');
  root.className = `file-slot file-slot-${key}`;
  const legend = document.createElement('legend');
  legend.textContent = label;
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.txt,.text,.docx,.odt,.html,.htm,.pdf,.md,.markdown,.srt,.vtt,text/plain';
  input.name = key;
  input.setAttribute('aria-label', `${label} file`);
  const chosen = document.createElement('span');
  chosen.className = 'file-chosen';
  chosen.setAttribute('aria-live', 'polite');
  const encodingLabel = document.createElement('label');
  encodingLabel.className = 'encoding-label';
  encodingLabel.textContent = 'Encoding ';
  const encoding = document.createElement('select');
  encoding.setAttribute('aria-label', `${label} encoding`);
  for (const name of ENCODINGS) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name === '' ? 'Detect automatically' : name;
    encoding.append(option);
  }
  encodingLabel.append(encoding);
  root.append(legend, input, chosen, encodingLabel);
  const slot: FileSlot = { root, input, encoding, chosen, file: null };
  input.addEventListener('change', () => setSlotFile(slot, input.files?.[0] ?? null));
  return slot;
}

function setSlotFile(slot: FileSlot, file: File | null): void {
  slot.file = file;
  // Show it in the file input too (when the dialog opens again after a failure, or after a drop).
  if (file && slot.input.files?.[0] !== file) {
    const transfer = new DataTransfer();
    transfer.items.add(file);
    slot.input.files = transfer.files;
  }
  slot.chosen.textContent = file ? `${file.name} (${file.size.toLocaleString('en')} bytes)` : '';
}

export async function toFileInput(file: File): Promise<FileInput> {
  const withPath = file as File & { path?: string };
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), ...(withPath.path ? { path: withPath.path } : {}) };
}

/** What the user chose, kept to open the dialog again as it was when creating the project failed. */
export interface NewProjectDraft {
  ar?: File;
  en?: File;
  encoding?: { ar: string; en: string };
  name?: string;
  useFreeDictionary?: boolean;
  /** Why the last attempt failed, shown in the dialog. */
  problem?: string;
}

/**
 * The FreeDict choice: a checkbox, on only where the dictionary is installed
 * (GPL, never bundled); where it is not, disabled with the reason beside it.
 */
function freeDictionaryChoice(offer: AppInfo['freeDictionary'] | undefined, checked: boolean): { root: HTMLElement; box: HTMLInputElement } {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = checked && offer?.available === true;
  box.disabled = offer?.available !== true;
  const label = document.createElement('label');
  label.className = 'field free-dictionary';
  label.append(box, ' Use the FreeDict Arabic-English dictionary');
  if (offer && !offer.available) {
    const reason = document.createElement('span');
    reason.className = 'free-dictionary-reason';
    reason.textContent = ` (${offer.reason})`;
    label.append(reason);
  }
  return { root: label, box };
}

/**
 * Asks for the two files; resolves to the request and what was chosen, null
 * when cancelled, or 'several' when the user asked for several documents instead.
 */
export async function askNewProject(
  draft: NewProjectDraft = {},
  freeDictionary?: AppInfo['freeDictionary'],
): Promise<{ request: CreateProjectRequest; draft: NewProjectDraft } | 'several' | null> {
  const arabic = fileSlot('Arabic original', 'ar');
  const english = fileSlot('English translation', 'en');
  if (draft.ar) setSlotFile(arabic, draft.ar);
  if (draft.en) setSlotFile(english, draft.en);
  if (draft.encoding) {
    arabic.encoding.value = draft.encoding.ar;
    english.encoding.value = draft.encoding.en;
  }

  const dropZone = document.createElement('div');
  dropZone.className = 'drop-zone';
  dropZone.textContent = 'Or drop the two files here (text, Word, OpenDocument, web page, PDF, Markdown, subtitles)';
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('drag-over');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('drag-over'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('drag-over');
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files[0]) setSlotFile(arabic, files[0]);
    if (files[1]) setSlotFile(english, files[1]);
  });

  const nameField = document.createElement('input');
  nameField.type = 'text';
  nameField.placeholder = 'From the file names';
  nameField.value = draft.name ?? '';
  const nameLabel = document.createElement('label');
  nameLabel.className = 'field';
  nameLabel.append('Project name ', nameField);

  const dictionaryChoice = freeDictionaryChoice(freeDictionary, draft.useFreeDictionary ?? false);

  const problem = paragraph(draft.problem ? `The project could not be created: ${draft.problem}` : '', 'dialog-problem');
  problem.setAttribute('role', 'alert');

  const modal = openModal({
    title: 'New project',
    className: 'new-project-dialog',
    body: [
      paragraph('Choose the Arabic original and its English translation: plain text, Word, OpenDocument, a saved web page, PDF, Markdown or subtitles. Formats, encodings and languages are detected; files given the wrong way round are swapped.'),
      arabic.root,
      english.root,
      dropZone,
      nameLabel,
      dictionaryChoice.root,
      problem,
    ],
    buttons: [
      { label: 'Several documents or a folder…', value: 'several' },
      { label: 'Cancel', value: 'cancel' },
      { label: 'Create project', value: 'create', primary: true },
    ],
    initialFocus: arabic.input,
    beforeClose: (value) => {
      if (value === 'cancel' || value === 'several') return true;
      if (!arabic.file || !english.file) {
        problem.textContent = 'Choose both files first.';
        return false;
      }
      return true;
    },
  });
  const chosen = await modal.result;
  if (chosen === 'several') return 'several';
  if (chosen !== 'create' || !arabic.file || !english.file) return null;
  const encoding: NonNullable<CreateProjectRequest['encoding']> = {};
  if (arabic.encoding.value) encoding.ar = arabic.encoding.value as EncodingName;
  if (english.encoding.value) encoding.en = english.encoding.value as EncodingName;
  const request: CreateProjectRequest = {
    ar: await toFileInput(arabic.file),
    en: await toFileInput(english.file),
  };
  if (encoding.ar || encoding.en) request.encoding = encoding;
  if (nameField.value.trim()) request.name = nameField.value.trim();
  if (dictionaryChoice.box.checked) request.useFreeDictionary = true;
  return {
    request,
    draft: {
      ar: arabic.file, en: english.file, encoding: { ar: arabic.encoding.value, en: english.encoding.value }, name: nameField.value,
      useFreeDictionary: dictionaryChoice.box.checked,
    },
  };
}

const FORMAT_NAMES: Record<string, string> = {
  text: 'plain text', docx: 'Word', odt: 'OpenDocument', html: 'web page', pdf: 'PDF', markdown: 'Markdown', srt: 'subtitles (SRT)', vtt: 'subtitles (WebVTT)',
};

/** What the import found: encodings, languages, sentence counts, swaps, warnings. */
export async function showImportReport(report: ImportReport, matchScore: number): Promise<void> {
  const table = document.createElement('table');
  table.className = 'import-report';
  const head = table.createTHead().insertRow();
  for (const label of ['', 'File', 'Format', 'Encoding', 'Language', 'Sentences']) {
    const th = document.createElement('th');
    th.textContent = label;
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const [label, side] of [['Arabic', report.ar], ['English', report.en]] as const) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = label;
    row.append(th);
    for (const value of [side.fileName, FORMAT_NAMES[side.format] ?? side.format, side.encoding, side.detectedLanguage, String(side.sentences)]) {
      row.insertCell().textContent = value;
    }
  }
  const nodes: Node[] = [table];
  // The score with its reason ("aligned pairs explain the texts 6× better than shuffled ones").
  nodes.push(paragraph(`Match score ${report.match.score.toFixed(2)}: ${report.match.reason}.`, 'import-match import-match-score'));
  if (report.dictionary) nodes.push(paragraph(`Aligned with the dictionary ${report.dictionary}.`, 'import-dictionary'));
  // What each document import kept and dropped ("kept 14 paragraphs, dropped 23 lines of page furniture").
  const imported = [report.ar, report.en].filter((side) => side.imported).map((side) => `${side.fileName}: ${side.imported}`);
  if (imported.length > 0) nodes.push(bulletList(imported, 'import-documents'));
  if (report.swapped) nodes.push(paragraph('The files seemed to be the wrong way round and were swapped.', 'import-swapped'));
  if (report.warnings.length > 0) nodes.push(bulletList(report.warnings, 'import-warnings'));
  await openModal({ title: 'Project created', className: 'import-report-dialog', body: nodes, buttons: [{ label: 'OK', value: 'ok', primary: true }] }).result;
}
