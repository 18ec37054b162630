// Minutes sent as an email and saved as text: the message's header ("From:", "Sent:", "To:", "Subject:") comes before
// them. Its date is when the email was sent and its subject repeats the title, so neither is read as the meeting's.
// A forwarded or replied-to message carries the earlier message's header further down, after a separator line
// ("-----Original Message-----", "---------- Forwarded message ---------", "On 16 April 2025, X wrote:").

/** A field of an email header, as mail programs print them when a message is saved or forwarded. */
const HEADER_FIELD = /^(?:From|Sent|Date|To|Cc|Bcc|Subject|Importance|Attachments)\s*:/i;
/** The fields only an email header starts with: minutes can have a "Date:" line, not a "From:" or "Sent:" one. */
const SENDER_FIELD = /^(?:From|Sent)\s*:/i;
/** An email header is at the top: fields on consecutive lines, read no further than this. */
const MAX_HEADER_FIELDS = 10;
/** The line a mail program puts above the header of the message it forwards or quotes. */
const EARLIER_MESSAGE = /^(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|Begin forwarded message:|On\s.{6,120}\swrote:)$/i;

/** The end of the header fields starting at `first` (the index after the last). */
function headerEnd(lines: string[], first: number): number {
  let end = first;
  while (end < lines.length && end - first < MAX_HEADER_FIELDS && HEADER_FIELD.test(lines[end].trim())) end += 1;
  return end;
}

/** Blanks lines `first` to `end` (exclusive) in place. */
function blank(lines: string[], first: number, end: number): void {
  for (let index = first; index < end; index += 1) lines[index] = '';
}

/**
 * Blanks the header of each earlier message, with the separator line above it, in place. In place: a copy of the lines
 * for each separator made a long thread (or a pack of forwarded minutes) take time growing with its square.
 */
function blankEarlierHeaders(lines: string[]): void {
  for (let index = 0; index < lines.length; index += 1) {
    if (!EARLIER_MESSAGE.test(lines[index].trim())) continue;
    blank(lines, index, headerEnd(lines, index + 1));
  }
}

/** The lines with an email header at the top blanked (so line numbers stay); the same array when there is none. */
export function withoutEmailHeader(lines: string[]): string[] {
  let first = 0;
  while (first < lines.length && lines[first].trim() === '') first += 1;
  // Most documents are let go on their first line's first letter.
  if (first === lines.length || !SENDER_FIELD.test(lines[first].trim())) return lines;
  const end = headerEnd(lines, first);
  if (end - first < 2) return lines;
  const result = [...lines];
  blank(result, first, end);
  // Only an email forwards another: a document that does not start as one is not searched for a second header.
  blankEarlierHeaders(result);
  return result;
}
