// The table of command-line commands. Each command lives in its own file and
// declares the options it takes; main/cli.ts finds the command by name, parses
// its options strictly and runs it. A new command is one file and one entry here.
// Each command's file is loaded when the command runs, not before: a command
// pays only for what it uses (loading every command took ~140 ms of each start,
// which a stream of documents or a --help paid for nothing).

import type { ParseArgsConfig } from 'node:util';
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
    run: async (positionals, values) => (await import('./align-command.js')).alignCommand(positionals, values),
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
    run: async (positionals, values) => (await import('./export-command.js')).exportCommand(positionals, values),
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
    run: async (positionals, values) => (await import('./batch-command.js')).batchCommand(positionals, values),
  },
  {
    name: 'stream',
    options: {
      jobs: { type: 'string' },
      dictionary: { type: 'string' },
    },
    run: async (positionals, values) => (await import('./stream-command.js')).streamCommand(positionals, values),
  },
  {
    name: 'import',
    options: { project: { type: 'string' } },
    run: async (positionals, values) => (await import('./import-command.js')).importCommand(positionals, values),
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
    run: async (positionals, values) => (await import('./check-command.js')).checkCommand(positionals, values),
  },
];
