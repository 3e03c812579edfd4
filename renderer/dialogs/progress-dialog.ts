// A modal progress bar for long tasks (aligning a new project), with Cancel.
import { openModal, paragraph } from './modal';

export class ProgressDialog {
  private readonly bar: HTMLProgressElement;
  private readonly message: HTMLParagraphElement;
  private readonly modal;

  constructor(title: string, onCancel: () => void) {
    this.bar = document.createElement('progress');
    this.bar.max = 1;
    this.bar.removeAttribute('value'); // indeterminate until the first event
    this.bar.setAttribute('aria-label', `${title} progress`);
    this.message = paragraph('Starting…', 'progress-message');
    this.message.setAttribute('aria-live', 'polite');
    this.modal = openModal<'cancel'>({
      title,
      className: 'progress-dialog',
      body: [this.bar, this.message],
      buttons: [{ label: 'Cancel', value: 'cancel' }],
    });
    void this.modal.result.then((value) => {
      if (value === 'cancel' || value === null) onCancel();
    });
  }

  update(fraction: number, message: string): void {
    this.bar.value = Math.max(0, Math.min(1, fraction));
    if (message) this.message.textContent = message;
  }

  /** Close without cancelling (the task finished). */
  done(): void {
    this.modal.dialog.close();
    this.modal.dialog.remove();
  }
}
