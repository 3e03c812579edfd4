// Runs a Python snippet with Debian's /usr/bin/python3, which has
// translate-toolkit: an independent reader for checking our exports.

import { execFileSync } from 'node:child_process';

export const SYSTEM_PYTHON = '/usr/bin/python3';

/** Runs `code` with the given argv (sys.argv[1:]) and returns what it printed on stdout. */
export function runPython(code: string, args: string[] = []): string {
  return execFileSync(SYSTEM_PYTHON, ['-c', code, ...args], { encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
}

/** Runs `code`, which must print one JSON value, and returns it parsed. */
export function runPythonJson<T>(code: string, args: string[] = []): T {
  return JSON.parse(runPython(code, args)) as T;
}
