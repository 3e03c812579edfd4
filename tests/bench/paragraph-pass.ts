// The paragraph pass (paragraphs.ts) against the path it replaces: on the
// segmented NTREX scale pairs (paragraphs of four lines on both sides, so they
// correspond) and on the dev documents (paragraphs broken at different places
// on the two sides, so they must not). Prints, per case, which path ran, the
// alignment's time and CPU in this process, the path's cost under the same
// model, beads that cross a paragraph end, and beads from the same NTREX lines.
// Usage: node dist/tests/bench/paragraph-pass.js [10000 100000 ...]

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignWithDiagnostics, type AlignInput } from '../../main/core/align/align';
import { segmentText, type Segment } from '../../main/core/segment/segment';
import { lastAtOrBefore } from '../../main/core/text/sorted';
import { sharedDir } from '../helpers/paths';
import { buildScalePair, lineStarts } from './alignment';

interface Bead {
  ar: number[];
  en: number[];
}

/**
 * Beads that hold sentences of two paragraphs, on one side or across the two
 * (where paragraph k of one side translates paragraph k of the other, as in
 * the scale pairs).
 */
export function beadsAcrossParagraphs(beads: Bead[], ar: AlignInput[], en: AlignInput[]): number {
  const paragraphs = (bead: Bead) => new Set([...bead.ar.map((k) => ar[k].paragraph), ...bead.en.map((k) => en[k].paragraph)]);
  return beads.filter((bead) => paragraphs(bead).size > 1).length;
}

function toInputs(segments: Segment[]): AlignInput[] {
  return segments.map((s) => ({ text: s.text, paragraph: s.paragraph }));
}

/** Share of beads whose two sides come from the same set of NTREX lines (as corpora.ts counts them). */
function sameLineShare(lines: { ar: AlignInput[]; en: AlignInput[] }, ar: Segment[], en: Segment[], beads: Bead[]): number {
  const arStarts = lineStarts(lines.ar);
  const enStarts = lineStarts(lines.en);
  const linesOf = (indices: number[], segments: Segment[], starts: number[]) => new Set(indices.map((k) => lastAtOrBefore(starts, segments[k].start)));
  let same = 0;
  for (const bead of beads) {
    const a = linesOf(bead.ar, ar, arStarts);
    const e = linesOf(bead.en, en, enStarts);
    if (a.size === e.size && [...a].every((line) => e.has(line))) same++;
  }
  return same / Math.max(1, beads.length);
}

export function benchmarkParagraphPass(scales: number[] = [10_000, 100_000]): string[] {
  const lines = ['Paragraph pass (segmented NTREX scale pairs; dev documents)'];
  if (!existsSync(path.join(sharedDir(), 'data/ntrex-128-ar-en'))) return [...lines, `  skipped (no ${sharedDir()}/data)`];
  for (const scale of scales) {
    const pair = buildScalePair(scale);
    const arSegments = segmentText(pair.arText, 'ar');
    const enSegments = segmentText(pair.enText, 'en');
    const ar = toInputs(arSegments);
    const en = toInputs(enSegments);
    const cpuBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    const run = alignWithDiagnostics(ar, en);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const beads = run.result.beads;
    lines.push(
      `  ${ar.length} x ${en.length} sentences: ${run.pass ?? 'sentences'} pass, ${seconds.toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), `
        + `path cost ${run.pathCost?.toFixed(0)}, ratio ${run.result.summary.lengthRatio.toFixed(4)}, ${beads.length} beads, `
        + `${beadsAcrossParagraphs(beads, ar, en)} across a paragraph end, ${(100 * sameLineShare(pair, arSegments, enSegments, beads)).toFixed(2)}% from the same NTREX lines`,
    );
  }
  const dev = path.join(sharedDir(), 'eval/dev');
  if (existsSync(dev)) {
    const names = readdirSync(dev).filter((f) => f.endsWith('.ar.txt')).map((f) => f.slice(0, -'.ar.txt'.length)).sort();
    const passes = new Map<string, number>();
    for (const name of names) {
      const ar = toInputs(segmentText(readFileSync(path.join(dev, `${name}.ar.txt`), 'utf8'), 'ar'));
      const en = toInputs(segmentText(readFileSync(path.join(dev, `${name}.en.txt`), 'utf8'), 'en'));
      const pass = alignWithDiagnostics(ar, en).pass ?? 'sentences';
      passes.set(pass, (passes.get(pass) ?? 0) + 1);
    }
    lines.push(`  dev, ${names.length} documents: ${[...passes].map(([pass, count]) => `${count} by the ${pass} pass`).join(', ')}`);
  }
  return lines;
}

if (require.main === module) {
  const scales = process.argv.slice(2).map(Number);
  console.log(benchmarkParagraphPass(scales.length > 0 ? scales : undefined).join('\n'));
}
