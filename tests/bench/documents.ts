// Documents in the benchmark: the seed pair (seed 001 Arabic, seed 000 English)
// imported from each document format made from it (tests/fixtures/documents:
// pandoc and LibreOffice wrote them; the web pages carry a real page's
// furniture), aligned by the one pipeline, and scored by ../shared/eval/score.py
// against the hand-made gold next to the plain-text files' own score. Also the
// time to import each format, and what a .txt import costs at CLI start-up.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jsonlRecord } from '../../main/core/formats/jsonl';
import { buildProject } from '../../main/core/pipeline';
import { readTextFile } from '../../main/services/text-file';
import { repoRoot, sharedDir } from '../helpers/paths';

const DOCUMENTS = path.join(repoRoot(), 'tests/fixtures/documents');
const SAMPLE = path.join(repoRoot(), 'assets/sample');
const GOLD = path.join(repoRoot(), 'tests/fixtures/gold/seed-001-000.gold.json');

const PAIRS: { label: string; ar: string; en: string }[] = [
  { label: 'txt/txt', ar: path.join(SAMPLE, 'putin-bases-taliban.ar.txt'), en: path.join(SAMPLE, 'putin-bases-taliban.en.txt') },
  { label: 'docx/docx', ar: path.join(DOCUMENTS, 'seed-ar.docx'), en: path.join(DOCUMENTS, 'seed-en.docx') },
  { label: 'odt/docx', ar: path.join(DOCUMENTS, 'seed-ar.odt'), en: path.join(DOCUMENTS, 'seed-en.docx') },
  { label: 'html/html', ar: path.join(DOCUMENTS, 'seed-ar.html'), en: path.join(DOCUMENTS, 'seed-en.html') },
  { label: 'pdf/pdf', ar: path.join(DOCUMENTS, 'seed-ar.pdf'), en: path.join(DOCUMENTS, 'seed-en.pdf') },
  { label: 'md/md', ar: path.join(DOCUMENTS, 'seed-ar.md'), en: path.join(DOCUMENTS, 'seed-en.md') },
];

export async function benchmarkDocuments(): Promise<string[]> {
  const lines = ['Documents: seed 001/000 from each format (score.py F1 against the seed gold; import time of both files)'];
  const score = path.join(sharedDir(), 'eval/score.py');
  const canScore = existsSync(score);
  if (!canScore) lines.push(`  (skipped the F1: ${score} is not here)`);
  const workDir = mkdtempSync(path.join(tmpdir(), 'muqabala-bench-documents-'));
  try {
    let plainF1 = NaN;
    let plainPairs = new Set<string>();
    for (const pair of PAIRS) {
      const started = performance.now();
      const [ar, en] = [await readTextFile(pair.ar), await readTextFile(pair.en)];
      const importMs = performance.now() - started;
      const { project } = buildProject({ name: pair.label, first: ar, second: en });
      // score.py finds each exported segment again in the .txt by its words; where an import drops
      // furniture that repeats the article's words (a breadcrumb holding the headline), it can find
      // the wrong place. So also count the pairs with both sides that are word for word a pair of the
      // plain-text alignment: the same pairs are the same alignment, whatever the scorer finds.
      const pairs = translatedPairs(project.beads.map(jsonlRecord));
      if (pair.label === 'txt/txt') plainPairs = new Set(pairs);
      const samePairs = pairs.filter((key) => plainPairs.has(key)).length;
      let f1Text = '';
      if (canScore) {
        const system = path.join(workDir, `${pair.label.replace('/', '-')}.jsonl`);
        writeFileSync(system, project.beads.map((bead) => JSON.stringify(jsonlRecord(bead))).join('\n') + '\n');
        const output = execFileSync('/usr/bin/python3', [score, GOLD, PAIRS[0].ar, PAIRS[0].en, system], { encoding: 'utf8' });
        const f1 = Number(/F1=([0-9.]+)/.exec(output)?.[1]);
        if (pair.label === 'txt/txt') plainF1 = f1;
        f1Text = `F1 ${f1.toFixed(3)} (plain text ${plainF1.toFixed(3)}, ${f1 - plainF1 >= 0 ? '+' : ''}${(f1 - plainF1).toFixed(3)})`;
      }
      lines.push(`  ${pair.label.padEnd(9)} ${f1Text}; ${project.beads.length} beads, ${samePairs} of ${pairs.length} pairs with both sides as in the plain text's; import ${importMs.toFixed(0)} ms`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  lines.push(`  CLI align of the .txt seed pair, wall time of a fresh process (median of 5): ${cliStartMs().toFixed(0)} ms`);
  return lines;
}

/** Each pair with both sides, its two texts with whitespace made single (the key two alignments are compared by). */
function translatedPairs(records: { ar: string; en: string }[]): string[] {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  return records.filter((record) => record.ar.trim() && record.en.trim()).map((record) => `${squeeze(record.ar)}\t${squeeze(record.en)}`);
}

/** The CLI on the plain-text seed pair: the document parsers must not be loaded for it. */
function cliStartMs(): number {
  const cli = path.join(repoRoot(), 'dist/main/cli.js');
  const out = path.join(tmpdir(), `muqabala-bench-${process.pid}.tsv`);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    spawnSync(process.execPath, [cli, 'align', PAIRS[0].ar, PAIRS[0].en, '--format', 'tsv', '--out', out]);
    times.push(performance.now() - started);
  }
  rmSync(out, { force: true });
  times.sort((a, b) => a - b);
  return times[2];
}
