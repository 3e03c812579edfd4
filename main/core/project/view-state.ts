// Where the reviewer was in a project: the selected pair, the pair at the
// top of the list and, in a many-document project, the document shown. Kept in a small file beside the project file
// (<project>.view.json), not in the project itself: moving around is not a
// change to the project, must not make it "unsaved", and must not rewrite a
// large file. The file is a convenience: anything wrong with it is ignored.

export interface ViewState {
  selectedBeadId: string | null;
  topBeadId: string | null;
  /** The document the list showed (absent: all of them, or a one-document project). */
  documentId?: string;
}

export const VIEW_STATE_FORMAT = 'muqabala-view';
export const VIEW_STATE_VERSION = 1;

export function serializeViewState(state: ViewState): string {
  return `${JSON.stringify({ format: VIEW_STATE_FORMAT, version: VIEW_STATE_VERSION, ...state })}\n`;
}

/** The state in a view file's text, or null when it is not one this version can read. */
export function parseViewState(text: string): ViewState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.format !== VIEW_STATE_FORMAT || typeof record.version !== 'number' || record.version > VIEW_STATE_VERSION) return null;
  const id = (field: unknown): string | null => (typeof field === 'string' && field.length <= 100 ? field : null);
  const documentId = id(record.documentId);
  return { selectedBeadId: id(record.selectedBeadId), topBeadId: id(record.topBeadId), ...(documentId === null ? {} : { documentId }) };
}
