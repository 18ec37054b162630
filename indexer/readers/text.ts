// Plain-text reader (.txt, .text, .md): checks the bytes really are UTF-8 text, then normalises line ends and spaces.
import { ERROR_CODES, InputError } from '../../core/errors';
import type { Reader, ReadResult } from './types';

/** How many leading bytes are inspected for binary content. */
export const DEFAULT_BINARY_SAMPLE_BYTES = 8192;
/** Share of control characters (other than tab, line feed, carriage return, form feed) above which bytes are binary. */
export const DEFAULT_MAX_CONTROL_RATIO = 0.1;

function isControlByte(byte: number): boolean {
  const allowed = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
  return !allowed && (byte < 0x20 || byte === 0x7f);
}

/** Throws BINARY_FILE when the bytes hold NUL bytes or too many control characters to be text. */
export function assertNotBinary(bytes: Buffer, file: string): void {
  const sample = bytes.subarray(0, DEFAULT_BINARY_SAMPLE_BYTES);
  if (sample.includes(0)) {
    throw new InputError(ERROR_CODES.BINARY_FILE, `expected text but ${file} contains NUL bytes (a binary file)`, { file });
  }
  const controlCount = sample.reduce((count, byte) => count + (isControlByte(byte) ? 1 : 0), 0);
  if (sample.length > 0 && controlCount / sample.length > DEFAULT_MAX_CONTROL_RATIO) {
    const percent = Math.round((controlCount / sample.length) * 100);
    throw new InputError(ERROR_CODES.BINARY_FILE, `expected text but ${percent}% of the first bytes of ${file} are control characters`, { file });
  }
}

/** Decodes strict UTF-8 (a leading BOM is dropped); throws INVALID_UTF8 naming the file otherwise. */
export function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new InputError(ERROR_CODES.INVALID_UTF8, `expected UTF-8 text but ${file} holds bytes that are not valid UTF-8`, { file }, { cause: error });
  }
}

/** Unix line ends and ordinary spaces, so the text rules see one shape whatever the source. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ');
}

export function assertHasText(text: string, file: string): void {
  if (text.trim() === '') {
    throw new InputError(ERROR_CODES.EMPTY_FILE, `expected some text but ${file} holds only whitespace`, { file });
  }
}

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text', '.md'],
  async read(bytes: Buffer, file: string): Promise<ReadResult> {
    assertNotBinary(bytes, file);
    const text = normaliseText(decodeUtf8(bytes, file));
    assertHasText(text, file);
    return { format: 'text', text };
  },
};
