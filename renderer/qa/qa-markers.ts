// Squiggles in the English editor (Monaco markers) for the findings a writer
// fixes in the text itself: spelling, repeated words and spacing, each with its
// quick fixes (qa-quick-fixes.ts). The English editor shows one sentence per
// line, so a finding's sentence is its line.
import type { Finding } from '../../main/ipc/contract';
import type { monaco as Monaco } from '../editors/monaco-setup';
import { loadedMonaco } from '../editors/monaco-loader';
import { installQuickFixes, QA_MARKER_OWNER, setMarkerFixes, type MarkerFix, type QuickFixActions } from './qa-quick-fixes';

const IN_THE_TEXT = new Set(['spelling', 'repeated', 'spacing']);

/** Squiggles the findings; before Monaco has loaded there is no English editor to mark (the app asks again once it is ready). */
export function showEnglishMarkers(findings: readonly Finding[], actions: QuickFixActions): void {
  const monaco = loadedMonaco();
  if (monaco) setMarkers(monaco, findings, actions);
}

function setMarkers(monaco: typeof Monaco, findings: readonly Finding[], actions: QuickFixActions): void {
  const fixes: MarkerFix[] = [];
  const markers = findings.flatMap((finding): Monaco.editor.IMarkerData[] => {
    const range = finding.range;
    if (!range || range.side !== 'en' || !IN_THE_TEXT.has(finding.check)) return [];
    const severity = finding.severity === 'error' ? monaco.MarkerSeverity.Error
      : finding.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info;
    fixes.push({ check: finding.check, line: range.sentence + 1, column: range.start + 1, suggestions: finding.suggestions ?? [] });
    return [{
      severity, message: finding.message, source: finding.check,
      startLineNumber: range.sentence + 1, startColumn: range.start + 1, endLineNumber: range.sentence + 1, endColumn: range.end + 1,
    }];
  });
  installQuickFixes(monaco);
  setMarkerFixes(fixes, actions);
  // The English editor's model is the only Monaco model in the window.
  for (const model of monaco.editor.getModels()) monaco.editor.setModelMarkers(model, QA_MARKER_OWNER, markers);
}
