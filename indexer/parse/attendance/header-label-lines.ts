// Lines of a meeting's header that open or hold its attendance in forms of their own: who chaired on a line alone, a
// group of people named in brackets, a clerk's contact details after the name, a label typed with a semicolon (as some
// minute-takers type it throughout their minutes) for its colon.
import type { AttendanceLabel } from './attendance-labels';
import { findDate } from '../header/meeting-fields';

/**
 * "In attendance: (Councillors)" over the members, then "(Officials)Mr L Hale, Chief Executive …" (Northern Irish
 * councils print their attendance as a table of two groups, each named in brackets): the councillors are present, the
 * officials attend.
 */
const GROUP_IN_BRACKETS = /^\((?:(councillors|members|aldermen)|officials|officers|staff)\)\s*/i;

export function groupInBrackets(text: string): AttendanceLabel | null {
  const group = GROUP_IN_BRACKETS.exec(text);
  return group ? { attendance: group[1] ? 'present' : 'in attendance', rest: text.slice(group[0].length) } : null;
}

/**
 * "Councillor TONY CRABBE – in the chair", "Mr B Lobban in the Chair": a line of its own naming who chaired, as county
 * and Scottish councils print it over (or under) the members present: it opens the attendance as a label would.
 */
const CHAIRED_BY_LINE = /^((?:(?:County\s+)?(?:Councillor|Cllr)|Alderman|Provost|Bailie|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’.\s-]{1,40}?)\s*(?:[–—-]\s*)?\(?in the chair\)?\.?$/iu;

/** The label of a line naming who chaired, the person as its text with the office; null for any other line. */
export function chairedByLabel(text: string): AttendanceLabel | null {
  const chairedBy = text.length < 80 && /chair\)?\.?$/i.test(text) ? CHAIRED_BY_LINE.exec(text) : null;
  return chairedBy ? { attendance: 'present', rest: `${chairedBy[1]} (Chair)` } : null;
}

/**
 * "Clerk to the Council: Mrs E Hale Tel: 01234 567890": the clerk's telephone or e-mail after the name, as a parish
 * letterhead prints them (a label, a colon and a figure or an address), is no part of it.
 */
const CONTACT_DETAILS = /\s+(?:Tel(?:ephone)?|Phone|Mob(?:ile)?|E['’-]?mail)\.?\s*:?\s*[\d+(@\w].*$/i;
/**
 * "Clerk: Mrs G Dale. 6 Mill Lane, Thorpe, Selby, YO8 9PT": the clerk's postal address after the name's full stop or
 * comma, a house number first and a UK postcode last.
 */
const POSTAL_ADDRESS = /[.,]\s+\d{1,4}\s+\p{Lu}[^,]*(?:,[^,]*){1,5}?,\s*[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b.*$/u;
/** The text without the contact details after a name; a label's colon or a postcode's letters must be there to look for them. */
export const withoutContactDetails = (text: string) => (text.includes(':') || /\d[A-Z]{2}\b/.test(text) ? text.replace(CONTACT_DETAILS, '').replace(POSTAL_ADDRESS, '') : text);

/** "Present; Ann Lowe (AL), …", "Apologies; Tom Reid": a label typed with a semicolon for its colon. */
const SEMICOLON_LABEL = /^(?:Present|Apologies(?: for absence)?|Absent|In attendance|Attendees)\s*;\s*(?=\p{Lu})/iu;

/** `text` with a label's mistyped semicolon made the colon it stands for (the cheap test first: few lines hold one near their start). */
export function withColonTyped(text: string): string {
  // Looked for backwards from the 24th character only: a long line (a document run onto one) is not read whole.
  const semicolon = text.lastIndexOf(';', 24);
  return semicolon > 0 && SEMICOLON_LABEL.test(text) ? `${text.slice(0, semicolon)}:${text.slice(semicolon + 1)}` : text;
}

/**
 * "a. Present", "b) Apologies:": a lettered point of the opening item ("1. Introductions and welcome") labelling its
 * list, as a community council's minutes set those present, the guests and the apologies under their first item. The
 * label without its letter (or its date, below); the text as it is otherwise (told by its second character first: most texts open otherwise).
 */
export function withoutLetterOpening(text: string): string {
  const mark = text.charAt(1);
  if ((mark === '.' || mark === ')') && /^[a-h][.)]\s+(?=\p{Lu})/u.test(text)) return text.replace(/^[a-h][.)]\s+/, '');
  return /^[A-Z0-9]/.test(text) && DATE_BEFORE_LABEL.test(text) ? text.replace(DATE_BEFORE_LABEL, '') : text;
}

/**
 * "March 23 Attendees:", "2024-01-08 Attendees", "12 May Present:": a working group's running notes head each meeting's
 * list with its date; the label is what follows it.
 */
const DATE_BEFORE_LABEL = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)(?:,?\s+\d{4})?\s+(?=(?:Attendees|Attendance|Participants|Present)\b)|^\d{4}-\d{2}-\d{2}\s+(?=(?:Attendees|Attendance|Participants|Present)\b)/;

/** The date a dated attendance heading gives ("#### June 9, 2025 Attendees:"), the notes' only date; null if none. */
export function dateBeforeAttendanceLabel(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 40)) {
    const text = line.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').trim();
    const dated = /^[A-Z0-9]/.test(text) ? DATE_BEFORE_LABEL.exec(text) : null;
    if (dated) return findDate(dated[0]);
  }
  return null;
}

/**
 * "… convened in a regular meeting on …, with the following members present to-wit:", "The following officials were
 * present:": a sentence (the opening one of many US boards' minutes) whose last words introduce those present, listed
 * one a line under it.
 */
const FOLLOWING_PRESENT = /\bthe\s+following\s+(?:[a-z]+\s+){0,2}?(?:were\s+)?present(?:,?\s+to[- ]wit)?\s*:$/i;

/**
 * "The following members could not attend the meeting and the leave of absence was granted to them:" (Indian
 * universities' councils), "The following members were absent:": the sentence over those who sent apologies.
 */
const FOLLOWING_ABSENT = /\bthe\s+following\s+(?:[a-z]+\s+){0,2}?(?:could\s+not\s+attend|were\s+absent|sent\s+(?:their\s+)?apologies)\b[^:]{0,80}:$/i;

/** A sentence closing on those it introduces (FOLLOWING_PRESENT, FOLLOWING_ABSENT), the list under it. */
export function leadSentenceLabel(text: string): AttendanceLabel | null {
  if (!text.endsWith(':')) return null;
  if (FOLLOWING_PRESENT.test(text)) return { attendance: 'present', rest: '', sentence: true };
  return FOLLOWING_ABSENT.test(text) ? { attendance: 'apologies', rest: '', sentence: true } : null;
}
