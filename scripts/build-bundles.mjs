// Bundles the renderer (with Monaco and its editor worker), the optional
// loopback-bridge script and the preload, and copies the page and the shipped
// fonts into dist/. Offline and deterministic: same inputs, same bytes.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'renderer');
const started = Date.now();

// The policy the page declares: the one the Electron protocol handler and the
// bridge server send as a header (compiled by tsc before this script runs),
// without frame-ancestors, which a <meta> policy may not carry.
const { CONTENT_SECURITY_POLICY: HEADER_POLICY } = createRequire(import.meta.url)('../dist/main/services/static-files.js');
const CONTENT_SECURITY_POLICY = HEADER_POLICY.split('; ').filter((rule) => !rule.startsWith('frame-ancestors')).join('; ');

const browserCommon = {
  bundle: true,
  platform: 'browser',
  target: ['chrome120'],
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  // Monaco's codicon font: emitted next to the bundle, loaded from 'self'.
  loader: { '.ttf': 'file' },
  assetNames: 'assets/[name]-[hash]',
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const jobs = [
  // An ES module split in chunks: Monaco (renderer/editors/monaco-loader.ts)
  // is a chunk of its own, fetched after the grid has shown the project.
  build({
    ...browserCommon,
    entryPoints: [join(root, 'renderer', 'index.ts')],
    format: 'esm',
    splitting: true,
    outdir: out,
    entryNames: 'renderer',
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: join(root, 'renderer', 'tsconfig.json'),
    metafile: true,
  }),
  // Monaco's editor worker (diff computation, word ranges) as its own classic
  // worker script, created by MonacoEnvironment.getWorker in renderer/editors/monaco-setup.ts.
  build({
    ...browserCommon,
    entryPoints: [join(root, 'node_modules', 'monaco-editor', 'esm', 'vs', 'editor', 'editor.worker.js')],
    format: 'iife',
    outfile: join(out, 'editor.worker.js'),
  }),
];

// The bridge script belongs to the main-process engineer; bundle it when it exists.
const bridgeEntry = join(root, 'renderer', 'bridge', 'http-api.ts');
if (existsSync(bridgeEntry)) {
  jobs.push(build({
    ...browserCommon,
    entryPoints: [bridgeEntry],
    format: 'iife',
    outfile: join(out, 'http-bridge.js'),
    tsconfig: join(root, 'renderer', 'tsconfig.json'),
  }));
}

const preloadEntry = join(root, 'main', 'preload.ts');
if (existsSync(preloadEntry)) {
  jobs.push(build({
    entryPoints: [preloadEntry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: ['node20'],
    external: ['electron'],
    logLevel: 'warning',
    absWorkingDir: root,
    outfile: join(root, 'dist', 'preload', 'preload.js'),
  }));
}

const [renderer] = await Promise.all(jobs);

// The chunks renderer.js imports statically, asked for with the page itself: the
// browser would otherwise fetch them only once renderer.js has arrived and been
// parsed, by when the server may be busy answering the project at open.
const entryImports = renderer.metafile.outputs['dist/renderer/renderer.js'].imports
  .filter((entry) => entry.kind === 'import-statement')
  .map((entry) => `  <link rel="modulepreload" href="${entry.path.slice('dist/renderer/'.length)}">\n`);
const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8')
  .replace('%CONTENT_SECURITY_POLICY%', CONTENT_SECURITY_POLICY)
  .replace(/( *)<script type="module"/, (tag) => entryImports.join('') + tag);
writeFileSync(join(out, 'index.html'), html);
cpSync(join(root, 'assets', 'fonts'), join(out, 'fonts'), { recursive: true });

console.log(`build-bundles: dist/renderer written in ${Date.now() - started} ms`);
