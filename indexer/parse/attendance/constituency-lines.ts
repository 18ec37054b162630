// Those present listed under the name of the place or body each represents, as joint committees, forums of community
// councils and school reorganisation committees print them: "Bar Harbor:  Paul Murphy   Mount Desert:  Patrick
// Smallidge" (several groups on one line, gaps between), "Kilmaronock: Andrew Sinnott (Forum Secretary), Apologies from
// Gavin MacLellan", "Bowling and Milton: No rep". The place is no one; a person it is the only one listed for takes it as
// their role, as a body's name before one person does (grouped-lists.ts).
import type { AttendanceKind } from '../../../core/types';
import type { AttendanceLabel } from './attendance-labels';
import { attendeesFromList } from './attendee-lists';
import { tailOf } from '../patterns';

/** "Mount Desert:", "Parkhall, North Kilbowie & Central:": a place's or body's name in capitalised words, then a colon. */
const GROUP_LABEL = /(?:^|\s{2,})(\p{Lu}[\p{L}'’.-]*(?:,?\s(?:and|of|the|upon|on|&|\p{Lu}[\p{L}'’.-]*)){0,5})\s?:\s+/gu;
const GROUP_LABEL_AT_START = new RegExp(GROUP_LABEL.source, 'uy');
/** Labels a meeting's header gives facts or other lists under, never a place someone represents. */
const FACT_LABEL =
  /^(?:venue|place|location|where|date|time|start|subject|title|re|minutes|meeting|apologies|present|absent|attend\w*|members?|public|officers?|staff|guests?|visitors?|recorder|chair\w*|clerk|secretary|treasurer|note|notes|agenda|item|action|declarations?|matters|opening)\b/i;
/** "Soderlund. Absent": a list's last name wrapped before the next block's label, no group's name. */
const factAfterSentence = (label: string) => label.includes('. ') && FACT_LABEL.test(label.slice(label.lastIndexOf('. ') + 2));
/** A line ending on "and", "of", "the", "&", a comma or a semicolon: the next one goes on with its list. */
const HANGING_END = /(?:\b(?:and|of|the)|[&,;])$/;
/** A word in lower case outside brackets (but "and"): prose, not a list of names. */
const PROSE_WORD = /(?:^|\s)(?!(?:and|de|van|von|le|la)\s)\p{Ll}/u;
/** "No rep", "No working CC", "Vacant": a group no one came for. */
const NO_ONE = /^(?:no\s+(?:rep(?:resentative)?s?|working\b.*|one)|vacant)\.?$/i;
/** "Apologies from Fiona Jenkins": the group's apologies after those who came. */
const APOLOGIES_FROM = /(?:^|,?\s+)apologies\s+(?:from|received\s+from)\s+/i;
/** A person's name as such lists print it: a title or not, then two or three capitalised words or initials and a surname. */
const PERSON_NAME = /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|PC|PCSO)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.?)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.?)){0,2}\s+\p{Lu}[\p{L}'’-]+$/u;
/**
 * "BAILIES", "Councillors", "ALDERMEN": the name of a rank of members alone on a line, heading the names under it; a
 * club's or a society's "Members" (or "Ordinary members", "Committee members") under its "Attendance" heading likewise.
 */
const RANK_GROUP_LINE = /^(?:BAILIES|Bailies|COUNCILLORS|Councillors|ALDERMEN|Aldermen|CONVENERS|Conveners|MEMBERS|(?:(?:Ordinary|Full|Voting|Committee|Board|Financial|Life)\s+)?[Mm]embers)$/;
/** "Non-members", "Visitors" under the same heading: people who came, not members. */
const VISITOR_GROUP_LINE = /^(?:Non-?\s?members|NON-?\s?MEMBERS|Visitors|VISITORS|Guests|GUESTS|Observers|OBSERVERS)$/;
/** Words of a room or a building, which "Venue: Village Hall" would otherwise list as a person. */
const PLACE_WORD = /\b(?:Hall|Room|Chamber|Centre|Center|Church|School|House|Street|Road|Office|Library|Pavilion|Institute|Club)\b/;

/**
 * A line of groups under an open block of `attendance` ("Present:"), not wrapped from the line `above`, as a label
 * opening their list: the people who came (the only one of a group with the group as their role), then those who sent
 * apologies after an inline label; null when the line is not one: every person a person's name (a group no one came
 * for names none).
 */
export function groupLineLabel(line: string, attendance: AttendanceKind, above = ''): AttendanceLabel | null {
  // "BAILIES" over "George REGAN" / "Willie SAWERS", then "COUNCILLORS" over more: a Scottish city council's members
  // grouped by rank under "Present:-", each group's name alone on its line; the list goes on under it.
  if (RANK_GROUP_LINE.test(line)) return { attendance, rest: '' };
  if (VISITOR_GROUP_LINE.test(line)) return { attendance: 'in attendance', rest: '' };
  // "… Argyll and" over "Lomond Council: Cllr Jean Tait": a body's name wrapped from the line above, no group of its own.
  if (!line.includes(':') || HANGING_END.test(tailOf(above, 4))) return null;
  // The line must open with a label: that is looked at before all of a line's labels are (a line can be a document).
  GROUP_LABEL_AT_START.lastIndex = 0;
  if (!GROUP_LABEL_AT_START.test(line)) return null;
  GROUP_LABEL.lastIndex = 0;
  const labels = [...line.matchAll(GROUP_LABEL)];
  if (labels.length === 0 || labels[0].index !== 0 || labels.some((label) => FACT_LABEL.test(label[1]) || factAfterSentence(label[1]))) return null;
  const came: string[] = [];
  const apologies: string[] = [];
  for (const [position, label] of labels.entries()) {
    const value = line.slice(label.index + label[0].length, labels[position + 1]?.index ?? line.length).trim();
    if (NO_ONE.test(value)) continue;
    const [present, sentApologies] = value.split(APOLOGIES_FROM, 2).map((part) => part.trim().replace(/,$/, ''));
    // Each group names people: a list of names (no prose), each read as a person's name.
    for (const [part, attending] of [[present, attendance], [sentApologies ?? '', 'apologies']] as const) {
      if (part !== '' && !(namesPeople(part, attending) && !NO_ONE.test(part))) return null;
    }
    if (present !== '') came.push(withGroupRole(present, label[1]));
    if (sentApologies) apologies.push(sentApologies);
  }
  if (came.length === 0 && apologies.length === 0) return labels.length > 1 || NO_ONE.test(line.slice(labels[0][0].length).trim()) ? { attendance, rest: '' } : null;
  if (came.length === 0) return { attendance: 'apologies', rest: apologies.join(', ') };
  return { attendance, rest: apologies.length === 0 ? came.join(', ') : `${came.join(', ')}; Apologies: ${apologies.join(', ')}` };
}

/** Whether a group's text lists people: no prose, and each one it reads a person's name, not a room's. */
function namesPeople(text: string, attendance: AttendanceKind): boolean {
  if (PROSE_WORD.test(text.replace(/\([^()]*\)/g, ''))) return false;
  const people = attendeesFromList(text, attendance);
  return people.length > 0 && people.every((person) => PERSON_NAME.test(person.name) && !PLACE_WORD.test(person.name));
}

/** "Paul Murphy" under "Bar Harbor" → "Paul Murphy (Bar Harbor)": the only person of a group, with no office of their own. */
const withGroupRole = (people: string, group: string) => (/,|\band\b|&|\(/.test(people) ? people : `${people} (${group})`);
