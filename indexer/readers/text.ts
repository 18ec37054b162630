// Plain-text reader (.txt, .text): decodes the bytes whatever their encoding, then normalises line ends and spaces.
import { ERROR_CODES, InputError } from '../../core/errors';
import { decodeText } from './decode';
import { withPlainTextTablesAsRows } from './pipe-tables';
import { withoutQuoteMarks } from './quoted-lines';
import type { Reader, ReadResult } from './types';

/** Unix line ends and ordinary spaces, so the text rules see one shape whatever the source. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ');
}

/** Longest all-bold block, in characters, still taken as a heading rather than an emphasised paragraph. */
export const DEFAULT_MAX_BOLD_HEADING_CHARS = 150;

/**
 * A block set all in bold as the heading mark the parser reads (`**Apologies**`): Word and PDF users bold a line instead
 * of styling it a heading. Null for a block too long to be a heading.
 */
export function boldHeadingLine(text: string): string | null {
  return text.length <= DEFAULT_MAX_BOLD_HEADING_CHARS ? `**${text}**` : null;
}

export function assertHasText(text: string, file: string): void {
  if (text.trim() === '') {
    throw new InputError(ERROR_CODES.EMPTY_FILE, `expected some text but ${file} holds only whitespace`, { file });
  }
}

/** Decoded, normalised text of a text-like file; throws EMPTY_FILE when nothing but whitespace is left. */
export function readPlainText(bytes: Buffer, file: string): string {
  const text = normaliseText(decodeText(bytes, file));
  assertHasText(text, file);
  return text;
}

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  async read(bytes: Buffer, file: string): Promise<ReadResult> {
    return { format: 'text', text: withPlainTextTablesAsRows(withoutQuoteMarks(readPlainText(bytes, file))) };
  },
};
