// The one-line progress bar a batch shows on a terminal.

export function progressBar(done: number, total: number, label: string, width = 30): string {
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * width);
  const shown = label.length > 40 ? `…${label.slice(-39)}` : label;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${shown}`;
}
