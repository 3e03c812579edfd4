// The scale-out recipes of examples/, run for real on this machine: Dask
// distributed (a local cluster on 127.0.0.1, and a running scheduler given by
// --scheduler), GNU parallel --pipe, and the Slurm array script's body with
// SLURM_ARRAY_TASK_ID set as Slurm would (sbatch itself is not run). Each must
// write exactly what one `muqabala stream` writes.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makeTempDir } from '../helpers/temp-dir';
import { CLI_PATH, corpusDocuments, parseJsonl, streamLine } from '../helpers/corpus';
import { repoRoot } from '../helpers/paths';
import { SYSTEM_PYTHON } from '../helpers/python';

const workDir = makeTempDir('recipes');
const documents = corpusDocuments();
// Nine documents and two bad lines, so that shards of two split them several ways.
const lines = [
  ...documents.map((document) => streamLine(document, { copy: 1 })),
  '{"id": "broken"',
  ...documents.map((document) => streamLine(document, { copy: 2 })),
  JSON.stringify({ id: 'empty', ar: '', en: 'Some English text.' }),
  streamLine(documents[0], { copy: 3 }),
];
const inputPath = path.join(workDir, 'corpus.jsonl');
writeFileSync(inputPath, `${lines.join('\n')}\n`);
const reference = spawnSync(process.execPath, [CLI_PATH, 'stream', '--jobs', '1'], { input: readFileSync(inputPath), encoding: 'utf8' });
const referenceErrors = parseJsonl(reference.stderr).filter((message) => 'error' in message);

const daskMissing = spawnSync(SYSTEM_PYTHON, ['-c', 'import distributed'], { encoding: 'utf8' }).status !== 0
  ? `${SYSTEM_PYTHON} cannot import distributed (apt-get install python3-distributed python3-dask)`
  : false;
if (daskMissing) console.log(`# skipping the Dask recipe: ${daskMissing}`);

const daskScript = path.join(repoRoot(), 'examples/dask/align_corpus.py');

function checkDaskRun(result: { status: number | null; stderr: string }, outputPath: string): void {
  assert.equal(result.status, 1, result.stderr); // two documents failed
  assert.equal(readFileSync(outputPath, 'utf8'), reference.stdout);
  const messages = parseJsonl(result.stderr.split('\n').filter((line) => line.startsWith('{')).join('\n'));
  assert.deepEqual(messages.filter((message) => 'error' in message), referenceErrors, 'the same errors, with line numbers of the whole input');
  const totals = messages.at(-1) as Record<string, number>;
  assert.deepEqual([totals.read, totals.written, totals.failed], [11, 9, 2]);
}

test('Dask: a local cluster of two worker processes writes what one stream writes', { skip: daskMissing }, () => {
  assert.equal(reference.status, 1);
  const outputPath = path.join(workDir, 'dask-local.jsonl');
  const result = spawnSync(SYSTEM_PYTHON, [daskScript, inputPath, outputPath, '--shard-size', '2'], { encoding: 'utf8' });
  checkDaskRun(result, outputPath);
});

test('Dask: a running scheduler given by --scheduler is used, with the same result', { skip: daskMissing }, async () => {
  const cluster = spawn(SYSTEM_PYTHON, ['-c', [
    'import logging, sys',
    'from distributed import LocalCluster',
    'cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)',
    'print(cluster.scheduler_address, flush=True)',
    'sys.stdin.read()',
    'cluster.close()',
  ].join('\n')], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let text = '';
      cluster.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) resolve(text.trim());
      });
      cluster.once('exit', (code) => reject(new Error(`the cluster stopped (exit code ${code})`)));
    });
    assert.match(address, /^tcp:\/\/127\.0\.0\.1:\d+$/);
    const outputPath = path.join(workDir, 'dask-scheduler.jsonl');
    const result = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const run = spawn(SYSTEM_PYTHON, [daskScript, inputPath, outputPath, '--shard-size', '3', '--scheduler', address], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      run.once('close', (status) => resolve({ status, stderr }));
    });
    checkDaskRun(result, outputPath);
  } finally {
    cluster.stdin.end();
    await new Promise((resolve) => (cluster.exitCode !== null ? resolve(null) : cluster.once('exit', resolve)));
  }
});

test('GNU parallel --pipe --keep-order writes what one stream writes; the exit code counts the blocks with failures', () => {
  const outputPath = path.join(workDir, 'parallel.jsonl');
  const result = spawnSync('sh', [path.join(repoRoot(), 'examples/parallel/align-corpus.sh'), inputPath, outputPath, '--jobs', '2'], { encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr); // 11 lines in blocks of 20: one block, with failures
  assert.equal(readFileSync(outputPath, 'utf8'), reference.stdout);
  assert.deepEqual(parseJsonl(result.stderr).filter((message) => 'error' in message), referenceErrors);
});

test('the Slurm array script, run per shard as Slurm would, and the merge give what one stream writes', () => {
  const runDir = path.join(workDir, 'slurm');
  mkdirSync(path.join(runDir, 'shards'), { recursive: true });
  mkdirSync(path.join(runDir, 'out'));
  assert.equal(spawnSync('split', ['-d', '-a', '4', '-l', '4', inputPath, 'shards/part-'], { cwd: runDir }).status, 0);
  const shards = readdirSync(path.join(runDir, 'shards'));
  assert.equal(shards.length, 3);
  const codes = shards.map((_, task) => spawnSync('bash', [path.join(repoRoot(), 'examples/slurm/align-array.sbatch')], {
    cwd: runDir,
    env: { ...process.env, SLURM_ARRAY_TASK_ID: String(task), SLURM_CPUS_PER_TASK: '1', MUQABALA_DIR: repoRoot() },
  }).status);
  assert.deepEqual(codes, [0, 1, 1]); // the bad lines (5 and 10) are in the second and third shards
  const merged = readdirSync(path.join(runDir, 'out')).filter((name) => name.endsWith('.jsonl')).sort()
    .map((name) => readFileSync(path.join(runDir, 'out', name), 'utf8')).join('');
  assert.equal(merged, reference.stdout);
});
