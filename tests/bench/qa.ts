// The quality checks' benchmark: precision on clean text (findings per 100
// pairs with both sides, on the gold pairs of ../shared/eval/dev and on the
// aligned sample) and recall on planted errors (tests/helpers/qa-plant.ts),
// per check. Prints, never asserts. Run alone: node dist/tests/bench/qa.js

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildProject } from '../../main/core/pipeline';
import { CHECKS, projectPairs, runChecks, type QaOptions } from '../../main/core/qa/run';
import { CHECK_NAMES, type CheckName, type Finding, type QaPair } from '../../main/core/qa/types';
import { englishSpellChecker } from '../../main/services/spell-checker';
import { goldPairs, plantErrors, type GoldFile } from '../helpers/qa-plant';
import { repoRoot, sharedDir } from '../helpers/paths';

interface Document {
  name: string;
  pairs: QaPair[];
  options: QaOptions;
}

/** Planted pairs per check and document. */
const PLANTS_PER_DOCUMENT = 4;

function loadDevDocuments(dir: string): Document[] {
  const spell = englishSpellChecker();
  return readdirSync(dir).filter((file) => file.endsWith('.gold.json')).sort().map((file) => {
    const name = file.replace(/\.gold\.json$/, '');
    const arText = readFileSync(path.join(dir, `${name}.ar.txt`), 'utf8');
    const enText = readFileSync(path.join(dir, `${name}.en.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GoldFile;
    // The length model the app would have: estimated by the aligner on the two texts.
    const { project } = buildProject({
      name, first: { fileName: `${name}.ar.txt`, encoding: 'utf-8', text: arText }, second: { fileName: `${name}.en.txt`, encoding: 'utf-8', text: enText },
    });
    return { name, pairs: goldPairs(arText, enText, gold), options: { model: { ratio: project.alignment.lengthRatio, variance: project.alignment.lengthVariance }, spell } };
  });
}

function bothSides(pairs: readonly QaPair[]): number {
  return pairs.filter((pair) => pair.ar.length > 0 && pair.en.length > 0).length;
}

function perCheck(findings: readonly Finding[], pairs: readonly QaPair[]): Map<CheckName, number> {
  const withBoth = new Set(pairs.filter((pair) => pair.ar.length > 0 && pair.en.length > 0).map((pair) => pair.index));
  const counts = new Map<CheckName, number>(CHECK_NAMES.map((name) => [name, 0]));
  for (const finding of findings) if (withBoth.has(finding.pair)) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
  return counts;
}

export interface QaBenchmark {
  lines: string[];
}

export function benchmarkQa(): QaBenchmark {
  const lines: string[] = ['Quality checks'];
  const devDir = path.join(sharedDir(), 'eval/dev');
  const samples = path.join(repoRoot(), 'assets/sample');
  const spell = englishSpellChecker();
  // The sample as the app aligns it: every pair with both sides, clean translation.
  {
    const { project } = buildProject({
      name: 'sample',
      first: { fileName: 'ar.txt', encoding: 'utf-8', text: readFileSync(path.join(samples, 'putin-bases-taliban.ar.txt'), 'utf8') },
      second: { fileName: 'en.txt', encoding: 'utf-8', text: readFileSync(path.join(samples, 'putin-bases-taliban.en.txt'), 'utf8') },
    });
    const pairs = projectPairs(project);
    const findings = runChecks(pairs, { model: { ratio: project.alignment.lengthRatio, variance: project.alignment.lengthVariance }, spell });
    const counts = perCheck(findings, pairs);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    lines.push(`  sample 001/000 as aligned: ${total} findings on ${bothSides(pairs)} pairs with both sides (${formatCounts(counts)})`);
  }
  if (!existsSync(devDir)) {
    lines.push(`  dev documents: skipped (${devDir} not found)`);
    return { lines };
  }
  const started = Date.now();
  const documents = loadDevDocuments(devDir);
  let cleanPairs = 0;
  const falseFindings = new Map<CheckName, number>(CHECK_NAMES.map((name) => [name, 0]));
  for (const document of documents) {
    cleanPairs += bothSides(document.pairs);
    for (const [name, count] of perCheck(runChecks(document.pairs, document.options), document.pairs)) {
      falseFindings.set(name, (falseFindings.get(name) ?? 0) + count);
    }
  }
  const checkMs = Date.now() - started;
  const planted = new Map<CheckName, { planted: number; found: number }>();
  documents.forEach((document, docIndex) => {
    for (const check of CHECK_NAMES) {
      const plant = plantErrors(document.pairs, check, 1000 * docIndex + CHECK_NAMES.indexOf(check), PLANTS_PER_DOCUMENT);
      if (plant.planted.length === 0) continue;
      const findings = runChecks(plant.pairs, { ...document.options, glossary: plant.glossary });
      const flagged = new Set(findings.filter((finding) => finding.check === check).map((finding) => finding.pair));
      const tally = planted.get(check) ?? { planted: 0, found: 0 };
      tally.planted += plant.planted.length;
      tally.found += plant.planted.filter((index) => flagged.has(index)).length;
      planted.set(check, tally);
    }
  });
  lines.push(`  dev gold pairs: ${documents.length} documents, ${cleanPairs} clean pairs with both sides, all checks in ${checkMs} ms (dictionary load included)`);
  lines.push('  check          recall on planted errors   false findings per 100 clean pairs');
  for (const info of CHECKS) {
    const tally = planted.get(info.name);
    const recall = tally ? `${(tally.found / tally.planted * 100).toFixed(1)}% of ${tally.planted}`.padEnd(26) : 'no plants'.padEnd(26);
    const rate = (100 * (falseFindings.get(info.name) ?? 0) / Math.max(1, cleanPairs)).toFixed(2);
    lines.push(`  ${info.name.padEnd(14)} ${recall} ${rate}`);
  }
  const totalFalse = [...falseFindings.values()].reduce((a, b) => a + b, 0);
  lines.push(`  all checks: ${(100 * totalFalse / Math.max(1, cleanPairs)).toFixed(2)} false findings per 100 clean pairs`);
  return { lines };
}

function formatCounts(counts: Map<CheckName, number>): string {
  const parts = [...counts].filter(([, count]) => count > 0).map(([name, count]) => `${name} ${count}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

if (require.main === module) {
  for (const line of benchmarkQa().lines) console.log(line);
}
