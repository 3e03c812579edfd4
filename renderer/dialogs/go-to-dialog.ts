// Go to pair number (Ctrl+G): asks for a pair number, 1 to the number of pairs.
import { openModal, paragraph } from './modal';

export async function askPairNumber(count: number, current: number): Promise<number | null> {
  const field = document.createElement('input');
  field.type = 'number';
  field.min = '1';
  field.max = String(count);
  field.value = current > 0 ? String(current) : '';
  field.className = 'pair-number-field';
  const label = document.createElement('label');
  label.className = 'field';
  label.append(`Pair number (1 to ${count})`, field);
  const problem = paragraph('', 'dialog-problem');
  problem.setAttribute('role', 'alert');
  const valid = (): number | null => {
    const number = Number(field.value);
    return Number.isInteger(number) && number >= 1 && number <= count ? number : null;
  };
  const modal = openModal({
    title: 'Go to pair',
    className: 'go-to-dialog',
    body: [label, problem],
    buttons: [{ label: 'Cancel', value: 'cancel' }, { label: 'Go', value: 'go', primary: true }],
    initialFocus: field,
    beforeClose: (value) => {
      if (value === 'cancel' || valid() !== null) return true;
      problem.textContent = `Type a whole number from 1 to ${count}.`;
      return false;
    },
  });
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      modal.buttons.get('go')?.click();
    }
  });
  field.select();
  return (await modal.result) === 'go' ? valid() : null;
}
