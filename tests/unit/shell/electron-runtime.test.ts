// Electron's runtime: found without require('electron'); a failed first
// download explained in one message; the Linux sandbox trap named before it
// aborts Electron.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  electronRuntime, failureCause, runtimeArtifact, runtimeDownloadFailure, sandboxAdvice,
} from '../../../main/shell/electron-runtime';
import { repoRoot } from '../../helpers/paths';
import { makeTempDir } from '../../helpers/temp-dir';

const read = (file: string) => fs.readFileSync(file, 'utf8');
const context = (platform: NodeJS.Platform, env: Record<string, string> = {}) => ({ version: '45.4.1', platform, arch: 'x64', env, homeDir: platform === 'win32' ? 'C:\\Profiles\\ana' : '/srv/ana' });

// What node_modules/electron/install.js prints when the download fails (its error's stack).
const INSTALLER_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)`;

describe('Electron runtime', () => {
  it('is present only when path.txt names a binary that exists under dist/', () => {
    const dir = makeTempDir('electron-dir');
    assert.match((electronRuntime(dir, fs.existsSync, read) as { reason: string }).reason, /path\.txt does not exist/);
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    assert.match((electronRuntime(dir, fs.existsSync, read) as { reason: string }).reason, /dist\/electron does not exist/);
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    assert.deepEqual(electronRuntime(dir, fs.existsSync, read), { present: true, binary: path.join(dir, 'dist', 'electron') });
  });

  it('names the zip, its URL (or the mirror\'s) and where @electron/get\'s cache looks for it', () => {
    const linux = runtimeArtifact(context('linux'));
    assert.equal(linux.url, 'https://github.com/electron/electron/releases/download/v45.4.1/electron-v45.4.1-linux-x64.zip');
    // <cache>/<sha256 of the folder URL>/<zip>: checked against @electron/get's own cache lookup by hand ("Cache hit").
    assert.equal(linux.cachedZip, '/srv/ana/.cache/electron/63946acb59adc73ff164033f7dbb473beec0a930781be3b30181d4eb34ef3c3c/electron-v45.4.1-linux-x64.zip');
    assert.match(runtimeArtifact(context('darwin')).cachedZip, /^\/srv\/ana\/Library\/Caches\/electron\/[0-9a-f]{64}\/electron-v45\.4\.1-darwin-x64\.zip$/);
    assert.match(runtimeArtifact(context('win32', { LOCALAPPDATA: 'D:\\Local' })).cachedZip, /^D:\\Local\\electron\\Cache\\[0-9a-f]{64}\\electron-v45\.4\.1-win32-x64\.zip$/);
    const mirrored = runtimeArtifact(context('linux', { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron', electron_config_cache: '/srv/cache' }));
    assert.equal(mirrored.url, 'https://npmmirror.com/mirrors/electron/v45.4.1/electron-v45.4.1-linux-x64.zip');
    assert.match(mirrored.cachedZip, /^\/srv\/cache\/[0-9a-f]{64}\/electron-v45\.4\.1-linux-x64\.zip$/);
  });

  it('one message: what failed, why Electron downloads at all, and what to do', () => {
    const message = runtimeDownloadFailure(context('linux'), INSTALLER_OUTPUT);
    assert.match(message, /^npm start: Electron's runtime could not be downloaded \(TypeError: fetch failed\)\./);
    assert.match(message, /downloads its runtime .* the first time it starts/s);
    assert.match(message, /ELECTRON_MIRROR=/);
    assert.match(message, /electron_config_cache=FOLDER/);
    assert.ok(message.includes(runtimeArtifact(context('linux')).cachedZip));
    assert.doesNotMatch(message, /^\s+at /m);
    assert.equal(failureCause('\n  at x\n'), 'no message');
  });

  it('Linux: the AppArmor user-namespace trap is named with its fixes; nothing to say elsewhere', () => {
    const facts = { platform: 'linux' as const, userNamespacesRestricted: true, sandboxHelperSetuid: false, isRoot: false };
    const advice = sandboxAdvice(facts, '/srv/app/node_modules/electron/dist/electron');
    assert.match(advice ?? '', /AppArmor restricts unprivileged user namespaces/);
    assert.match(advice ?? '', /sudo chmod 4755 \/srv\/app\/node_modules\/electron\/dist\/chrome-sandbox/);
    assert.match(advice ?? '', /userns/);
    assert.equal(sandboxAdvice({ ...facts, sandboxHelperSetuid: true }, '/x/electron'), null);
    assert.equal(sandboxAdvice({ ...facts, userNamespacesRestricted: false }, '/x/electron'), null);
    assert.equal(sandboxAdvice({ ...facts, platform: 'darwin' }, '/x/electron'), null);
    assert.match(sandboxAdvice({ ...facts, userNamespacesRestricted: false, isRoot: true }, '/x/electron') ?? '', /as root/);
  });

  const present = electronRuntime(path.join(repoRoot(), 'node_modules', 'electron'), fs.existsSync, read).present;
  it('npm start without the runtime and without a way to download it prints that one message and exits 1', { skip: present ? 'the Electron runtime is installed here, so npm start would launch the app' : false }, () => {
    const scratch = makeTempDir('start');
    // A mirror that refuses at once: no machine reaches the network in this test, wherever it runs.
    const result = spawnSync(process.execPath, [path.join(repoRoot(), 'scripts', 'start.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: scratch, TMPDIR: scratch },
      timeout: 60_000,
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /npm start: Electron's runtime could not be downloaded/);
    assert.match(result.stderr, /It tried http:\/\/127\.0\.0\.1:9\/v\d+\.\d+\.\d+\/electron-v/);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
    assert.equal((result.stderr.match(/could not be downloaded/g) ?? []).length, 1);
  });
});
