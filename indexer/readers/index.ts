// Picks the reader for a file by what its bytes are (signatures.ts), else by its extension, and applies the checks every
// format shares (size, emptiness). A file with no extension a reader takes is read as text when its bytes are text.
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
import { decodeText, DEFAULT_BINARY_SAMPLE_BYTES } from './decode';
import { readerOfContent } from './signatures';
import type { Reader, ReadResult } from './types';

export type { Reader, ReadResult } from './types';

export const READERS: readonly Reader[] = [textReader, markdownReader, htmlReader, pdfReader, docxReader, odtReader, rtfReader, docReader];

/** Every extension some reader accepts, lower-case with the dot. */
export function supportedExtensions(): string[] {
  return READERS.flatMap((reader) => reader.extensions);
}

/**
 * A file's extension as a reader would take it, lower-case with the dot; '' for none. "Minutes 12.03.2024", a name whose
 * last dot starts a number, has none.
 */
export function extensionOf(file: string): string {
  const extension = path.extname(file).toLowerCase();
  return /^\.\d+$/.test(extension) ? '' : extension;
}

/** Whether a folder's file is offered to the readers: a reader takes its extension, or it has none (a download that lost it). */
export function isReadableName(file: string): boolean {
  const extension = extensionOf(file);
  return extension === '' || READERS.some((reader) => reader.extensions.includes(extension));
}

/** Whether the bytes decode as text (any encoding decode.ts knows): a file no reader claims by name is read so. */
function isText(bytes: Buffer, file: string): boolean {
  try {
    decodeText(bytes.subarray(0, DEFAULT_BINARY_SAMPLE_BYTES), file);
    return true;
  } catch {
    return false;
  }
}

/** The reader for a file: by what its bytes are, when they carry a signature; else by its extension; else text, when they are. */
export function readerFor(file: string, bytes?: Buffer): Reader {
  const byContent = bytes === undefined ? null : readerOfContent(bytes);
  if (byContent) return byContent;
  const extension = extensionOf(file);
  const reader = READERS.find((candidate) => candidate.extensions.includes(extension));
  if (reader) return reader;
  if (bytes !== undefined && isText(bytes, file)) return textReader;
  const found = extension === '' ? 'no extension' : `"${extension}"`;
  throw new InputError(
    ERROR_CODES.UNSUPPORTED_TYPE,
    `expected one of ${supportedExtensions().join(', ')} (or text) but ${file} has ${found}${bytes === undefined ? '' : ' and its bytes are not text'}`,
    { file, extension },
  );
}

function isWhitespaceByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
}

export async function readDocument(bytes: Buffer, file: string, limits: { maxFileBytes: number }): Promise<ReadResult> {
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
  return readerFor(file, bytes).read(bytes, file);
}
