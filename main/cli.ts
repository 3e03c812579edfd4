#!/usr/bin/env node
// The command line: a thin layer over the engine (main/core) and the file
// services (main/services). Errors the user can fix print one line and exit 2;
// nothing prints a stack trace unless MUQABALA_DEBUG is set.

import { parseArgs } from 'node:util';
import { COMMANDS, type OptionSpec } from './cli/commands';
import { FORMAT_NAMES } from './cli/options';
import { UsageError } from './cli/usage-error';
import { ENCODING_NAMES } from './core/text/decode';
import { describeError } from './services/errors';
import { APP_VERSION } from './services/version';

const HELP = `Muqabala ${APP_VERSION}: align an Arabic text with its English translation and export the pairs.

Usage:
  muqabala align ARABIC ENGLISH --format FORMAT --out PATH [options]
  muqabala export PROJECT --format FORMAT --out PATH [--all]
  muqabala check ARABIC ENGLISH --format jsonl|csv|html --out PATH [--glossary FILE]
  muqabala check --project PROJECT --format jsonl|csv|html --out PATH [--glossary FILE]
  muqabala --help | --version

Commands:
  align    Import two plain-text files, split them into sentences, align them and
           write the pairs. Which file is Arabic is detected; swapped files are
           swapped back with a warning. Writes all pairs unless --reviewed is given.
  export   Write the pairs of a saved project (.muqabala). Writes only the approved
           pairs unless --all is given.
  check    Run the quality checks (numbers, names, untranslated, empty, length,
           punctuation, spacing, repeated, spelling, terminology, consistency)
           on every pair and write the findings: jsonl (one object per finding:
           check, severity, message, pair, ar, en ...), csv, or an html report.

Options:
  --format FORMAT        ${FORMAT_NAMES.join(' | ')}
  --out PATH             Output file (for moses: PATH.ar and PATH.en are written)
  --project FILE         align: also save the aligned project to FILE (.muqabala);
                         check: check this saved project instead of two files
  --all                  export: write every pair, not only the approved ones
  --reviewed             align: write only approved pairs (none, for a fresh alignment)
  --encoding-ar NAME     Decode the Arabic file as NAME instead of detecting it
  --encoding-en NAME     Decode the English file as NAME instead of detecting it
                         (${ENCODING_NAMES.join(', ')})
  --dictionary FILE      A bilingual Arabic-English dictionary to help alignment
                         (TSV: arabic<TAB>english[;english...] per line, or a dictd .index file)
  --abbreviations FILE   Extra abbreviations, one per line; lines starting "ar:" or "en:"
                         apply to one language only (e.g. "en: Approx.")
  --glossary FILE        check: a glossary for the terminology check (TSV
                         arabic<TAB>english[;english...], "!term" forbidden; or TBX)
  --disable CHECKS       check: turn off checks, e.g. --disable spelling,spacing
  -h, --help             Show this help
  -v, --version          Show the version

A summary line goes to stderr; lines starting "warning:" flag swapped files and
texts that do not look like translations of each other.
`;

const GLOBAL_OPTIONS: OptionSpec = {
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
};

async function main(argv: string[]): Promise<number> {
  // Parse against every command's options, so that an option's value is never
  // taken for the command name; then refuse options the chosen command lacks.
  const allOptions: OptionSpec = Object.assign({}, GLOBAL_OPTIONS, ...COMMANDS.map((candidate) => candidate.options));
  const { values, positionals, tokens } = parseArgs({ args: argv, allowPositionals: true, strict: true, tokens: true, options: allOptions });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${APP_VERSION}\n`);
    return 0;
  }
  const [commandName, ...files] = positionals;
  const names = COMMANDS.map((candidate) => candidate.name).join(', ');
  if (!commandName) throw new UsageError(`no command given (${names}); see muqabala --help`);
  const command = COMMANDS.find((candidate) => candidate.name === commandName);
  if (!command) throw new UsageError(`unknown command "${commandName}" (expected ${names}); see muqabala --help`);
  for (const token of tokens) {
    if (token.kind === 'option' && !(token.name in command.options) && !(token.name in GLOBAL_OPTIONS)) {
      throw new UsageError(`${command.name} does not take --${token.name}; see muqabala --help`);
    }
  }
  return command.run(files, values);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (process.env.MUQABALA_DEBUG) console.error(error);
    const message = error instanceof UsageError ? error.message : describeError(error);
    process.stderr.write(`muqabala: ${message}\n`);
    process.exitCode = 2;
  },
);
