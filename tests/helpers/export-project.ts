// The project every export test writes: text that breaks careless writers
// (tashkeel, quotes, < and &, tabs, newlines, CR, a control character, an
// emoji), every status, a one-sided pair, an empty pair and an edited English.

import { EditHistory } from '../../main/core/project/history';
import { planEdit } from '../../main/core/project/operations';
import type { Project } from '../../main/core/project/types';
import { projectFromPairs } from './project-builder';

export const TRICKY_AR = 'قالَ الوزيرُ: «نعم» & <لا> "حقًّا"';
export const TRICKY_EN = 'He said "yes" & <no>,\tthen\nleft; it\'s 5 < 6 \u0001 ok \r\nend 🙂';
export const TRICKY_NOTE = 'check "name" & <tag>\nsecond line';
export const EDITED_EN = 'Rejected, then edited.';

export function exportProject(): Project {
  const project = projectFromPairs([
    { ar: [TRICKY_AR], en: [TRICKY_EN], status: 'approved', confidence: 0.875, note: TRICKY_NOTE },
    { ar: ['الأولى.', 'الثانية.'], en: ['First and second.'], confidence: 0.5, reasons: ['2-1 pair'] },
    { ar: ['اترك رد'], en: [], status: 'approved', confidence: 0.3 },
    { ar: ['مرفوض.'], en: ['Rejected.'], status: 'rejected', confidence: 0.2 },
    { ar: ['معدَّل.'], en: ['Edited.'], confidence: 0.95 },
    { ar: [], en: [] },
  ]);
  const history = new EditHistory();
  const edited = project.beads[4].id;
  history.apply(project, planEdit(project, { kind: 'edit-text', beadId: edited, side: 'en', texts: [EDITED_EN] }));
  history.apply(project, planEdit(project, { kind: 'set-status', beadIds: [edited], status: 'approved' }));
  return project;
}

/** XML 1.0 cannot carry U+0001: the XML exports drop it, and nothing else. */
export function withoutXmlIllegal(text: string): string {
  return text.replace('\u0001', '');
}
