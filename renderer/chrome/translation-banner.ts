// A banner kept above the pair list while the project's two texts do not look
// like translations of each other (match score below the threshold): the
// import report says it once, but the grid's confidence colours would otherwise
// make wrong pairs look trustworthy for the rest of the session.
import type { ProjectView } from '../../main/ipc/contract';

export class TranslationBanner {
  readonly element: HTMLElement;

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'translation-banner';
    this.element.setAttribute('role', 'status');
    this.element.hidden = true;
  }

  update(view: ProjectView | null): void {
    const show = view !== null && !view.looksLikeTranslation;
    this.element.hidden = !show;
    this.element.textContent = show
      ? `⚠ These two texts do not look like translations of each other (match score ${view.alignment.matchScore.toFixed(2)}): `
        + 'the pairs and their confidence cannot be trusted. Check that the right files were chosen.'
      : '';
  }
}
