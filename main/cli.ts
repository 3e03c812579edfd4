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
  muqabala batch INPUT --out DIR --format FORMAT [--project] [--force] [--jobs N] [--dictionary FILE]
  muqabala stream [--jobs N] [--dictionary FILE] < documents.jsonl > beads.jsonl
  muqabala export PROJECT --document ar|en --out FILE.txt|.docx|.html
  muqabala import BILINGUAL --project PROJECT.muqabala
  muqabala check ARABIC ENGLISH --format jsonl|csv|html --out PATH [--glossary FILE]
  muqabala check --project PROJECT --format jsonl|csv|html --out PATH [--glossary FILE]
  muqabala --help | --version

Commands:
  align    Import two files (plain text, .docx, .odt, .html, .pdf, .md, .srt, .vtt),
           split them into sentences, align them and write the pairs. Which file
           is Arabic is detected; swapped files are swapped back with a warning. Writes all pairs unless --reviewed is given.
  export   Write the pairs of a saved project (.muqabala). Writes only the approved
           pairs unless --all is given. With --document ar|en, write that side's
           whole text as edited, in the source's paragraphs (.txt, .docx, .html).
           A project made from an XLIFF exports back to that XLIFF, reviewed.
  batch    Align every document pair of a folder (NAME.ar.EXT with NAME.en.EXT,
           subfolders included) or of a manifest TSV (arabic_path<TAB>english_path
           [<TAB>id] per line). Writes DIR/documents/ID.EXT per document, the
           combined corpus DIR/corpus.EXT and a report (DIR/report.tsv and .html)
           with each document's sentences, pairs, match score and warnings.
           Documents done by an earlier run are skipped unless --force is given.
  stream   A filter for corpus pipelines: reads JSONL on stdin, one document pair
           per line ({"id": ..., "ar": "<Arabic text>", "en": "<English text>"},
           other fields are copied to the output), writes JSONL on stdout: one
           object per bead, documents in input order, with the document's id,
           the bead's id as "bead" and the fields of the JSONL export. A bad line
           or document is reported on stderr as {"id": ..., "error": ...} and
           skipped; the counts read/written/failed end stderr; exit code 1 when
           some document failed.
  import   Make a project from a bilingual file (TMX, XLIFF 1.2/2.0, two-column
           TSV/CSV), one pair per unit, ready for review.
  check    Run the quality checks (numbers, names, untranslated, empty, length,
           punctuation, spacing, repeated, spelling, terminology, consistency)
           on every pair and write the findings: jsonl (one object per finding:
           check, severity, message, pair, ar, en ...), csv, or an html report.

Options:
  --format FORMAT        ${FORMAT_NAMES.join(' | ')}
  --out PATH             Output file. With no extension the format's is added
                         (pairs -> pairs.tmx); for moses PATH.ar and PATH.en are
                         written. A folder is refused, and so is a read-only file
                         (left unchanged); moses writes both files or neither.
  --project FILE         align: also save the aligned project to FILE (.muqabala);
                         import: the project to write; check: check this saved
                         project instead of two files
  --project              batch: also save each document's project in DIR/projects/
                         and every document in one project, DIR/corpus.muqabala
  --force                batch: align every document again, even those already done
  --document ar|en       export: the whole document of one side instead of pairs
  --all                  export: write every pair, not only the approved ones
  --reviewed             align: write only approved pairs (none, for a fresh alignment)
  --encoding-ar NAME     Decode the Arabic file as NAME instead of detecting it
  --encoding-en NAME     Decode the English file as NAME instead of detecting it
                         (${ENCODING_NAMES.join(', ')})
  --jobs N               stream, batch: worker threads (default: one per core)
  --dictionary FILE      A bilingual Arabic-English dictionary to help alignment
                         (TSV: arabic<TAB>english[;english...] per line, or a dictd .index file;
                         "auto": FreeDict ara-eng when installed, /usr/share/dictd/freedict-ara-eng.index)
  --learn-lexicon        align: align twice, the second time with a lexicon learnt from the
                         first alignment's confident pairs (IBM Model 1; off by default: see README)
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
  // A first, lenient parse against every command's options finds the command
  // (an option's value is never taken for its name); an option that is a flag
  // for one command and takes a value for another (--project) is read as taking
  // a value here. Then options the command lacks are refused, and the command's
  // own strict parse gives each option its own type.
  const allOptions: OptionSpec = Object.assign({}, GLOBAL_OPTIONS);
  for (const [name, spec] of COMMANDS.flatMap((candidate) => Object.entries(candidate.options))) {
    if (!(name in allOptions) || spec.type === 'string') allOptions[name] = spec;
  }
  const { values, positionals, tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: allOptions });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${APP_VERSION}\n`);
    return 0;
  }
  const [commandName] = positionals;
  const names = COMMANDS.map((candidate) => candidate.name).join(', ');
  if (!commandName) throw new UsageError(`no command given (${names}); see muqabala --help`);
  const command = COMMANDS.find((candidate) => candidate.name === commandName);
  if (!command) throw new UsageError(`unknown command "${commandName}" (expected ${names}); see muqabala --help`);
  for (const token of tokens) {
    if (token.kind === 'option' && !(token.name in command.options) && !(token.name in GLOBAL_OPTIONS)) {
      throw new UsageError(`${command.name} does not take --${token.name}; see muqabala --help`);
    }
  }
  // Parsed again with only this command's options, so each option has its own type.
  const own = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...GLOBAL_OPTIONS, ...command.options } });
  return command.run(own.positionals.slice(1), own.values);
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
