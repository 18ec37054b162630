// The sign-off that closes a set of minutes: "Signed: … Chair", "A true copy. Attest:" over the clerk's name,
// "Respectfully submitted," and a signature, an email's "Thanks, Hazel" and the sender's name and office, or the
// signatories' names and offices alone. Furniture, not a paragraph: read only from the end of a meeting's last item, so
// the same words inside an item's discussion stay.
import { contentLineBefore, isBlank } from '../patterns';

/** At most this many lines (not blank) make a sign-off; a longer run of short lines at the end is text. */
const MAX_SIGN_OFF_LINES = 8;
/** A longer line (trimmed) is text, never part of a sign-off. */
const MAX_SIGN_OFF_LINE = 90;

/**
 * Lines that open a sign-off, after which everything to the end is the signature: "A true copy. Attest:", "ATTEST:",
 * "Signed:", "Signed as a correct record:", "Signed by …", "Signature: …", "Respectfully submitted," (and "Respectfully Submitted",
 * "Respectively submitted," as clerks also type it), "Submitted by …", "CERTIFIED CORRECT:" (Canadian boards), "Minutes taken by …", and an email's
 * valediction with at most two names after it ("Thanks,", "Kind regards, Hazel").
 */
const SIGN_OFF_OPENING =
  /^(?:(?:A )?[Tt]rue (?:copy|record)[.,]?\s*)?(?:Attest|ATTEST)\b|^(?:Signed|SIGNED|Signature|SIGNATURE)(?:\s+as\s+an?\s+(?:correct|true|accurate)\s+record)?\s*(?::|by\b|[._…]{2,}|$)|^(?:[Rr]espect(?:ful|ive)ly [Ss]ubmitted|RESPECT(?:FUL|IVE)LY SUBMITTED|(?:Submitted|SUBMITTED) (?:by|BY)|Certified (?:correct|true)|CERTIFIED (?:CORRECT|TRUE)|Minutes (?:taken|recorded|prepared) by|Recorded by)\b|^(?:Thanks|Thank you|Many thanks|Kind regards|Best regards|Warm regards|Regards|Best wishes|Yours (?:sincerely|faithfully|truly)|Sincerely)[,.!]?(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*$/u;

/**
 * An office whose holder signs minutes; the rest of the office around it ("Shire President", "Clerk of the Board", a US
 * city's "Clerk of Council", an Irish council's "Meetings Administrator", an Ontario township's "CAO/Clerk").
 */
const SIGNING_OFFICE = String.raw`(?:[\p{Lu}][\p{L}'’&-]*(?:\s+|\/)){0,3}(?:Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?|Convener|Vice[- ]Convener|Provost|Mayor|Deputy Mayor|President|Clerk|Secretary|Recorder|Moderator|Cathaoirleach|Minute[- ]Taker|RFO|Administrator)(?:\s+(?:of|to)(?: the)?(?:\s+\p{Lu}[\p{L}'’&-]*){1,3})?`;
/** "P Delaney", "Cllr Joan Ashby", "Martha Greene": an optional title and one to four capitalised words or initials. */
const SIGNATORY_NAME = String.raw`(?:(?:Cllr|Cr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+`;
/**
 * "Martha Greene, Town Clerk", "P Delaney - Shire President", "Moira Baxter (Convener)", or the office alone ("Convener");
 * a minute book typed up by a history society marks where the chairman signed: "A. Cox [signature] Chairman".
 */
const SIGNATORY = new RegExp(String.raw`^(?:${SIGNATORY_NAME}(?:,\s*|\s+[-–]\s+|\s*\(|\s*\[(?:signature|signed)\]\s*)${SIGNING_OFFICE}\)?|${SIGNATORY_NAME}\s*\[(?:signature|signed)\]|${SIGNING_OFFICE})$`, 'u');
/** "Mar 30th 1950", "30th March 1950", "30.3.50": the day the minutes were signed, written under the signature. */
const DATE_ALONE = /^(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/u;
/** Two signatories side by side, as a printed signature block sets them: "Heather Lindqvist, Mayor    Karine Roy, Clerk". */
const COLUMN_GAP = /\s{3,}|\t/;

/** A line (trimmed) that names who signs the minutes and nothing else. */
function isSignatory(line: string): boolean {
  return line.split(COLUMN_GAP).every((cell) => SIGNATORY.test(cell.trim()));
}

const NAME_ALONE = new RegExp(String.raw`^${SIGNATORY_NAME}$`, 'u');
const OFFICE_ALONE = new RegExp(String.raw`^${SIGNING_OFFICE}$`, 'u');

/**
 * "Colfax Township Clerk" over "Corinne Norton": a typed signature sets the office, then the name of who holds it, on
 * the line under it; the name alone is a signatory's when the line above it (not blank) is the office alone.
 */
function isNameUnderOffice(lines: string[], index: number): boolean {
  if (!NAME_ALONE.test(lines[index].trim())) return false;
  const above = contentLineBefore(lines, index - 1);
  return above >= 0 && OFFICE_ALONE.test(lines[above].trim());
}

/** The date a signatory wrote under the signature: a date alone on the line under a signatory's. */
function isDateUnderSignatory(lines: string[], index: number): boolean {
  if (!DATE_ALONE.test(lines[index].trim())) return false;
  const above = contentLineBefore(lines, index - 1);
  return above >= 0 && isSignatory(lines[above].trim());
}

/** Whether a line (not blank) is one a sign-off opens with or a signatory's: "Signed: … Chair", "Sandra Ruiz, Clerk of the Board". */
export function isSignOffLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= MAX_SIGN_OFF_LINE && (SIGN_OFF_OPENING.test(trimmed.replace(/^[*_]+/, '')) || isSignatory(trimmed));
}

/**
 * Where a closing sign-off starts among an item's lines, or `lines.length` when it has none. The sign-off is a run of
 * short lines at the end that end no sentence (an opening line aside): from its earliest opening line to the end, or
 * else the signatory lines that end it. Some
 * line of the item's own text stays before it: an item of signatures alone is left as it is.
 */
export function signOffStart(lines: string[]): number {
  let start = lines.length;
  let signatoriesFrom = lines.length;
  let inSignatories = true;
  let counted = 0;
  for (let index = lines.length - 1; index >= 0 && counted < MAX_SIGN_OFF_LINES; index -= 1) {
    if (isBlank(lines[index])) continue;
    const line = lines[index].trim();
    if (line.length > MAX_SIGN_OFF_LINE) break;
    counted += 1;
    // "*Signed as a correct record:* ____ Chair": Markdown's emphasis around the opening words.
    const opens = SIGN_OFF_OPENING.test(line.replace(/^[*_]+/, ''));
    // A finished sentence is the item's text: a signature's lines end none.
    if (!opens && /[.!?]$/.test(line)) break;
    if (opens) start = index;
    if (inSignatories && (isSignatory(line) || isNameUnderOffice(lines, index) || isDateUnderSignatory(lines, index))) signatoriesFrom = index;
    else inSignatories = false;
  }
  const from = Math.min(start, signatoriesFrom);
  return lines.slice(0, from).some((line) => !isBlank(line)) ? from : lines.length;
}

/** A meeting's last item's lines without the sign-off that closes the minutes. */
export function withoutClosingSignOff(lines: string[]): string[] {
  const start = signOffStart(lines);
  return start === lines.length ? lines : lines.slice(0, start);
}

/**
 * "Respectfully Submitted" and "Jim Buiter, Clerk" set apart at the foot of a Word document, each read as an unnumbered
 * heading with nothing under it: the closing sign-off, not items. Dropped from the end while some item is left.
 */
export function withoutSignOffItems<Item extends { number: string | null; title: string; lines: string[] }>(items: Item[]): Item[] {
  let end = items.length;
  while (end > 1) {
    const item = items[end - 1];
    if (item.number !== null || !isSignOffLine(item.title) || !item.lines.every((line) => isBlank(line) || isSignOffLine(line))) break;
    end -= 1;
  }
  return end === items.length ? items : items.slice(0, end);
}
