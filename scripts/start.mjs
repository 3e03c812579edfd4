#!/usr/bin/env node
// npm start: launches the desktop app. Electron's runtime is downloaded the
// first time (node_modules/electron/install.js); when that fails, one clear
// message says what failed and what to do, instead of the installer's stack
// traces. Never require('electron') here: that starts the download unasked.
// The decisions are in dist/main/shell/electron-runtime.js (unit-tested).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const runtime = require(path.join(root, 'dist', 'main', 'shell', 'electron-runtime.js'));
const electronDir = path.join(root, 'node_modules', 'electron');
const read = (file) => readFileSync(file, 'utf8');

let status = runtime.electronRuntime(electronDir, existsSync, read);
if (!status.present) {
  const { version } = JSON.parse(read(path.join(electronDir, 'package.json')));
  process.stderr.write(`npm start: first start: downloading Electron ${version}'s runtime...\n`);
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8' });
  status = runtime.electronRuntime(electronDir, existsSync, read);
  if (install.status !== 0 || !status.present) {
    const context = { version, platform: process.platform, arch: process.arch, env: process.env, homeDir: os.homedir() };
    process.stderr.write(`${runtime.runtimeDownloadFailure(context, `${install.stderr ?? ''}\n${install.stdout ?? ''}`)}\n`);
    process.exit(1);
  }
}

const args = process.argv.slice(2);
if (!args.includes('--no-sandbox')) {
  const helper = path.join(path.dirname(status.binary), 'chrome-sandbox');
  const restrict = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
  const facts = {
    platform: process.platform,
    userNamespacesRestricted: existsSync(restrict) && read(restrict).trim() === '1',
    sandboxHelperSetuid: existsSync(helper) && statSync(helper).uid === 0 && (statSync(helper).mode & 0o4000) !== 0,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  };
  const advice = runtime.sandboxAdvice(facts, status.binary);
  if (advice) {
    process.stderr.write(`${advice}\n`);
    process.exit(1);
  }
}

const child = spawn(status.binary, [root, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
