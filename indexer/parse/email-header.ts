// Minutes sent as an email and saved as text: the message's header ("From:", "Sent:", "To:", "Subject:") comes before
// them. Its date is when the email was sent and its subject repeats the title, so neither is read as the meeting's.

/** A field of an email header, as mail programs print them when a message is saved or forwarded. */
const HEADER_FIELD = /^(?:From|Sent|Date|To|Cc|Bcc|Subject|Importance|Attachments)\s*:/i;
/** The fields only an email header starts with: minutes can have a "Date:" line, not a "From:" or "Sent:" one. */
const SENDER_FIELD = /^(?:From|Sent)\s*:/i;
/** An email header is at the top: fields on consecutive lines, read no further than this. */
const MAX_HEADER_FIELDS = 10;

/** The lines with an email header at the top blanked (so line numbers stay); the same array when there is none. */
export function withoutEmailHeader(lines: string[]): string[] {
  let first = 0;
  while (first < lines.length && lines[first].trim() === '') first += 1;
  // Most documents are let go on their first line's first letter.
  if (first === lines.length || !SENDER_FIELD.test(lines[first].trim())) return lines;
  let end = first;
  while (end < lines.length && end - first < MAX_HEADER_FIELDS && HEADER_FIELD.test(lines[end].trim())) end += 1;
  if (end - first < 2) return lines;
  return lines.map((line, index) => (index >= first && index < end ? '' : line));
}
