// How the _electron suite starts the app wherever the binary exists: as root
// Chromium refuses to run sandboxed (--no-sandbox), and on Linux without a
// display it needs a virtual one (Xvfb, as xvfb-run would start it).
import { spawn, type ChildProcess } from 'node:child_process';

export interface VirtualDisplay {
  display: string;
  stop(): Promise<void>;
}

/** Extra Electron arguments for this machine. */
export function machineArgs(): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot ? ['--no-sandbox'] : [];
}

export function needsVirtualDisplay(): boolean {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

/** Starts Xvfb on a free display number (it writes the number it chose to -displayfd). */
export function startVirtualDisplay(): Promise<VirtualDisplay> {
  return new Promise((resolve, reject) => {
    const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    xvfb.once('error', reject);
    xvfb.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^(\d+)\n/.exec(output);
      if (!match) return;
      resolve({
        display: `:${match[1]}`,
        stop: () => new Promise<void>((done) => {
          if (xvfb.exitCode !== null) return done();
          xvfb.once('exit', () => done());
          xvfb.kill('SIGTERM');
        }),
      });
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before giving a display`)));
  });
}
