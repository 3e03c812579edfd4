// A modal progress bar for long tasks (aligning a new project, re-aligning), with Cancel.
// Keys pressed while it is up (Ctrl+Shift+A then A at once) are not lost: the
// commands they stand for are held, and the caller runs them once the task is
// done, or says they were not taken. Focus stays off Cancel, so a review key
// (Space, Enter) cannot cancel the task by accident; Escape or Tab then Enter does.
import { openModal, paragraph } from './modal';

export class ProgressDialog<C = never> {
  private readonly bar: HTMLProgressElement;
  private readonly message: HTMLParagraphElement;
  private readonly modal;
  private readonly held: C[] = [];
  /** The user cancelled the task (Cancel or Escape). */
  cancelled = false;

  /** `commandFor` maps a key pressed meanwhile to the command it stands for (null: not one). */
  constructor(title: string, onCancel: () => void, commandFor?: (event: KeyboardEvent) => C | null) {
    this.bar = document.createElement('progress');
    this.bar.max = 1;
    this.bar.removeAttribute('value'); // indeterminate until the first event
    this.bar.setAttribute('aria-label', `${title} progress`);
    this.message = paragraph('Starting…', 'progress-message');
    this.message.setAttribute('aria-live', 'polite');
    this.message.tabIndex = -1;
    this.modal = openModal<'cancel'>({
      title,
      className: 'progress-dialog',
      body: [this.bar, this.message],
      buttons: [{ label: 'Cancel', value: 'cancel' }],
      initialFocus: this.message,
    });
    this.modal.dialog.addEventListener('keydown', (event) => {
      if (!commandFor || event.key === 'Escape' || event.key === 'Tab' || event.target instanceof HTMLButtonElement) return;
      const command = commandFor(event);
      if (command === null) return;
      event.preventDefault();
      this.held.push(command);
    });
    void this.modal.result.then((value) => {
      if (value === 'cancel' || value === null) {
        this.cancelled = true;
        onCancel();
      }
    });
  }

  update(fraction: number, message: string): void {
    this.bar.value = Math.max(0, Math.min(1, fraction));
    if (message) this.message.textContent = message;
  }

  /** Close without cancelling (the task finished); returns the commands of the keys pressed meanwhile, in order. */
  done(): C[] {
    this.modal.dialog.close();
    this.modal.dialog.remove();
    return this.held.splice(0);
  }
}
