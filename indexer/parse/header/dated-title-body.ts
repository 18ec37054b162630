// A dated title's line naming the body that met: "Little Witton Parish Council minutes 5 June 2024", "Kelby Town Council
// Monthly Meeting 15th January 2014", "Technical Steering Committee (TSC) Meeting 2023-12-20".
import { BODY_WORDS, DATE_IN_TITLE, ENDS_IN_BODY_WORD, GENERIC_BODY, HELD_AT_PLACE, MINUTES_BEFORE_NAME, namesBody, TITLE_WORDS_AFTER_NAME } from './body-names';

/** A whole date at a title's start: "2025-03-11", "11/03/2025", "Tuesday 11th March 2025". */
const LEADING_DATE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*/iu;
/** "March 14, 2019", "Jun 6, 2022": a date with its month first, as US and open-source projects' titles give it. */
const MONTH_FIRST_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/i;
/**
 * "Node.js Foundation TSC", "Upgrades WG", "TWG", "Node.js core team": a project's steering committee, board, council or
 * working group named by its initials (ending in the committee's, council's, board's or group's letter), or its team, as
 * open-source projects and standards bodies title their meetings' notes "<name> Meeting <date>" and nothing else.
 */
const GROUP_INITIALS_END = /(?:^|\s)(?:[A-Z]{1,4}[CBG]|SIG|BoD|[Tt]eam)$/;
/** "TWG", "ASWF TAC": a group's initials alone (its project's before them), kept as printed: no words in capitals to title-case. */
export const isInitialsAlone = (name: string) => /^[A-Z]{2,6}(?:\s[A-Z]{2,6}){0,2}$/.test(name) && GROUP_INITIALS_END.test(name) && !BODY_WORDS.test(name);
/** Whether a name before a title's date is a body's: its word at the end, or (with nothing but a meeting and its date after it) a group's initials. */
const endsInGroupName = (name: string) => ENDS_IN_BODY_WORD.test(name) || GROUP_INITIALS_END.test(name);
/** "… Statutory Meeting Tuesday 20th January 2015 at 1830 hours at Commissioners Office.": the hour and the place after a dated title's date. */
const TIME_AND_PLACE_AFTER_DATE = /^(?:,?\s*(?:at|commencing\s+at)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs)?)?(?:,?\s*(?:at|in)\s+[^.]{1,80})?\.?\s*$/i;
/** "MINUTES Parish Council …", "Minutes Harbour Board …": the word alone before a capitalised name (case kept: "minutes" in prose is no title). */
const MINUTES_WORD_BEFORE_NAME = /^(?:MINUTES|Minutes)\s+(?=[A-Z])/;
/**
 * " (TSC)", " (ARC)": the initials a body goes by, in brackets after its full name in a title ("Technical Steering
 * Committee (TSC) Meeting 2023-12-20", "Audit and Risk Committee (ARC) Meeting 4 March 2025"); no part of the name.
 */
const INITIALS_AFTER_NAME = /\s+\([A-Z][A-Za-z&]{1,7}\)$/;
/** How far from a name's end its bracketed initials can start: " (TSC)" and room to spare. */
const INITIALS_REACH = 16;
/** The name a dated title gives before its date, without the title's own words and the body's initials after it. */
const nameBeforeDate = (text: string) => {
  const name = text.replace(TITLE_WORDS_AFTER_NAME, '');
  // Only a name ending in a bracket can end in initials; only its tail is read (a run of spaces is not tried space by space).
  return name.endsWith(')') ? name.slice(0, -INITIALS_REACH) + name.slice(-INITIALS_REACH).replace(INITIALS_AFTER_NAME, '') : name;
};
/** Longer lines are not titles (and the patterns above need not read a one-line document). */
const MAX_TITLE_LENGTH = 300;

/**
 * The body a dated title names with "Minutes" beside it and no dash before the date: "Little Witton Parish Council
 * minutes 5 June 2024", "Minutes: Witton Parish Council, 5th June 2024", "Witton Town Council: Minutes of 5 June 2024".
 * Read from the first lines holding a date; null when what is left names no body or only a kind of meeting.
 */
export function bodyOnDatedTitle(lines: string[]): string | null {
  for (const line of lines.filter((text) => text !== '').slice(0, 3)) {
    if (line.length > MAX_TITLE_LENGTH) continue;
    // "Coldharbour Magna PC: Minutes of the Ordinary Meeting held on …": the name before the colon, whatever the title
    // says after it (its date may be wrapped onto the next line).
    const beforeColon = NAME_BEFORE_MINUTES.exec(line)?.[1];
    const ownDate = beforeColon === undefined ? DATE_IN_TITLE.exec(line) : null;
    // A date with its month first is read in a title that is a name and its meeting's date only (nameThenDate), not
    // "Vestry Minutes - March 18, 2019", whose body the minutes' own sentence names more fully.
    const date = ownDate ?? (beforeColon === undefined && !/\b(?:minutes|notes)\b/i.test(line) ? MONTH_FIRST_DATE.exec(line) : null);
    // "KELBY TOWN COUNCIL 18th JANUARY 2011", "Audit Committee, 07 Nov 2006", "Kelby Town Council Monthly Meeting 15th January 2014": a body's name (and the meeting) and a date, all the line says, is a title too.
    const leading = date !== null && date.index > 0 ? LEADING_DATE.exec(line.slice(date.index)) : null;
    const nameThenDate = leading !== null && TIME_AND_PLACE_AFTER_DATE.test(line.slice(date!.index + leading[0].length)) && endsInGroupName(nameBeforeDate(line.slice(0, date!.index)));
    if (beforeColon === undefined && (!date || !(nameThenDate || (ownDate && /\b(?:minutes|notes)\b/i.test(line))))) continue;
    // "2025-03-11 Tenant Scrutiny Panel meeting notes" (a wiki's meeting notes page): the date first, the name after it.
    const beforeDate = date?.index === 0 ? line.replace(LEADING_DATE, '') : line.slice(0, date?.index);
    // "Minutes of the Annual Parish Meeting held at the Village Hall, on 3 May 2024": where it was held is no part of the name.
    // "MINUTES Parish Council Meeting Wednesday 24th June 2020": what the document is, before the name, with nothing between.
    const name = beforeColon ?? beforeDate.replace(MINUTES_BEFORE_NAME, '').replace(MINUTES_WORD_BEFORE_NAME, '').replace(HELD_AT_PLACE, '').replace(TITLE_WORDS_AFTER_NAME, '').trim();
    // "Technical Steering Committee (TSC) Meeting 2023-12-20": with nothing but the date after them, the initials go.
    const named = nameThenDate ? nameBeforeDate(name) : name;
    if (named.length > 0 && named.length <= 120 && (namesBody(named) || (nameThenDate && GROUP_INITIALS_END.test(named))) && !GENERIC_BODY.test(named)) return named;
  }
  return null;
}

/** "<name>: Minutes of …", "<name>: Draft minutes …": a title naming its body first, before a colon. */
const NAME_BEFORE_MINUTES = /^([^:]{3,80}?)\s*:\s+(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes|notes)\b/i;

