// Loads only the Monaco pieces the English editor needs (core editor, plain
// text, clipboard, find, word and line commands, quick fixes, hovers) instead of every language,
// and points Monaco at its worker, bundled as dist/renderer/editor.worker.js.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions.js';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/features/find/register.js';

interface MonacoEnvironmentShape {
  getWorker(workerId: string, label: string): Worker;
}

(self as unknown as { MonacoEnvironment: MonacoEnvironmentShape }).MonacoEnvironment = {
  // A classic worker from our own origin: allowed by worker-src 'self', no eval, no CDN.
  getWorker: () => new Worker(new URL('editor.worker.js', document.baseURI), { name: 'monaco-editor-worker' }),
};

export { monaco };
