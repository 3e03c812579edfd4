// "No counterpart" from the keyboard: when no sentence has been pointed at, the
// command asks which of the selected pair's first/last sentences has no
// counterpart, one button per sentence that can be detached (Tab or the arrow
// keys move between them, Enter chooses).
import type { Bead, Lang } from '../../main/ipc/contract';
import { openModal, paragraph } from './modal';

export interface DetachChoice {
  side: Lang;
  index: number;
}

const SIDE_NAME: Record<Lang, string> = { en: 'English', ar: 'Arabic' };

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The sentences detach-sentence accepts in this bead: the first and last of each side, unless already alone. */
export function detachCandidates(bead: Bead): DetachChoice[] {
  const choices: DetachChoice[] = [];
  for (const side of ['en', 'ar'] as const) {
    const other: Lang = side === 'en' ? 'ar' : 'en';
    const count = bead[side].length;
    if (count === 0 || (count === 1 && bead[other].length === 0)) continue;
    choices.push({ side, index: 0 });
    if (count > 1) choices.push({ side, index: count - 1 });
  }
  return choices;
}

export async function askDetachChoice(bead: Bead, choices: DetachChoice[]): Promise<DetachChoice | null> {
  const buttons = choices.map((choice, i) => {
    const which = bead[choice.side].length === 1 ? 'The' : choice.index === 0 ? 'First' : 'Last';
    return { label: `${which} ${SIDE_NAME[choice.side]} sentence: “${shorten(bead[choice.side][choice.index].text)}”`, value: String(i) };
  });
  const modal = openModal<string>({
    title: 'Which sentence has no counterpart?',
    className: 'detach-dialog',
    body: [paragraph('It leaves the pair and becomes a pair of its own, with nothing on the other side.')],
    buttons: [...buttons, { label: 'Cancel', value: 'cancel' }],
  });
  // The sentence itself in its own direction, so Arabic does not reorder the English label around it.
  choices.forEach((choice, i) => {
    const button = modal.buttons.get(String(i));
    if (!button) return;
    const which = bead[choice.side].length === 1 ? 'The' : choice.index === 0 ? 'First' : 'Last';
    const sentence = document.createElement('bdi');
    sentence.dir = choice.side === 'ar' ? 'rtl' : 'ltr';
    sentence.lang = choice.side;
    sentence.textContent = shorten(bead[choice.side][choice.index].text);
    button.replaceChildren(`${which} ${SIDE_NAME[choice.side]} sentence: “`, sentence, '”');
  });
  const list = [...modal.buttons.values()];
  list[0]?.focus();
  modal.dialog.addEventListener('keydown', (event) => {
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    list[(at + (event.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length].focus();
  });
  const value = await modal.result;
  return value === null || value === 'cancel' ? null : choices[Number(value)];
}
