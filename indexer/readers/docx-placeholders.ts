// Word content controls still showing their placeholder ("Organization/Committee Name", "Click or tap to enter a date"):
// a minutes template's prompt, greyed out in Word, no text of the minutes.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const DOCUMENT = 'word/document.xml';
/** Largest document.xml looked into, once unzipped: a larger one (or a zip bomb's claim) is left to mammoth as it is. */
const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;
const PLACEHOLDER_MARK = '<w:showingPlcHdr/>';
const CONTENT_OPEN = '<w:sdtContent>';
const CONTENT_CLOSE = '</w:sdtContent>';
/** A run's text, the part of a placeholder Word shows. */
const RUN_TEXT = /<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g;

/** The document.xml of a .docx, or null when it cannot be had cheaply (too large, or not a zip mammoth would read). */
function documentXml(bytes: Buffer): string | null {
  try {
    const entries = unzipSync(bytes, { filter: (entry) => entry.name === DOCUMENT && entry.originalSize <= MAX_DOCUMENT_XML_BYTES });
    return entries[DOCUMENT] ? strFromU8(entries[DOCUMENT]) : null;
  } catch {
    return null;
  }
}

/** The XML with the text of every content control that shows its placeholder left out (its runs kept, empty). */
function withoutPlaceholderText(xml: string): string {
  let kept = '';
  let from = 0;
  let mark = xml.indexOf(PLACEHOLDER_MARK);
  while (mark !== -1) {
    const open = xml.indexOf(CONTENT_OPEN, mark);
    if (open === -1) break;
    // The control's content ends at its own closing tag: a control nested in it opens and closes one of its own.
    let depth = 1;
    let at = open + CONTENT_OPEN.length;
    while (depth > 0) {
      const nextOpen = xml.indexOf(CONTENT_OPEN, at);
      const nextClose = xml.indexOf(CONTENT_CLOSE, at);
      if (nextClose === -1) return xml;
      if (nextOpen !== -1 && nextOpen < nextClose) [depth, at] = [depth + 1, nextOpen + CONTENT_OPEN.length];
      else [depth, at] = [depth - 1, nextClose + CONTENT_CLOSE.length];
    }
    kept += xml.slice(from, open) + xml.slice(open, at).replace(RUN_TEXT, '');
    from = at;
    mark = xml.indexOf(PLACEHOLDER_MARK, at);
  }
  return kept + xml.slice(from);
}

/**
 * The .docx with its placeholders' text left out, or the same bytes when it shows none (most documents: only their
 * document.xml is unzipped to see so).
 */
export function withoutPlaceholders(bytes: Buffer): Buffer {
  const xml = documentXml(bytes);
  if (xml === null || !xml.includes(PLACEHOLDER_MARK)) return bytes;
  const entries = unzipSync(bytes);
  entries[DOCUMENT] = strToU8(withoutPlaceholderText(xml));
  return Buffer.from(zipSync(entries));
}
