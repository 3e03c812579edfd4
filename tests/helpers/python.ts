// Independent readers for checking our exports: Debian's /usr/bin/python3
// (with translate-toolkit and the csv module) and xmllint.

import { execFileSync } from 'node:child_process';

export const SYSTEM_PYTHON = '/usr/bin/python3';

/** Runs `code` with `input` on its stdin and returns what it printed on stdout. */
export function runPython(code: string, input = ''): string {
  return execFileSync(SYSTEM_PYTHON, ['-c', code], { input, encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
}

/** Runs `code`, which must print one JSON value, and returns it parsed. */
export function runPythonJson<T>(code: string, input = ''): T {
  return JSON.parse(runPython(code, input)) as T;
}

/** xmllint's verdict on a document: '' when well-formed, its complaints otherwise. */
export function xmllintProblems(xml: string): string {
  try {
    execFileSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    return '';
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}
