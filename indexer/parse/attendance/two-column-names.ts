// A Scottish community council's sederunt printed as two columns of names and copied as text: under the minutes' title,
// "David Allen Victoria MacBrayne" over "Catherine Dobbie Archibald Martin", two members a line and no label, those
// present. The lines are set out as one "Present:" list, one name a line, the left column's before the right's.
import { BODY_WORDS } from '../header/body-names';
import { OFFICE_WORDS } from './person-words';
import { attendanceLabelOf } from './attendance-labels';
import { isBlank } from '../patterns';

/** How far into a document the header's list is looked for. */
const HEADER_LINES = 30;
/** How many lines of two names make such a list (fewer could be a title's lines). */
const MIN_ROWS = 3;

/** A first name and a surname, each one capitalised word ("Kristin Gillies", "Victoria MacBrayne", "Mary O’Neill"). */
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{L}'’-]+`;
/** "David Allen Victoria MacBrayne": two names and nothing else. */
const TWO_NAMES = new RegExp(String.raw`^\s*(${NAME})\s+(${NAME})\s*$`, 'u');
/** "Ian Mitchell": the last row of a column longer than the other. */
const ONE_NAME = new RegExp(String.raw`^\s*(${NAME})\s*$`, 'u');

/** `lines` with such a list in the header set out as one list of those present; the same array when there is none. */
export function withTwoColumnNamesListed(lines: string[]): string[] {
  const end = Math.min(lines.length, HEADER_LINES);
  for (let start = 0; start < end; start += 1) {
    const rows = twoNameRows(lines, start);
    // A sederunt lists its members by surname, each column in order: Title Case lines of other words are seldom so.
    if (rows.left.length < MIN_ROWS || !bySurname(rows.left) || !bySurname(rows.right)) continue;
    const labelled = start > 0 && attendanceLabelOf(lines[start - 1].trim()) !== null;
    // One name a line, as a list is set under its label: no blank line is added, as a text without them has its
    // paragraphs told apart otherwise.
    return [...lines.slice(0, start), ...(labelled ? [] : ['Present:']), ...rows.left, ...rows.right, ...lines.slice(rows.next)];
  }
  return lines;
}

/** The names of the two-name rows from `start` on (a last row of one name ends them), and the line after them. */
function twoNameRows(lines: string[], start: number): { left: string[]; right: string[]; next: number } {
  const left: string[] = [];
  const right: string[] = [];
  let index = start;
  for (; index < lines.length && !isBlank(lines[index]); index += 1) {
    const pair = TWO_NAMES.exec(lines[index]);
    if (pair && isPersonName(pair[1]) && isPersonName(pair[2])) {
      left.push(pair[1]);
      right.push(pair[2]);
      continue;
    }
    const single = left.length >= MIN_ROWS ? ONE_NAME.exec(lines[index]) : null;
    if (single && isPersonName(single[1])) {
      left.push(single[1]);
      index += 1;
    }
    break;
  }
  return { left, right, next: index };
}

/** "And", "Of", "The": the small words of a title in Title Case, which no one's name holds. */
const TITLE_CASE_SMALL_WORD = /\b(?:And|Of|The|For|To|In|On|At|By|With|From|A|An)\b/;

/** Two capitalised words that name no body and no office ("Planning Committee", "Town Clerk" are none). */
function isPersonName(name: string): boolean {
  return !TITLE_CASE_SMALL_WORD.test(name) && !BODY_WORDS.test(name) && !OFFICE_WORDS.test(name);
}

/** Whether names ("Ann Bell", "Cara Dunn") come in the order of their surnames. */
function bySurname(names: string[]): boolean {
  const surnames = names.map((name) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
  return surnames.every((surname, index) => index === 0 || surnames[index - 1].localeCompare(surname) <= 0);
}
