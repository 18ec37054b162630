// Word 97-2003 reader (.doc): word-extractor reads the binary's body text (one paragraph a line, table cells
// separated by tabs), which goes the plain-text way: the binary keeps no heading marks a reader could pass on, so
// the parser reads .doc minutes by their numbering and capitals, as it reads a .txt. Headers, footers, footnotes
// and comments are left out. word-extractor is loaded on first use. Many a published ".doc" is really RTF, a web
// page Word saved or a .docx: signatures.ts sends those to their own reader, by what the bytes are rather than the name.
import { ERROR_CODES, InputError, describeError } from '../../core/errors';
import { assertHasText, normaliseText } from './text';
import type { Reader, ReadResult } from './types';

/** The signature every OLE compound file (Word 97-2003, and a password-protected .docx) starts with. */
export const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const WORD_DOCUMENT_ENTRY = Buffer.from('WordDocument', 'utf16le');
/** The Word binary's own signature, at the start of its WordDocument stream (the FIB). */
const FIB_MAGIC = 0xa5ec;
/** The FIB flag a password-protected (encrypted or obfuscated) document sets. */
const FIB_ENCRYPTED = 0x0100;

function unreadable(file: string, reason: string, cause?: unknown): InputError {
  return new InputError(
    ERROR_CODES.UNREADABLE_FILE,
    `expected a Word 97-2003 .doc document but ${file} ${reason}`,
    { file },
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Whether the document says it is password-protected. word-extractor does not look and would return the
 * ciphertext as text, so the flag is read here: the WordDocument stream's first sector starts with the FIB.
 */
function isEncrypted(bytes: Buffer): boolean {
  const sectorSize = 2 ** bytes.readUInt16LE(0x1e);
  for (let at = bytes.indexOf(WORD_DOCUMENT_ENTRY); at !== -1; at = bytes.indexOf(WORD_DOCUMENT_ENTRY, at + 1)) {
    // A directory entry is 128 bytes, aligned to 128 in its sector; its first sector number is at offset 116.
    if (at % 128 !== 0 || at + 128 > bytes.length) continue;
    const fib = (bytes.readUInt32LE(at + 116) + 1) * sectorSize;
    if (fib + 12 <= bytes.length && bytes.readUInt16LE(fib) === FIB_MAGIC) return (bytes.readUInt16LE(fib + 0x0a) & FIB_ENCRYPTED) !== 0;
  }
  return false;
}

async function docBodyText(bytes: Buffer, file: string): Promise<string> {
  if (bytes.length < 512 || !bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    throw unreadable(file, 'does not start with the OLE signature (nor is it RTF, a web page or a .docx)');
  }
  if (isEncrypted(bytes)) throw unreadable(file, 'is password-protected (save it without a password to index it)');
  const { default: WordExtractor } = await import('word-extractor');
  try {
    const document = await new WordExtractor().extract(bytes);
    // Its filter would turn curly quotes and dashes into ASCII ones, unlike every other reader.
    return document.getBody({ filterUnicode: false });
  } catch (error) {
    throw unreadable(file, `could not be read: ${describeError(error)}`, error);
  }
}

export const docReader: Reader = {
  format: 'doc',
  extensions: ['.doc'],
  async read(bytes: Buffer, file: string): Promise<ReadResult> {
    const text = normaliseText(await docBodyText(bytes, file));
    assertHasText(text, file);
    return { format: 'doc', text };
  },
};
