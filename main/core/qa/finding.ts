// Building a finding: one place that turns a check's evidence into the
// finding's key, so ignoring it works the same for every check.

import type { CheckName, Finding, FindingRange, QaPair, Severity } from './types';

export function findingFor(
  pair: QaPair, check: CheckName, severity: Severity, message: string, evidence: string,
  extra: { range?: FindingRange; suggestions?: string[] } = {},
): Finding {
  const finding: Finding = { check, severity, message, beadId: pair.beadId, pair: pair.index, key: `${check}:${evidence}` };
  if (extra.range) finding.range = extra.range;
  if (extra.suggestions && extra.suggestions.length > 0) finding.suggestions = extra.suggestions;
  return finding;
}
