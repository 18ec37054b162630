// "* *Housing officer:* Ruth Cole, Northgate Homes", "- **Officers:** Sarah Finch, …", "Police: PCSO Dan Ellis, Eastbrook
// Neighbourhood Team": lines of an attendance list that open with a label, as Markdown and word-processed minutes set
// them (a bullet, the label in italics, its colon). A label may be a kind of attendance (a block of its own), or the
// office or body of the one person named after it and, after a comma, whom they are there for.
import { attendanceLabelOf } from './attendance-labels';
import { PERSON_TITLE } from './person-words';

/**
 * A bullet, the label (italic or bold marks around it, closed before or after its colon), then the rest (if any: a
 * label alone over the names bulleted under it, "- Present:"). Bold marks
 * are gone before this is read (withoutBold); a bold label's marks, when left, are read as an italic one's.
 */
const LABELLED_LINE = /^([•·*-]\s+)?([*_]{1,2})?(\p{Lu}[^:*_]{0,50}?)\s*(?:\2\s*:|:\s*\2)\s*/u;

/** "Housing officer", "Senior Planning Officer", "Minute taker": one person's office, by the word it ends with. */
const ONE_PERSONS_OFFICE = /(?:^|\s)(?:officer|manager|advis[eo]r|director|engineer|solicitor|planner|lead|inspector|co-?ordinator|representative|warden|surveyor|taker|executive|accountant|auditor|consultant)$/i;

/** A person's name, titled or not, then the end or a comma; the part after the comma is whom they are with. */
const HOLDER_THEN_BODY = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]+)(?:,\s+(?=\S)|$)/u;
/** A title anywhere: the part after a comma that holds one names another person, not a body. */
const TITLE_IN_TEXT = /\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|PC|PCSO|Insp|Supt)\.?\s+\p{Lu}/u;

/**
 * The line as the attendance reader reads it: "Ruth Cole (Housing officer, Northgate Homes)" for a one-person office's
 * label over its holder, or for any other label (no kind of attendance) over one titled person ("PCSO Dan Ellis
 * (Police, …)"), where a list is open (`inList`); otherwise the label and the rest without the bullet and marks
 * ("Officers: …", a block's label); the line itself when it opens with no label.
 */
export function withLabelledHolder(line: string, inList: boolean): string {
  const labelled = line.includes(':') ? LABELLED_LINE.exec(line) : null;
  if (!labelled) return line;
  // The rest is what follows the match, not a group of it: a Unicode pattern's `(\S.*)$` keeps a place to go back to for
  // each character, and a document of megabytes on one line overflowed the stack.
  const [, bullet, marks, label] = labelled;
  const rest = line.slice(labelled[0].length);
  // "Present:-  Councillor …": a line with no bullet and no marks is left as printed, its label's own marks and all.
  // "- Present:" over the names bulleted under it: the label alone.
  const unmarked = bullet === undefined && marks === undefined ? line : `${label}: ${rest}`.trimEnd();
  // "Soderlund. Absent: Trustee Nancy Elzig": a label after a sentence's end is the next block's, wrapped onto this line.
  const holder = inList && !/[.;]\s/.test(label) ? HOLDER_THEN_BODY.exec(rest) : null;
  const body = holder && holder[0].length < rest.length ? rest.slice(holder[0].length) : undefined;
  if (!holder || (body !== undefined && (body.includes(';') || TITLE_IN_TEXT.test(body)))) return unmarked;
  const oneHolder = ONE_PERSONS_OFFICE.test(label) || (PERSON_TITLE.test(holder[1]) && attendanceLabelOf(unmarked) === null);
  return oneHolder ? `${holder[1]} (${body === undefined ? label : `${label}, ${body}`})` : unmarked;
}
