// Small dialogs every part of the UI uses: errors, confirmations, a path prompt
// (for when there are no native file dialogs, i.e. behind npm run serve).
import { openModal, paragraph, type DialogButton } from './modal';

export async function showError(title: string, message: string): Promise<void> {
  const body = paragraph(message, 'error-message');
  body.setAttribute('role', 'alert');
  await openModal({ title, body: [body], buttons: [{ label: 'OK', value: 'ok', primary: true }], className: 'error-dialog' }).result;
}

export async function askChoice<T extends string>(title: string, message: string, buttons: DialogButton<T>[]): Promise<T | null> {
  return openModal({ title, body: [paragraph(message)], buttons, className: 'confirm-dialog' }).result;
}

export async function promptPath(title: string, label: string, initial: string): Promise<string | null> {
  const field = document.createElement('input');
  field.type = 'text';
  field.value = initial;
  field.className = 'path-field';
  field.spellcheck = false;
  const labelElement = document.createElement('label');
  labelElement.className = 'field';
  labelElement.append(label, field);
  const modal = openModal({
    title,
    body: [labelElement],
    buttons: [
      { label: 'Cancel', value: 'cancel' },
      { label: 'OK', value: 'ok', primary: true },
    ],
    initialFocus: field,
    className: 'path-dialog',
    beforeClose: (value) => value === 'cancel' || field.value.trim() !== '',
  });
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && field.value.trim() !== '') modal.buttons.get('ok')?.click();
  });
  field.select();
  const choice = await modal.result;
  return choice === 'ok' ? field.value.trim() : null;
}
