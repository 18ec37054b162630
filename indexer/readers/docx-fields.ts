// A field Word stores in its short form (`<w:fldSimple w:instr="DATE">` around the text it shows: a date, a document
// property naming the committee, a merge field, a cross-reference) is one mammoth does not know, and it drops the
// text inside with it: "Minutes of the meeting held on" lost its date. The field's markup is taken out here, its text kept.
import { unzipSync, zipSync } from 'fflate';

const DOCUMENT = 'word/document.xml';
const SIMPLE_FIELD_TAG = /<\/?w:fldSimple\b[^>]*>/g;

/** The document with its short-form fields' text freed of the field, or the same bytes when it has none. */
export function withSimpleFieldsOpened(bytes: Buffer, document: string | null): Buffer {
  if (document === null || !document.includes('<w:fldSimple')) return bytes;
  try {
    const entries = unzipSync(bytes);
    // A field with no text of its own (`<w:fldSimple …/>`) is taken out whole.
    entries[DOCUMENT] = Buffer.from(document.replace(SIMPLE_FIELD_TAG, ''), 'utf8');
    return Buffer.from(zipSync(entries, { level: 1 }));
  } catch {
    return bytes;
  }
}
