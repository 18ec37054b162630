// A planning committee's application heading, unnumbered on a line of its own: "22/01234/FUL - 12 High Street, Ashby",
// "230228/FUL & 230381/LBC - St Marys Church Service Yard", "Application No DOV/22/01320 - Land North of Chapel Lane",
// "Planning Application No. 15/P/2304/F". Each application a committee decides is an item of its minutes.

/**
 * A planning application's reference: slashed parts, one of them letters in capitals (the application's type, "FUL",
 * "LBC", "P", or the council's code, "DOV") and one four figures or more that are no year ("01234", "230228"). A
 * minute's number ("22/104", "AGC/24/17", "C/141/2024", "15/53/Plan") has no such pair.
 */
const REFERENCE = /^(?:[A-Z]{1,4}\/?)?\d{2,6}(?:[/-](?:\d{1,6}|[A-Z]{1,5}))+/;

/** "Application No DOV/…", "Planning Application Nos. …", "Application Ref: …": the words before the reference. */
const REFERENCE_PREFIX = /^(?:Planning\s+)?Applications?\s*(?:(?:No|Nos|Number|Ref|Reference)\b\.?)?\s*:?\s*/i;

/** After the reference (and any more joined by "&", "and" or a comma): nothing, or a dash or colon and the site. */
const AFTER_REFERENCES = /^(?:\s*(?:&|and|,)\s*\S+)*\s*(?:$|[-–—:]\s+\S)/;

function isReference(token: string): boolean {
  const parts = token.split(/[/-]/);
  if (parts.length < 2) return false;
  const letters = parts.some((part) => /^[A-Z]{1,5}$/.test(part));
  const figures = parts.some((part) => /^\d{4,6}$/.test(part) && !/^(?:19|20)\d{2}$/.test(part));
  return letters && figures;
}

/** Whether a short line is headed by a planning application's reference, as a planning committee's items are. */
export function isApplicationHeading(text: string): boolean {
  if (text.length > 200 || !text.includes('/')) return false;
  const first = text.charCodeAt(0);
  // A figure, or a capital (the reference's letters or "Application"): other lines go at once.
  if (!(first >= 48 && first <= 57) && !(first >= 65 && first <= 90)) return false;
  const prefix = REFERENCE_PREFIX.exec(text);
  const rest = prefix ? text.slice(prefix[0].length) : text;
  const reference = REFERENCE.exec(rest);
  if (!reference || !isReference(reference[0])) return false;
  return AFTER_REFERENCES.test(rest.slice(reference[0].length));
}
