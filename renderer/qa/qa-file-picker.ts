// The glossary or lexicon to load, picked as a file like Open Bilingual picks
// its file: a file field in a dialog (in Electron the field opens the system's
// file chooser), whose bytes go to the main process; undefined when cancelled.
import type { FileInput } from '../../main/ipc/contract';
import { toFileInput } from '../dialogs/document-dialogs';
import { openModal } from '../dialogs/modal';

export async function askQaFile(title: string, description: string, accept: string): Promise<FileInput | undefined> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.setAttribute('aria-label', title);
  const label = document.createElement('label');
  label.className = 'field';
  label.append(description, input);
  const modal = openModal({
    title,
    className: 'qa-file-dialog',
    body: [label],
    buttons: [{ label: 'Cancel', value: 'cancel' }, { label: 'Load', value: 'load', primary: true }],
    initialFocus: input,
    beforeClose: (value) => value === 'cancel' || (input.files?.length ?? 0) > 0,
  });
  const choice = await modal.result;
  const file = input.files?.[0];
  return choice === 'load' && file ? toFileInput(file) : undefined;
}
