// The staff under a council's members with no label of their own, as Australian and English councils print them: a
// label's words wrapped over two lines ("Also in" over "Attendance:", the label column of a two-column table copied as
// text), and the officers listed after the members with their label lost or never printed: a line of offices alone
// ("Chief Executive Officer, Director Technical Services, Manager Corporate Governance") or lines of one officer each
// ("C Pinnells, Acting Town Clerk"). The label is set whole, and "In attendance:" put before the staff.
import { attendanceLabelOf } from './attendance-labels';
import { isChiefOfficeOnly } from './offices';
import { OFFICE_WORDS, PERSON_TITLE } from './person-words';
import { isBlank } from '../patterns';

/** "Also in", "Members", "Officers in": a label's first words, alone on a line with no colon. */
const LABEL_HEAD = /^(?:Also|Others?|Officers?|Staff|Members?|Councillors?|Those)(?:\s+(?:in|also|not))?$/i;
/** "Attendance:", "Present:", "Absent:": the label's last word, with its colon, opening the next line. */
const LABEL_TAIL = /^(?:Attendance|Attending|Present|Absent)\s*:/i;
/** A line's words that list the members ("Cllrs B Austin, D Bretherton, …", "Cr J Whitton (Chairperson), Cr K Duffy"). */
const MEMBERS_LIST = /^(?:Cllrs?|Councillors?|Crs?|Aldermen|Ald)\.?\s+\p{Lu}/u;
/** "C Pinnells, Acting Town Clerk", "Gemma Markland, Neighbourhood Plan Officer": one officer, an office's words after a comma. */
const OFFICER_LINE = /^(?:\p{Lu}\.?\s+){1,2}\p{Lu}[\p{L}'’-]+,\s+[^,;:]{3,60}$|^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+,\s+[^,;:]{3,60}$/u;
/** The lines of a header read for such staff. */
const HEADER_LINES = 60;

/** The lines with each label wrapped over two lines set whole, and "In attendance:" before staff listed with no label. */
export function withUnlabelledStaffLabelled(lines: string[]): string[] {
  let result: string[] | null = null;
  const end = Math.min(lines.length, HEADER_LINES);
  for (let index = 1; index < end; index += 1) {
    const line = lines[index].trim();
    const head = lines[index - 1].trim();
    if (LABEL_HEAD.test(head) && LABEL_TAIL.test(line) && attendanceLabelOf(`${head} ${line}`) !== null) {
      result ??= [...lines];
      result[index - 1] = '';
      result[index] = `${head} ${line}`;
    } else if (staffStartsAt(lines, index)) {
      (result ??= [...lines])[index] = `In attendance: ${line}`;
    }
  }
  return result ?? lines;
}

/** Whether the staff start at `lines[index]`, under a block of members, with no label of their own. */
function staffStartsAt(lines: string[], index: number): boolean {
  const line = lines[index].trim();
  if (line === '' || attendanceLabelOf(line) !== null) return false;
  const officers = OFFICER_LINE.test(line) && OFFICE_WORDS.test(line.slice(line.indexOf(','))) && officerLineFollows(lines, index);
  return (officers || listsOfficesOnly(line)) && membersAbove(lines, index);
}

/** Whether the line after `lines[index]` is one more officer, with their office after a comma. */
function officerLineFollows(lines: string[], index: number): boolean {
  const next = lines[index + 1]?.trim() ?? '';
  return OFFICER_LINE.test(next) && OFFICE_WORDS.test(next.slice(next.indexOf(',')));
}

/** Whether the lines above `lines[index]` (across one blank line at most) list the members present, from their block's first line. */
function membersAbove(lines: string[], index: number): boolean {
  let at = index - 1;
  if (at >= 0 && isBlank(lines[at])) at -= 1;
  if (at < 0 || isBlank(lines[at])) return false;
  while (at > 0 && !isBlank(lines[at - 1]) && lines[at].trim().length > 0 && !MEMBERS_LIST.test(lines[at].trim())) at -= 1;
  const first = lines[at].trim();
  const label = attendanceLabelOf(first);
  return MEMBERS_LIST.test(first) || (label !== null && label.attendance === 'present' && MEMBERS_LIST.test(label.rest || lines[at + 1]?.trim() || ''));
}

/** A part of a list that is an office: its words ("Governance Coordinator", "Chief Executive Officer"), no person's title. */
const isOffice = (part: string) => (OFFICE_WORDS.test(part) && !PERSON_TITLE.test(part)) || isChiefOfficeOnly(part);
/** "Commercial Services", "Recreation": a field an office runs, after the office's first words ("Director Community, Recreation and …"). */
const FIELD = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;

/**
 * "Chief Executive Officer, Acting Director Corporate and Commercial Services, Director Community, Recreation and
 * Cultural Services, Governance Coordinator": offices and no person, three or more, each field of an office ("Commercial
 * Services") with it; null when any part names a person or a field stands alone between offices ("Clerk, Jane Doe, Treasurer").
 */
export function officesOnlyEntries(list: string): string[] | null {
  if (list.length < 30) return null;
  if (list.includes(';')) return semicolonOffices(list);
  if (/[\d:()@]/.test(list)) return null;
  const pieces = list.replace(/\.$/, '').split(/(,\s*(?:and\s+)?|\s+(?:and|&)\s+)/);
  const offices: string[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const part = pieces[index].trim();
    if (isOffice(part)) offices.push(part);
    else if (offices.length === 0 || !FIELD.test(part) || !fieldGoesOn(pieces, index)) return null;
    else offices[offices.length - 1] += `${pieces[index - 1]}${part}`;
  }
  return offices.length >= 3 ? offices : null;
}

/**
 * "Chief Executive; Director of Corporate Services and Governance; Head of Policy and Strategic Services" (a Northern
 * Irish council's officers by post): where semicolons part them, each part is one office, its own commas and "and" with it.
 */
function semicolonOffices(list: string): string[] | null {
  const parts = list.replace(/\.\s*$/, '').split(';').map((part) => part.trim()).filter((part) => part !== '');
  // "Jerry Ball, Director of Finance": a name before its comma; an office's comma parts its fields ("Head of Tourism, Arts and Heritage").
  return parts.length >= 2 && parts.every((part) => isOffice(part) && !/[\d:()@]/.test(part) && (!part.includes(',') || isOffice(part.slice(0, part.indexOf(','))))) ? parts : null;
}

/** Whether the field at `pieces[index]` belongs to the office before it: it comes after "and", or an "and" joins the next field to it. */
function fieldGoesOn(pieces: string[], index: number): boolean {
  const joinsAnd = (separator: string | undefined) => separator !== undefined && /\s(?:and|&)\s/.test(` ${separator.trim()} `);
  return joinsAnd(pieces[index - 1]) || (joinsAnd(pieces[index + 1]) && !isOffice(pieces[index + 2]?.trim() ?? ''));
}

/** Whether a line lists offices alone (officesOnlyEntries). */
export const listsOfficesOnly = (line: string) => officesOnlyEntries(line) !== null;
