// Rich Text reader (.rtf, as Word and LibreOffice write it): the control words are interpreted into HTML (paragraphs,
// bold runs, headings by outline level or the Title style, tables from \cell and \row), and the HTML reader's
// conversion turns that into lines, so .rtf headings and tables reach the parser as .docx ones do. Text is decoded
// as the document says: \'xx bytes in its \ansicpg code page (Windows-1252 by default), \uN as Unicode with its
// \ucN fallback skipped. Headers, footers, footnotes, comments, pictures and field instructions are not read.
// (The RTF converters on npm were tried first: each wrote every non-ASCII character twice or ran table cells together.)
import { ERROR_CODES, InputError } from '../../core/errors';
import { readerThroughHtml } from './html';
import { RtfToHtml } from './rtf-html';
import type { Reader } from './types';

const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** Braces, backslashes and line ends: every other byte is text. */
const isSpecial = (code: number) => code === 0x7b || code === 0x7d || code === 0x5c || code === 0x0d || code === 0x0a;

/** Tokenises the RTF and hands each token to the converter. */
function rtfToHtml(bytes: Buffer): string {
  const converter = new RtfToHtml();
  let index = 0;
  while (index < bytes.length) {
    const code = bytes[index];
    if (code === 0x7b) {
      converter.openGroup();
      index += 1;
    } else if (code === 0x7d) {
      converter.closeGroup();
      index += 1;
    } else if (code === 0x5c) {
      index = readControl(bytes, index, converter);
    } else if (code === 0x0d || code === 0x0a) {
      index += 1;
    } else {
      let end = index + 1;
      while (end < bytes.length && !isSpecial(bytes[end])) end += 1;
      converter.textBytes(bytes.subarray(index, end));
      index = end;
    }
  }
  return converter.finish();
}

/** Reads the control word or symbol at `start` (a backslash) and returns where the next token starts. */
function readControl(bytes: Buffer, start: number, converter: RtfToHtml): number {
  const next = bytes[start + 1];
  if (next === undefined) return start + 1;
  if (next === 0x27) {
    const value = Number.parseInt(bytes.toString('latin1', start + 2, start + 4), 16);
    if (!Number.isNaN(value)) converter.textBytes(Buffer.from([value]));
    return start + 4;
  }
  if (next === 0x0d || next === 0x0a) {
    converter.controlWord('par', null);
    return start + 2;
  }
  if (!isLetter(next)) {
    converter.controlSymbol(String.fromCharCode(next));
    return start + 2;
  }
  let index = start + 1;
  while (index < bytes.length && isLetter(bytes[index]) && index - start <= 32) index += 1;
  const word = bytes.toString('latin1', start + 1, index);
  const numberStart = index;
  if (bytes[index] === 0x2d) index += 1;
  while (index < bytes.length && isDigit(bytes[index]) && index - numberStart < 11) index += 1;
  const digits = bytes.toString('latin1', numberStart, index);
  const parameter = /\d/.test(digits) ? Number.parseInt(digits, 10) : null;
  if (bytes[index] === 0x20) index += 1;
  // \binN is followed by N raw bytes that are not RTF.
  if (word === 'bin' && parameter !== null && parameter > 0) return index + parameter;
  converter.controlWord(word, parameter);
  return index;
}

/** The start every RTF document has, after any whitespace. */
export const RTF_SIGNATURE = /^\s*\{\\rtf/;

/** The RTF's HTML; a file that does not start as RTF does is refused, naming the file. */
async function rtfFileToHtml(bytes: Buffer, file: string): Promise<string> {
  if (!RTF_SIGNATURE.test(bytes.toString('latin1', 0, 64))) {
    throw new InputError(ERROR_CODES.UNREADABLE_FILE, `expected a Rich Text document (starting "{\\rtf") but ${file} does not start so`, { file });
  }
  return rtfToHtml(bytes);
}

export const rtfReader: Reader = readerThroughHtml('rtf', ['.rtf'], rtfFileToHtml);
