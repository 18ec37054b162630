// What a file's bytes are, whatever its name says: councils' sites serve minutes as "ieListDocuments.aspx?CId=…" or
// "download.php?id=…", save a web page or a PDF under ".doc" or ".txt", and a download may keep no extension at all.
// Only signatures no text starts with by chance are read here; a file without one goes by its name.
import { docReader, OLE_SIGNATURE } from './doc';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { odtReader } from './odt';
import { pdfReader } from './pdf';
import { RTF_SIGNATURE, rtfReader } from './rtf';
import type { Reader } from './types';

/** How many leading bytes are looked at: a PDF's "%PDF-" may follow some bytes of junk, which readers tolerate. */
const SIGNATURE_BYTES = 1024;
const PDF_SIGNATURE = '%PDF-';
const ZIP_SIGNATURE = 'PK\u0003\u0004';
/** Where a zip's first entry's name starts: after its 30-byte local header. */
const FIRST_ENTRY_NAME = 30;
/**
 * An OpenDocument zip names its type first, uncompressed: the first entry's name "mimetype", any extra field, then
 * "application/vnd.oasis.opendocument.text".
 */
const OPENDOCUMENT_TEXT = /^mimetype[^]{0,64}?application\/vnd\.oasis\.opendocument\.text/;
/** A Word zip's directory lists its parts by name, uncompressed ("word/document.xml"). */
const WORD_PART = 'word/document.xml';
/** The start of a web page (Word's "Save as Web Page" too), after an optional BOM and white space. */
const HTML_START = /^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*(?:<!--[^]*?-->\s*)?<(?:!doctype html|html[\s>]|\?xml[^>]*>\s*(?:<!doctype html|<html))/i;

/** The reader for what the bytes are, or null when they carry no signature this knows (plain text and Markdown carry none). */
export function readerOfContent(bytes: Buffer): Reader | null {
  const start = bytes.toString('latin1', 0, SIGNATURE_BYTES);
  if (start.includes(PDF_SIGNATURE)) return pdfReader;
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) return docReader;
  if (start.startsWith(ZIP_SIGNATURE)) {
    if (OPENDOCUMENT_TEXT.test(start.slice(FIRST_ENTRY_NAME))) return odtReader;
    return bytes.includes(WORD_PART, 0, 'latin1') ? docxReader : null;
  }
  if (RTF_SIGNATURE.test(start)) return rtfReader;
  return HTML_START.test(start) ? htmlReader : null;
}
