// One way to show a modal: the native <dialog> (focus kept inside, Escape
// cancels, the page behind is inert), titled for assistive technology.

export interface DialogButton<T extends string> {
  label: string;
  value: T;
  primary?: boolean;
}

export interface ModalOptions<T extends string> {
  title: string;
  body: Node[];
  buttons: DialogButton<T>[];
  className?: string;
  /** Called before closing with a button value; return false to keep the dialog open. */
  beforeClose?: (value: T) => boolean | Promise<boolean>;
  /** Element to focus first (default: the primary button). */
  initialFocus?: HTMLElement;
}

let dialogCounter = 0;

export interface OpenModal<T extends string> {
  dialog: HTMLDialogElement;
  result: Promise<T | null>;
  close(value: T | null): void;
  buttons: Map<T, HTMLButtonElement>;
}

export function openModal<T extends string>(options: ModalOptions<T>): OpenModal<T> {
  const dialog = document.createElement('dialog');
  dialog.className = `modal ${options.className ?? ''}`.trim();
  const titleId = `dialog-title-${++dialogCounter}`;
  dialog.setAttribute('aria-labelledby', titleId);
  const title = document.createElement('h2');
  title.id = titleId;
  title.textContent = options.title;
  const content = document.createElement('div');
  content.className = 'modal-body';
  content.append(...options.body);
  const footer = document.createElement('div');
  footer.className = 'modal-buttons';
  const buttons = new Map<T, HTMLButtonElement>();

  let settle: (value: T | null) => void = () => undefined;
  const result = new Promise<T | null>((resolve) => {
    settle = resolve;
  });
  let closed = false;
  const close = (value: T | null) => {
    if (closed) return;
    closed = true;
    dialog.close();
    dialog.remove();
    settle(value);
  };

  for (const button of options.buttons) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = button.label;
    element.dataset.value = button.value;
    if (button.primary) element.classList.add('primary');
    element.addEventListener('click', async () => {
      if (options.beforeClose && !(await options.beforeClose(button.value))) return;
      close(button.value);
    });
    buttons.set(button.value, element);
    footer.append(element);
  }
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close(null);
  });
  // Keys typed in a dialog never reach the grid's single-key review commands.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  dialog.append(title, content, footer);
  document.body.append(dialog);
  dialog.showModal();
  const primary = options.buttons.find((button) => button.primary);
  const focusTarget = options.initialFocus ?? (primary ? buttons.get(primary.value) : footer.querySelector('button'));
  focusTarget?.focus();
  return { dialog, result, close, buttons };
}

/** A bulleted list of plain-text items (file paths, warnings). */
export function bulletList(items: readonly string[], className: string): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = className;
  for (const text of items) {
    const item = document.createElement('li');
    item.textContent = text;
    list.append(item);
  }
  return list;
}

export function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}
