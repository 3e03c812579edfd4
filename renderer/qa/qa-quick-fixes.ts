// Quick fixes on the English editor's squiggles (qa-markers.ts): a finding's
// suggestions replace its range (spelling suggestions from nspell, one space for
// two), and a misspelt word can be added to the project word list, which the
// main process keeps in the project so the finding goes and stays gone.
// Reached by Ctrl+. and the lightbulb (Monaco's own quick fix) and by
// "Quick Fix…" in the editor's context menu. Installed once, when Monaco has
// loaded and there are squiggles to fix.
import type { monaco as Monaco } from '../editors/monaco-setup';

export const QA_MARKER_OWNER = 'muqabala-qa';
const ADD_WORD_COMMAND = 'muqabala.qa.addToWordList';
const CONTEXT_MENU_ACTION = 'muqabala.qa.quickFix';

export interface QuickFixActions {
  addToWordList(word: string): void;
}

/** Replacements offered for a squiggle, by the marker's place and check (set with the markers). */
export interface MarkerFix {
  check: string;
  line: number;
  column: number;
  suggestions: readonly string[];
}

let fixes: readonly MarkerFix[] = [];
let actions: QuickFixActions | null = null;
let installed: typeof Monaco | null = null;

export function setMarkerFixes(list: readonly MarkerFix[], handlers: QuickFixActions): void {
  fixes = list;
  actions = handlers;
}

export function installQuickFixes(monaco: typeof Monaco): void {
  if (installed === monaco) return;
  installed = monaco;
  monaco.editor.registerCommand(ADD_WORD_COMMAND, (_accessor: unknown, word: unknown) => {
    if (typeof word === 'string') actions?.addToWordList(word);
  });
  monaco.languages.registerCodeActionProvider('plaintext', {
    provideCodeActions: (model, _range, context) => {
      // Markers of this owner only carry one of these checks as their source.
      const list = context.markers.filter((marker) => fixes.some((fix) => fix.check === marker.source))
        .flatMap((marker) => fixesFor(monaco, model, marker));
      return { actions: list, dispose: () => undefined };
    },
  }, { providedCodeActionKinds: ['quickfix'] });
  monaco.editor.addEditorAction({
    id: CONTEXT_MENU_ACTION,
    label: 'Quick Fix…',
    contextMenuGroupId: '1_modification',
    contextMenuOrder: 0,
    run: (editor) => editor.trigger('contextmenu', 'editor.action.quickFix', null),
  });
  // A squiggle whose text was typed over is out of date until the checks run
  // again on the committed text: it goes at once (setValue, a new pair, keeps them).
  const watch = (model: Monaco.editor.ITextModel) => model.onDidChangeContent((event) => {
    if (event.isFlush) return;
    const markers = monaco.editor.getModelMarkers({ owner: QA_MARKER_OWNER, resource: model.uri });
    const kept = markers.filter((marker) => !event.changes.some((change) => monaco.Range.areIntersectingOrTouching(change.range, marker)));
    if (kept.length !== markers.length) monaco.editor.setModelMarkers(model, QA_MARKER_OWNER, kept);
  });
  monaco.editor.getModels().forEach(watch);
  monaco.editor.onDidCreateModel(watch);
}

function fixesFor(monaco: typeof Monaco, model: Monaco.editor.ITextModel, marker: Monaco.editor.IMarkerData): Monaco.languages.CodeAction[] {
  const fix = fixes.find((candidate) => candidate.check === marker.source
    && candidate.line === marker.startLineNumber && candidate.column === marker.startColumn);
  const range = new monaco.Range(marker.startLineNumber, marker.startColumn, marker.endLineNumber, marker.endColumn);
  const list: Monaco.languages.CodeAction[] = (fix?.suggestions ?? []).map((text, index) => ({
    title: text === '' ? 'Remove it' : text === ' ' ? 'Replace with one space' : `Replace with "${text}"`,
    kind: 'quickfix',
    diagnostics: [marker],
    isPreferred: index === 0,
    edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range, text } }] },
  }));
  if (marker.source === 'spelling') {
    const word = model.getValueInRange(range);
    const title = `Add «${word}» to the project word list`;
    list.push({ title, kind: 'quickfix', diagnostics: [marker], command: { id: ADD_WORD_COMMAND, title, arguments: [word] } });
  }
  return list;
}
