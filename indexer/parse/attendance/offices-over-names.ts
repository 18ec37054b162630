// A small council's roll typed as a web page's lines: under "Present:", each office-bearer's office on a line of its own
// over the name of its holder ("In the chair" / "Stan Paterson" / "Vice-chair" / "Jim Gardiner" / "Secretary" / …),
// then the other members under a label of their own. Each pair is set on one line as "Name (Office)", the line the
// attendance rules read as one person with a role ("Secretary" alone would read as a label of officers in attendance).
import { attendanceLabelOf } from './attendance-labels';
import { UNTITLED_NAME } from './person-words';
import { contentLineFrom } from '../patterns';

/** How far into a document the header's roll is looked for. */
const HEADER_LINES = 60;
/** Fewer pairs than this are no such roll (a list's "Secretary" over a name may be a one-off). */
const MIN_PAIRS = 2;
/** An office-bearer's office alone on its line, as community councils and village bodies name them. */
const OFFICE_LINE = /^(?:in\s+the\s+chair|(?:vice|deputy)[- ]?(?:chair(?:man|woman|person)?|convener)|chair(?:man|woman|person)?|convener|(?:minutes?\s+)?secretary|treasurer|president|vice[- ]president)$/i;
/** A name alone on its line: untitled, or a title and a name. */
const NAME_LINE = /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** Whether a line names one person only (no label, no office). */
const isNameLine = (line: string) => NAME_LINE.test(line) && !OFFICE_LINE.test(line) && attendanceLabelOf(line) === null && (UNTITLED_NAME.test(line) || /\s/.test(line));

/** `lines` with each office over its holder's name, under a "Present:" label alone, set as "Name (Office)"; the same array when none is. */
export function withOfficesOverNamesPaired(lines: string[]): string[] {
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < limit; index += 1) {
    const line = lines[index].trim();
    // A label alone is short: most lines are let go on their length or first letter.
    if (line === '' || line.length > 20 || (line[0] !== 'P' && line[0] !== 'p')) continue;
    const label = attendanceLabelOf(line);
    if (label === null || label.rest !== '' || label.attendance !== 'present') continue;
    const stacked = officesStackedOverNames(lines, index);
    if (stacked !== null) return stacked;
    const pairs: Array<[number, number]> = [];
    for (let office = contentLineFrom(lines, index + 1); office < lines.length && OFFICE_LINE.test(lines[office].trim()); ) {
      const name = contentLineFrom(lines, office + 1);
      if (name >= lines.length || !isNameLine(lines[name].trim())) break;
      pairs.push([office, name]);
      office = contentLineFrom(lines, name + 1);
    }
    if (pairs.length < MIN_PAIRS) continue;
    const paired = [...lines];
    for (const [office, name] of pairs) {
      paired[name] = `${lines[name].trim()} (${lines[office].trim()})`;
      paired[office] = '';
    }
    return paired;
  }
  return lines;
}

/** The members' column title, under the offices: the names after the offices' holders are the members'. */
const MEMBERS_LINE = /^Members$/i;

/**
 * "Present" over a table's two columns copied one after the other (a New Zealand council's InfoCouncil page): the
 * offices ("Chairperson" / "Deputy Chairperson" / "Members"), then the names, the first under the first office, the
 * second under the second, the rest under the last ("Members"). Each holder is set as "Name (Office)", the members'
 * names as they are; null when the lines under the label are no such columns.
 */
function officesStackedOverNames(lines: string[], label: number): string[] | null {
  const offices: number[] = [];
  let at = contentLineFrom(lines, label + 1);
  for (; at < lines.length && (OFFICE_LINE.test(lines[at].trim()) || MEMBERS_LINE.test(lines[at].trim())); at = contentLineFrom(lines, at + 1)) offices.push(at);
  if (offices.length < 2) return null;
  const names: number[] = [];
  for (; at < lines.length && isNameLine(lines[at].trim()); at = contentLineFrom(lines, at + 1)) names.push(at);
  const membersLast = MEMBERS_LINE.test(lines[offices[offices.length - 1]].trim());
  if (names.length < offices.length || (!membersLast && names.length !== offices.length)) return null;
  const paired = [...lines];
  offices.forEach((office, order) => {
    if (!(membersLast && order === offices.length - 1)) paired[names[order]] = `${lines[names[order]].trim()} (${lines[office].trim()})`;
    paired[office] = '';
  });
  return paired;
}
