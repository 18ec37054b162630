// Picks the reader for a file by its extension and applies the checks every format shares (size, emptiness).
import path from 'node:path';
import { ERROR_CODES, InputError } from '../../core/errors';
import { docReader } from './doc';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { markdownReader } from './markdown';
import { odtReader } from './odt';
import { pdfReader } from './pdf';
import { rtfReader } from './rtf';
import { textReader } from './text';
import type { Reader, ReadResult } from './types';

export type { Reader, ReadResult } from './types';

export const READERS: readonly Reader[] = [textReader, markdownReader, htmlReader, pdfReader, docxReader, odtReader, rtfReader, docReader];

/** Every extension some reader accepts, lower-case with the dot. */
export function supportedExtensions(): string[] {
  return READERS.flatMap((reader) => reader.extensions);
}

export function readerFor(file: string): Reader {
  const extension = path.extname(file).toLowerCase();
  const reader = READERS.find((candidate) => candidate.extensions.includes(extension));
  if (!reader) {
    const found = extension === '' ? 'no extension' : `"${extension}"`;
    throw new InputError(
      ERROR_CODES.UNSUPPORTED_TYPE,
      `expected one of ${supportedExtensions().join(', ')} but ${file} has ${found}`,
      { file, extension },
    );
  }
  return reader;
}

function isWhitespaceByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
}

export async function readDocument(bytes: Buffer, file: string, limits: { maxFileBytes: number }): Promise<ReadResult> {
  const reader = readerFor(file);
  if (bytes.length > limits.maxFileBytes) {
    throw new InputError(
      ERROR_CODES.FILE_TOO_LARGE,
      `expected at most ${limits.maxFileBytes} bytes but ${file} has ${bytes.length}`,
      { file, bytes: bytes.length, maxFileBytes: limits.maxFileBytes },
    );
  }
  if (bytes.every(isWhitespaceByte)) {
    const what = bytes.length === 0 ? 'is empty' : 'holds only whitespace';
    throw new InputError(ERROR_CODES.EMPTY_FILE, `expected some content but ${file} ${what}`, { file });
  }
  return reader.read(bytes, file);
}
