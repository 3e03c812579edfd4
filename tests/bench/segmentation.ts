// Segmentation errors against gold sentence spans, for `npm run bench`.
//
// Gold segments come from two places:
// - ../shared/eval/dev/*.gold.json: every span of every gold bead, both sides.
//   (An English span may be two sentences fused with '; ': that is one
//   sentence, since ';' never ends one.) Boilerplate lines have no gold span
//   and are ignored, except that a segment running across a gold edge counts.
// - tests/fixtures/gold-segments/<sample>.json: the full segmentation of a seed
//   sample from ../shared/samples; only those marked checkedByHand are counted.
//
// Counts: a missed boundary is a gold edge (or the gap between two adjacent
// gold spans) that a system segment runs across; a spurious boundary is a
// system segment starting strictly inside a gold span.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { segmentText, Segment } from '../../main/core/segment/segment';
import { repoRoot, sharedDir } from '../helpers/paths';

type Span = [number, number];
type Side = 'ar' | 'en';

export interface SegmentationErrorExample {
  kind: 'missed' | 'spurious';
  /** Text around the error, with ‖ where the boundary is (or should be). */
  context: string;
}

export interface SourceSegmentationResult {
  source: string;
  side: Side;
  goldSegments: number;
  systemSegments: number;
  missedBoundaries: number;
  spuriousBoundaries: number;
  examples: SegmentationErrorExample[];
}

export interface SegmentationEvaluation {
  files: number;
  goldSegments: number;
  missedBoundaries: number;
  spuriousBoundaries: number;
  perSource: SourceSegmentationResult[];
}

export function goldSegmentsDir(): string {
  return path.join(repoRoot(), 'tests', 'fixtures', 'gold-segments');
}

/** The format of tests/fixtures/gold-segments/<sample>.json. */
export interface GoldSegmentsFile {
  /** File name under ../shared/samples. */
  sample: string;
  lang: Side;
  /** True when every segment was read against the source by hand (README.md there); the others are not counted. */
  checkedByHand: boolean;
  segments: Span[];
}

const MAX_EXAMPLES = 5;

function context(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(at, at + 40);
  return `${before}‖${after}`.replace(/\s+/g, ' ');
}

/** Compares a system segmentation with gold spans of the same text. */
export function countSegmentationErrors(text: string, gold: Span[], system: Segment[]): {
  missed: number; spurious: number; examples: SegmentationErrorExample[];
} {
  const spans = [...gold].sort((a, b) => a[0] - b[0]);
  const examples: SegmentationErrorExample[] = [];
  // Gold edges, where an end and the next start with only white space between them are one gap.
  const gaps: Span[] = [];
  spans.forEach(([start, end], i) => {
    const last = gaps[gaps.length - 1];
    if (i > 0 && last && text.slice(last[0], start).trim() === '' && last[0] <= start) last[1] = start;
    else gaps.push([start, start]);
    gaps.push([end, end]);
  });
  let missed = 0;
  for (const [x, y] of gaps) {
    const crossing = system.find((s) => s.start < x && s.end > y);
    if (crossing) {
      missed++;
      if (examples.length < MAX_EXAMPLES) examples.push({ kind: 'missed', context: context(text, x) });
    }
  }
  let spurious = 0;
  for (const [start, end] of spans) {
    for (const s of system) {
      if (s.start > start && s.start < end) {
        spurious++;
        if (examples.length < MAX_EXAMPLES) examples.push({ kind: 'spurious', context: context(text, s.start) });
      }
    }
  }
  return { missed, spurious, examples };
}

function evaluateSource(source: string, side: Side, text: string, gold: Span[]): SourceSegmentationResult {
  const system = segmentText(text, side);
  const { missed, spurious, examples } = countSegmentationErrors(text, gold, system);
  return {
    source, side, goldSegments: gold.length, systemSegments: system.length,
    missedBoundaries: missed, spuriousBoundaries: spurious, examples,
  };
}

interface DevGold {
  ar_file: string;
  en_file: string;
  beads: Array<{ ar: Span[]; en: Span[] }>;
}

function devSources(devDir: string): SourceSegmentationResult[] {
  if (!fs.existsSync(devDir)) return [];
  const results: SourceSegmentationResult[] = [];
  for (const name of fs.readdirSync(devDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(devDir, name), 'utf8')) as DevGold;
    for (const side of ['ar', 'en'] as const) {
      const file = side === 'ar' ? gold.ar_file : gold.en_file;
      const text = fs.readFileSync(path.join(devDir, file), 'utf8');
      results.push(evaluateSource(`dev/${file}`, side, text, gold.beads.flatMap((b) => b[side])));
    }
  }
  return results;
}

function sampleSources(samplesDir: string): SourceSegmentationResult[] {
  const dir = goldSegmentsDir();
  if (!fs.existsSync(dir)) return [];
  const results: SourceSegmentationResult[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as GoldSegmentsFile;
    // Drafted from the segmenter and not read by hand: it would only measure the segmenter against itself.
    if (!gold.checkedByHand) continue;
    const samplePath = path.join(samplesDir, gold.sample);
    // A MUQABALA_SHARED holding only fresh eval cases has no seed samples: skip them.
    if (!fs.existsSync(samplePath)) continue;
    results.push(evaluateSource(`samples/${gold.sample}`, gold.lang, fs.readFileSync(samplePath, 'utf8'), gold.segments));
  }
  return results;
}

/** Segmentation errors over the dev set and the seed samples checked by hand. */
export function evaluateSegmentation(): SegmentationEvaluation {
  const shared = sharedDir();
  const perSource = [...devSources(path.join(shared, 'eval', 'dev')), ...sampleSources(path.join(shared, 'samples'))];
  const sum = (key: 'goldSegments' | 'missedBoundaries' | 'spuriousBoundaries') => perSource.reduce((n, r) => n + r[key], 0);
  return {
    files: perSource.length,
    goldSegments: sum('goldSegments'),
    missedBoundaries: sum('missedBoundaries'),
    spuriousBoundaries: sum('spuriousBoundaries'),
    perSource,
  };
}

/** Builds a text of about `sentences` sentences per side from the dev files (for timing). */
export function buildLargeText(side: Side, sentences: number): string {
  const devDir = path.join(sharedDir(), 'eval', 'dev');
  const files = fs.readdirSync(devDir).filter((f) => f.endsWith(`.${side}.txt`)).sort();
  const parts: string[] = [];
  let count = 0;
  while (count < sentences) {
    for (const f of files) {
      const text = fs.readFileSync(path.join(devDir, f), 'utf8');
      parts.push(text);
      count += segmentText(text, side).length;
      if (count >= sentences) break;
    }
  }
  return parts.join('\n\n');
}

/** Segmentation time for ~`sentences` sentences per side: best of a few runs, in milliseconds. */
export function timeSegmentation(sentences = 10_000, runs = 5): Record<Side, { sentences: number; characters: number; ms: number }> {
  const result = {} as Record<Side, { sentences: number; characters: number; ms: number }>;
  for (const side of ['ar', 'en'] as const) {
    const text = buildLargeText(side, sentences);
    let best = Infinity;
    let count = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      count = segmentText(text, side).length;
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    result[side] = { sentences: count, characters: text.length, ms: Math.round(best * 10) / 10 };
  }
  return result;
}

/** A printable summary of evaluateSegmentation(), with examples of the errors. */
export function formatSegmentationSummary(evaluation: SegmentationEvaluation, withExamples = true): string {
  const lines = [
    `segmentation: ${evaluation.files} sources, ${evaluation.goldSegments} gold segments, `
      + `${evaluation.missedBoundaries} missed boundaries, ${evaluation.spuriousBoundaries} spurious boundaries`,
  ];
  for (const side of ['ar', 'en'] as const) {
    const rows = evaluation.perSource.filter((r) => r.side === side);
    const n = (key: 'goldSegments' | 'missedBoundaries' | 'spuriousBoundaries') => rows.reduce((s, r) => s + r[key], 0);
    lines.push(`  ${side}: ${n('goldSegments')} gold segments, ${n('missedBoundaries')} missed, ${n('spuriousBoundaries')} spurious`);
  }
  if (withExamples) {
    for (const r of evaluation.perSource) {
      for (const e of r.examples) lines.push(`  ${r.source} ${e.kind}: ${e.context}`);
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatSegmentationSummary(evaluateSegmentation()));
  const timing = timeSegmentation();
  for (const side of ['ar', 'en'] as const) {
    const t = timing[side];
    console.log(`segmentation speed (${side}): ${t.sentences} sentences, ${t.characters} characters in ${t.ms} ms`);
  }
}
