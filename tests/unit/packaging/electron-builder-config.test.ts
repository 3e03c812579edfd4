// electron-builder.yml checked offline with electron-builder's own loader and
// schema validation (app-builder-lib's getConfig + validateConfiguration, the
// same calls `electron-builder` makes before it downloads anything).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  icon?: string;
  directories?: { output?: string };
  files?: (string | { filter?: string[] })[];
  fileAssociations?: { ext: string; name: string; role?: string; icon?: string }[];
  win?: { target?: string[] };
  mac?: { target?: string[] };
  linux?: { target?: string[] };
  [key: string]: unknown;
}

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
}

// electron-builder's config loader (jiti) would otherwise leave a cache folder in the system's temporary folder.
process.env.JITI_FS_CACHE = 'false';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configModule = require(path.join(ROOT, 'node_modules', 'app-builder-lib', 'out', 'util', 'config', 'config')) as ConfigModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DebugLogger } = require(path.join(ROOT, 'node_modules', 'builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };

// electron-builder logs 'loaded configuration' to stdout, which the test runner reads as its own channel: keep it quiet.
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require(path.join(ROOT, 'node_modules', 'builder-util', 'out', 'log')) as { log: { stream: NodeJS.WritableStream } })
  .log.stream = new Writable({ write: (_chunk, _encoding, done) => done() });

async function loadConfig(): Promise<BuilderConfig> {
  return configModule.getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
}

test('electron-builder.yml passes electron-builder\'s schema validation', async () => {
  const config = await loadConfig();
  await configModule.validateConfiguration(config, new DebugLogger(false));
});

test('the schema check rejects a misplaced option (so the test above can fail)', async () => {
  const config = await loadConfig();
  await assert.rejects(
    configModule.validateConfiguration({ ...config, title: 'only dmg has a title' }, new DebugLogger(false)),
    /title/,
  );
});

test('installers for Windows (NSIS), macOS (dmg) and Linux (AppImage, deb) with the app name and id', async () => {
  const config = await loadConfig();
  assert.equal(config.productName, 'Muqabala');
  assert.match(config.appId ?? '', /^[a-z]+(\.[a-z]+)+$/);
  assert.deepEqual(config.win?.target, ['nsis']);
  assert.deepEqual(config.mac?.target, ['dmg']);
  assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
  assert.equal(config.directories?.output, 'release');
  // getConfig folds the plain patterns into {filter: [...]} entries.
  const patterns = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.filter ?? []));
  for (const entry of ['dist/**', 'assets/**', 'package.json']) assert.ok(patterns.includes(entry), entry);
});

test('.muqabala project files are associated with the app as its editor', async () => {
  const config = await loadConfig();
  const association = config.fileAssociations?.find((entry) => entry.ext === 'muqabala');
  assert.ok(association, 'no association for .muqabala');
  assert.equal(association.name, 'Muqabala project');
  assert.equal(association.role, 'Editor');
  // A PNG would be registered as is: Windows needs .ico, macOS .icns; without an icon the app's own is used.
  assert.ok(association.icon === undefined || /\.(ico|icns)$/.test(association.icon), `file association icon ${association.icon}`);
});

test('the icon is a 512x512 PNG in assets/', async () => {
  const config = await loadConfig();
  const icon = fs.readFileSync(path.join(ROOT, config.icon ?? 'missing'));
  assert.deepEqual([...icon.subarray(1, 4)], [0x50, 0x4e, 0x47], 'not a PNG');
  assert.equal(icon.readUInt32BE(16), 512, 'width');
  assert.equal(icon.readUInt32BE(20), 512, 'height');
});
