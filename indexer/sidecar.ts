// Reads the optional `<file>.meta.json` a user puts next to a document and validates it at the edge.
import fs from 'node:fs/promises';
import { z } from 'zod';
import { ERROR_CODES, InputError, describeError } from '../core/errors';
import type { Sidecar } from '../core/types';

const nonEmpty = z.string().trim().min(1, 'expected a non-empty string');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'expected a real calendar date');

const sidecarSchema = z.strictObject({
  body: nonEmpty.optional(),
  date: isoDate.optional(),
  title: nonEmpty.optional(),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  venue: nonEmpty.optional(),
});

export function sidecarPathOf(file: string): string {
  return `${file}.meta.json`;
}

function invalid(sidecarFile: string, field: string | undefined, message: string, cause?: unknown): InputError {
  const where = field ? ` field "${field}"` : '';
  return new InputError(ERROR_CODES.INVALID_SIDECAR, `${sidecarFile}${where}: ${message}`, { file: sidecarFile, field }, { cause });
}

/** Validates parsed JSON as a sidecar; throws INVALID_SIDECAR naming the file and the first bad field. */
export function validateSidecar(value: unknown, sidecarFile: string): Sidecar {
  const result = sidecarSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.map(String).join('.') || undefined;
  const message = issue.code === 'unrecognized_keys' ? `unknown key; expected only body, date, title, url, venue` : issue.message;
  throw invalid(sidecarFile, field, message);
}

/** The sidecar of `file`, or undefined when there is none. */
export async function readSidecar(file: string): Promise<Sidecar | undefined> {
  const sidecarFile = sidecarPathOf(file);
  let raw: string;
  try {
    raw = await fs.readFile(sidecarFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw invalid(sidecarFile, undefined, `could not be read: ${describeError(error)}`, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw invalid(sidecarFile, undefined, `expected JSON but could not parse it: ${describeError(error)}`, error);
  }
  return validateSidecar(json, sidecarFile);
}
