// Squiggles in the English editor (Monaco markers) for the findings a writer
// fixes in the text itself: spelling, repeated words and spacing. The English
// editor shows one sentence per line, so a finding's sentence is its line.
import type { Finding } from '../../main/ipc/contract';
import type { monaco as Monaco } from '../editors/monaco-setup';
import { loadedMonaco } from '../editors/monaco-loader';

const OWNER = 'muqabala-qa';
const IN_THE_TEXT = new Set(['spelling', 'repeated', 'spacing']);

/** Squiggles the findings; before Monaco has loaded there is no English editor to mark (the app asks again once it is ready). */
export function showEnglishMarkers(findings: readonly Finding[]): void {
  const monaco = loadedMonaco();
  if (monaco) setMarkers(monaco, findings);
}

function setMarkers(monaco: typeof Monaco, findings: readonly Finding[]): void {
  const markers = findings.flatMap((finding): Monaco.editor.IMarkerData[] => {
    const range = finding.range;
    if (!range || range.side !== 'en' || !IN_THE_TEXT.has(finding.check)) return [];
    const severity = finding.severity === 'error' ? monaco.MarkerSeverity.Error
      : finding.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info;
    return [{
      severity, message: finding.message, source: finding.check,
      startLineNumber: range.sentence + 1, startColumn: range.start + 1, endLineNumber: range.sentence + 1, endColumn: range.end + 1,
    }];
  });
  // The English editor's model is the only Monaco model in the window.
  for (const model of monaco.editor.getModels()) monaco.editor.setModelMarkers(model, OWNER, markers);
}
