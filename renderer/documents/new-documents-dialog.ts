// New Project from several files or a folder: the files are paired by name in
// the main process (NAME.ar.EXT with NAME.en.EXT, the batch command's rule) and
// the pairing is shown, with what was left out and why, before anything is
// aligned. Also the export dialog's choice of document.
import type { Bead, CreateDocumentsRequest, DocumentPairing, MuqabalaApi } from '../../main/ipc/contract';
import { toFileInput } from '../dialogs/new-project-dialog';
import { bulletList, openModal, paragraph } from '../dialogs/modal';

/** A file's name as pairing sees it: its path inside the chosen folder, or its name. */
function pairingName(file: File): string {
  return (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
}

/** Without the chosen folder's own name, which every file of a folder shares ('book/ch01.ar.txt', not 'mybook/book/ch01.ar.txt'). */
function withoutCommonFolder(names: string[]): string[] {
  const first = names[0]?.split('/')[0];
  if (first === undefined || !names.every((name) => name.includes('/') && name.split('/')[0] === first)) return names;
  return names.map((name) => name.slice(first.length + 1));
}

/** Most files listed by name as not placed; past that, a count (a folder may hold hundreds of other files). */
const UNPLACED_LISTED = 20;

/**
 * The files the pairing neither paired nor reported (the batch rule ignores a
 * name without the .ar./.en. tag): listed with the reason, so a folder of
 * `news-ar.txt`, `news-en.txt` does not come to "0 documents" without a word.
 */
function unplacedFiles(names: readonly string[], pairing: DocumentPairing): string[] {
  const placed = new Set<string>();
  for (const pair of pairing.pairs) placed.add(pair.ar).add(pair.en);
  for (const item of pairing.problems) for (const where of item.where.split(', ')) placed.add(where);
  const unplaced = names.filter((name) => !placed.has(name));
  const reason = 'no .ar. or .en. tag before the extension (NAME.ar.EXT pairs with NAME.en.EXT)';
  const listed = unplaced.slice(0, UNPLACED_LISTED).map((name) => `${name}: ${reason}`);
  if (unplaced.length > UNPLACED_LISTED) listed.push(`${unplaced.length - UNPLACED_LISTED} more files: the same`);
  return listed;
}

export async function askDocumentsProject(api: MuqabalaApi, initial: File[]): Promise<CreateDocumentsRequest | null> {
  let byName = new Map<string, File>();
  let pairing: DocumentPairing = { pairs: [], problems: [] };

  const filesInput = document.createElement('input');
  filesInput.type = 'file';
  filesInput.multiple = true;
  filesInput.setAttribute('aria-label', 'Document files');
  const folderInput = document.createElement('input');
  folderInput.type = 'file';
  folderInput.setAttribute('webkitdirectory', '');
  folderInput.setAttribute('aria-label', 'Folder of documents');
  const filesLabel = document.createElement('label');
  filesLabel.className = 'field';
  filesLabel.append('Files ', filesInput);
  const folderLabel = document.createElement('label');
  folderLabel.className = 'field';
  folderLabel.append('or a folder ', folderInput);

  const table = document.createElement('table');
  table.className = 'document-pairing';
  table.setAttribute('aria-label', 'Pairing');
  const problems = document.createElement('div');
  problems.className = 'pairing-problems';
  const summary = paragraph('', 'pairing-summary');
  summary.setAttribute('aria-live', 'polite');
  const nameField = document.createElement('input');
  nameField.type = 'text';
  nameField.placeholder = 'From the documents';
  const nameLabel = document.createElement('label');
  nameLabel.className = 'field';
  nameLabel.append('Project name ', nameField);
  const problem = paragraph('', 'dialog-problem');
  problem.setAttribute('role', 'alert');

  const showPairing = (): void => {
    const head = document.createElement('thead');
    head.innerHTML = '<tr><th scope="col">Document</th><th scope="col">Arabic</th><th scope="col">English</th></tr>';
    const body = document.createElement('tbody');
    for (const pair of pairing.pairs) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = pair.id;
      row.append(th);
      row.insertCell().textContent = pair.ar;
      row.insertCell().textContent = pair.en;
    }
    table.replaceChildren(head, body);
    table.hidden = pairing.pairs.length === 0;
    const leftOut = [...pairing.problems.map((item) => `${item.where}: ${item.problem}`), ...unplacedFiles([...byName.keys()], pairing)];
    problems.replaceChildren(...(leftOut.length > 0 ? [paragraph('Left out:'), bulletList(leftOut, 'pairing-problem-list')] : []));
    summary.textContent = byName.size === 0 ? ''
      : `${pairing.pairs.length} document${pairing.pairs.length === 1 ? '' : 's'} paired from ${byName.size} files.`;
    const create = modal.buttons.get('create');
    if (create) create.textContent = pairing.pairs.length > 0 ? `Align ${pairing.pairs.length} documents` : 'Align';
  };

  const choose = async (files: File[]): Promise<void> => {
    const names = withoutCommonFolder(files.map(pairingName));
    byName = new Map(names.map((name, index) => [name, files[index]]));
    problem.textContent = '';
    try {
      pairing = await api.pairDocuments(names);
    } catch (error) {
      pairing = { pairs: [], problems: [] };
      problem.textContent = String((error as { message?: string })?.message ?? error);
    }
    showPairing();
  };
  filesInput.addEventListener('change', () => void choose(Array.from(filesInput.files ?? [])));
  folderInput.addEventListener('change', () => void choose(Array.from(folderInput.files ?? [])));

  const dropZone = document.createElement('div');
  dropZone.className = 'drop-zone';
  dropZone.textContent = 'Or drop the files here';
  dropZone.addEventListener('dragover', (event) => event.preventDefault());
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    void choose(Array.from(event.dataTransfer?.files ?? []));
  });

  const modal = openModal({
    title: 'New project from several documents',
    className: 'new-documents-dialog',
    body: [
      paragraph('Choose the files of every document, or a folder: NAME.ar.EXT pairs with NAME.en.EXT (chapter1.ar.docx with chapter1.en.txt; the tag in any case, subfolders included). The pairing is shown before anything is aligned.'),
      filesLabel, folderLabel, dropZone, summary, table, problems, nameLabel, problem,
    ],
    buttons: [
      { label: 'Cancel', value: 'cancel' },
      { label: 'Align', value: 'create', primary: true },
    ],
    initialFocus: filesInput,
    beforeClose: (value) => {
      if (value === 'cancel') return true;
      if (pairing.pairs.length === 0) {
        problem.textContent = 'No document pairs yet: choose files named NAME.ar.EXT and NAME.en.EXT.';
        return false;
      }
      return true;
    },
  });
  showPairing();
  if (initial.length > 0) await choose(initial);
  if ((await modal.result) !== 'create') return null;
  const documents = await Promise.all(pairing.pairs.map(async (pair) => ({
    id: pair.id,
    ar: await toFileInput(byName.get(pair.ar) as File),
    en: await toFileInput(byName.get(pair.en) as File),
  })));
  return { documents, ...(nameField.value.trim() ? { name: nameField.value.trim() } : {}) };
}

/** What the export dialog offers in a many-document project: every document, or one (the one shown first). */
export interface ExportDocumentChoice {
  ids: string[];
  current: string | null;
  /** The pairs a choice exports (null: every document). */
  beadsOf(documentId: string | null): readonly Bead[];
}

export function exportDocumentChoice(ids: string[], current: string | null, beads: readonly Bead[]): ExportDocumentChoice | undefined {
  if (ids.length === 0) return undefined;
  return { ids, current, beadsOf: (documentId) => (documentId === null ? beads : beads.filter((bead) => bead.document === documentId)) };
}

/** The export dialog's "Documents" field: a select of every document or one. */
export function documentSelect(choice: ExportDocumentChoice): { element: HTMLElement; value(): string | null } {
  const select = document.createElement('select');
  select.setAttribute('aria-label', 'Documents to export');
  for (const [value, text] of [['', 'Every document'], ...choice.ids.map((id) => [id, `Only ${id}`])]) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    select.append(option);
  }
  select.value = choice.current ?? '';
  const label = document.createElement('label');
  label.className = 'field export-documents';
  label.append('Documents ', select);
  return { element: label, value: () => (select.value === '' ? null : select.value) };
}
