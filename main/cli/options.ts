// Option parsing shared by the commands: the output format and path, encodings.

import { EXPORT_FORMATS } from '../core/formats/index';
import { ENCODING_NAMES, type EncodingName } from '../core/text/decode';
import { UsageError } from './usage-error';

export const FORMAT_NAMES = EXPORT_FORMATS.map((info) => info.format);
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Parsed option values as node:util parseArgs gives them. */
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function requireOutput(values: Values): { format: FormatName; out: string } {
  const format = values.format;
  if (typeof format !== 'string') throw new UsageError(`--format is required (${FORMAT_NAMES.join(', ')})`);
  const known = FORMAT_NAMES.find((name) => name === format);
  if (!known) throw new UsageError(`unknown format "${format}" (expected one of ${FORMAT_NAMES.join(', ')})`);
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out PATH is required');
  return { format: known, out: values.out };
}

export function encodingOption(values: Values, name: 'encoding-ar' | 'encoding-en'): EncodingName | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const known = ENCODING_NAMES.find((encoding) => encoding === String(value).toLowerCase());
  if (!known) throw new UsageError(`--${name}: unknown encoding "${String(value)}" (expected ${ENCODING_NAMES.join(', ')})`);
  return known;
}

/** --jobs N: a positive whole number of worker threads; undefined when not given. */
export function jobsOption(values: Values): number | undefined {
  if (values.jobs === undefined) return undefined;
  const text = String(values.jobs);
  const jobs = Number(text);
  if (!/^\d+$/.test(text) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${text}"`);
  return jobs;
}
