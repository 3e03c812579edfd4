// Native open/save dialogs for one window, as the session API's DialogProvider.

import { dialog, type BrowserWindow } from 'electron';
import type { ExportFormatInfo } from '../ipc/contract';
import type { DialogProvider } from '../services/api';

const PROJECT_FILTERS = [
  { name: 'Muqabala project', extensions: ['muqabala'] },
  { name: 'All files', extensions: ['*'] },
];

export function createNativeDialogs(window: BrowserWindow): DialogProvider {
  return {
    async chooseProjectToOpen(defaultDirectory) {
      const result = await dialog.showOpenDialog(window, {
        title: 'Open project',
        defaultPath: defaultDirectory,
        properties: ['openFile'],
        filters: PROJECT_FILTERS,
      });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseProjectSavePath(suggestedPath) {
      const result = await dialog.showSaveDialog(window, {
        title: 'Save project',
        defaultPath: suggestedPath,
        filters: PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseDocumentExportPath(suggestedPath, output) {
      const names = { txt: 'Plain text', docx: 'Word document', html: 'Web page' } as const;
      const result = await dialog.showSaveDialog(window, {
        title: 'Export document',
        defaultPath: suggestedPath,
        filters: [{ name: names[output], extensions: [output] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseBilingualToOpen(defaultDirectory) {
      const result = await dialog.showOpenDialog(window, {
        title: 'Open bilingual file',
        defaultPath: defaultDirectory,
        properties: ['openFile'],
        filters: [{ name: 'TMX, XLIFF, TSV, CSV', extensions: ['tmx', 'xlf', 'xliff', 'sdlxliff', 'mqxliff', 'tsv', 'csv', 'txt'] }, { name: 'All files', extensions: ['*'] }],
      });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseExportPath(suggestedPath, format: ExportFormatInfo) {
      // Moses writes PATH.ar and PATH.en: the user picks the common prefix.
      const single = format.extensions.length === 1;
      const result = await dialog.showSaveDialog(window, {
        title: single ? `Export ${format.label}` : `Export ${format.label} (files ${format.extensions.join(' and ')} are added)`,
        defaultPath: suggestedPath,
        filters: single
          ? [{ name: format.label, extensions: [format.extensions[0].replace(/^\./, '')] }, { name: 'All files', extensions: ['*'] }]
          : [{ name: 'All files', extensions: ['*'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
