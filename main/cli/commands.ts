// The table of command-line commands. Each command lives in its own file and
// declares the options it takes; main/cli.ts finds the command by name, parses
// its options strictly and runs it. A new command is one file and one entry here.

import type { ParseArgsConfig } from 'node:util';
import { alignCommand } from './align-command';
import { batchCommand } from './batch-command';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { streamCommand } from './stream-command';
import { importCommand } from './import-command';
import type { Values } from './options';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CliCommand {
  name: string;
  options: OptionSpec;
  run(positionals: string[], values: Values): Promise<number>;
}

const ENCODING_OPTIONS: OptionSpec = {
  'encoding-ar': { type: 'string' },
  'encoding-en': { type: 'string' },
};

export const COMMANDS: CliCommand[] = [
  {
    name: 'align',
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      project: { type: 'string' },
      all: { type: 'boolean', default: false },
      reviewed: { type: 'boolean', default: false },
      dictionary: { type: 'string' },
      'learn-lexicon': { type: 'boolean', default: false },
      abbreviations: { type: 'string' },
      ...ENCODING_OPTIONS,
    },
    run: alignCommand,
  },
  {
    name: 'export',
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      all: { type: 'boolean', default: false },
      reviewed: { type: 'boolean', default: false },
      document: { type: 'string' },
    },
    run: exportCommand,
  },
  {
    name: 'batch',
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      project: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      dictionary: { type: 'string' },
    },
    run: batchCommand,
  },
  {
    name: 'stream',
    options: {
      jobs: { type: 'string' },
      dictionary: { type: 'string' },
    },
    run: streamCommand,
  },
  {
    name: 'import',
    options: { project: { type: 'string' } },
    run: importCommand,
  },
  {
    name: 'check',
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      project: { type: 'string' },
      glossary: { type: 'string' },
      disable: { type: 'string' },
      dictionary: { type: 'string' },
      ...ENCODING_OPTIONS,
    },
    run: checkCommand,
  },
];
