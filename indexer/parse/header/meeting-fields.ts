// Dates, start times, bodies and venues as printed in meeting headers.
import { councilAndCommittee, councilFirst, GENERIC_BODY } from './body-names';
import { addsNothingTo } from './heading-qualifiers';
import { sameWordsAs } from './meeting-held-by';
import type { DateOrder } from './date-order';
import { dateInFigures, isoDate, twoFigureYear } from './dates-in-figures';
import { collapseWhiteSpace, MEETING_KINDS } from '../patterns';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
/** Welsh councils print their dates in Welsh first ("Dydd Mawrth 11 Mawrth 2025"), often with no English date in the header. */
const WELSH_MONTHS = [
  'ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin',
  'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr',
];
export const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${WELSH_MONTHS.join('|')})\.?`;
/** English ordinals and the Welsh ones ("1af", "2il", "3ydd", "5ed", "11eg", "20fed"). */
const ORDINAL = String.raw`(?:st|nd|rd|th|af|il|ydd|ed|eg|fed)`;
export const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?`;
/** "04/03/2025", "4.3.25": a date in figures, day first as British minutes write it. */
export const DAY_MONTH_YEAR_IN_FIGURES = String.raw`\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b`;

/**
 * "Tuesday, 28th March, 2017", "20 July 2017", "5th of March 2024", "the 9th day of January, 2024", "14-Feb-2024", "14th
 * Jan '25", and "4.00pm1 July 2021" (a printed header's time and date cells run together). "9 th January 2014", "6 th ,
 * October 2010": a PDF's raised ordinal comes out of its text as a word of its own, a comma printed after it; "21stFebruary
 * 2018": a raised ordinal whose space after it was lost; "3rd November2014" and "THURSDAY22 SEPTEMBER 2016", the space
 * before the year or after the weekday lost so. "13 Mai / May 2021": a Welsh council's month in both languages.
 */
export const DAY_MONTH_YEAR = new RegExp(String.raw`(?:\b|(?<=\d[ap]\.?m\.?|\Bday))(\d{1,2})(?:(?: ?${ORDINAL}\b(?: ?,)?)?(?:\s+day)?(?:\s+of)?(?:\s+|-)|(?:st|nd|rd|th)(?=[a-z]))${MONTH_NAME}(?:\s?\/\s?${MONTH_NAME.replace('(', '(?:')})?,?(?:\s+|-|(?=(?:19|20)\d{2}\b))(\d{4}|['‘’]\d{2})\b`, 'i');
/** The days of a month as ordinal words: "the fourteenth of January", "this twenty-first day of March". */
const ORDINAL_DAYS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_DAY_WORDS = String.raw`((?:twenty|thirty)(?:[\s-]+(?:${ORDINAL_DAYS.slice(0, 9).join('|')}))?|twentieth|thirtieth|${ORDINAL_DAYS.join('|')})`;
const YEAR_WORDS = String.raw`((?:two\s+thousand(?:\s+and)?|twenty)(?:\s+(?:${TENS.join('|')})(?:[\s-]+(?:${UNITS.join('|')}))?|\s+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS.join('|')}))?)`;
/** "Tuesday the fourteenth of January, two thousand and twenty-five", "the first day of May twenty twenty-four": a date all in words, as some town councils and formal notices write it. */
const DATE_IN_WORDS = new RegExp(String.raw`\b${ORDINAL_DAY_WORDS}(?:\s+day)?\s+of\s+${MONTH_NAME},?\s+(?:in\s+the\s+year\s+)?${YEAR_WORDS}\b`, 'i');
/** "March 5, 2024", "March 5th 2024", and "NOVEMBER 17,2003" (a scanned page's text, the space after the comma lost). */
export const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b`, 'i');
/** "2024-03-05", "2024.03.05", "2024/03/05": the year first, as ISO and many European and Asian councils print it. */
const ISO_DATE = /\b(\d{4})([-./])(\d{2})\2(\d{2})\b/;
/**
 * "2021-03-02 09:41:17", "2023-01-08T09:18:07": a machine's timestamp, to the second (a page's export or edit time in
 * its metadata, a file's), never how minutes print the day of their meeting.
 */
const TIME_TO_THE_SECOND = /^[ T]\d{2}:\d{2}:\d{2}/;
const isTimestamp = (text: string, after: number) => TIME_TO_THE_SECOND.test(text.slice(after, after + 9));

/** "March", "mar.", "Mawrth" (Welsh) → 3; 0 for no month's name. */
export function monthNumber(name: string): number {
  const welsh = WELSH_MONTHS.indexOf(name.toLowerCase());
  if (welsh >= 0) return welsh + 1;
  const prefix = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

/** "fourteenth" → 14, "twenty-first" → 21. */
function dayFromWords(words: string): number {
  const [first, second] = words.toLowerCase().split(/[\s-]+/);
  if (first === 'twentieth') return 20;
  if (first === 'thirtieth') return 30;
  const tens = first === 'twenty' ? 20 : first === 'thirty' ? 30 : 0;
  return tens + ORDINAL_DAYS.indexOf(tens === 0 ? first : second ?? '') + 1;
}

const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** "two thousand and twenty-five", "twenty twenty-four", "two thousand and nine" → the year; null for a lone "twenty" or "two thousand" (a count more often than a year). */
function yearFromWords(words: string): number | null {
  const rest = words.toLowerCase().replace(/^(?:two\s+thousand(?:\s+and)?|twenty)\s*/, '').split(/[\s-]+/).filter((word) => word !== '');
  if (rest.length === 0) return null;
  const [first, second] = rest;
  const unit = (word: string | undefined) => (word === undefined ? 0 : UNITS.indexOf(word) + 1);
  if (TENS.includes(first)) return 2000 + (TENS.indexOf(first) + 2) * 10 + unit(second);
  if (TEENS.includes(first)) return 2010 + TEENS.indexOf(first);
  return 2000 + unit(first);
}

/** "2025" → 2025, "'25" → 2025. */
const fullYear = (year: string) => (/^\d{4}$/.test(year) ? Number(year) : twoFigureYear(year.slice(1)));

const dayFirst = (): DateOrder => 'day-first';
/** The first written date as YYYY-MM-DD, or null. Words win over numbers: "5/3/24" is only read, in `order`, when no month is named. */
/** "4th and " (or "14-", "4 & ") right before a day, month and year: a meeting held on two days, named by both ("Item 4 - 12 March" is no such pair). */
const FIRST_OF_TWO_DAYS = /(?:^|\s)(\d{1,2})(?:(?:st|nd|rd|th)?\s+(?:and|&)\s+|[-–])$/;

/** "4th and 13th September 2017", "14-15 March 2024": a two-day meeting's first day (before the date read at `at`), or null. */
function firstDayBefore(text: string, at: number): number | null {
  if (at === 0) return null;
  const before = FIRST_OF_TWO_DAYS.exec(text.slice(Math.max(0, at - 12), at));
  return before && Number(before[1]) < Number(/^\d+/.exec(text.slice(at))?.[0]) ? Number(before[1]) : null;
}

export function findDate(text: string, order: () => DateOrder = dayFirst): string | null {
  // The patterns' spaces are all \s+, so runs of white space need no collapsing first (a costly copy of a long text).
  const candidates: { index: number; date: string | null }[] = [];
  const dayMonthYear = DAY_MONTH_YEAR.exec(text);
  if (dayMonthYear) {
    const day = firstDayBefore(text, dayMonthYear.index) ?? Number(dayMonthYear[1]);
    candidates.push({ index: dayMonthYear.index, date: isoDate(fullYear(dayMonthYear[3]), monthNumber(dayMonthYear[2]), day) });
  }
  const inWords = DATE_IN_WORDS.exec(text);
  const yearInWords = inWords ? yearFromWords(inWords[3]) : null;
  if (inWords && yearInWords !== null) candidates.push({ index: inWords.index, date: isoDate(yearInWords, monthNumber(inWords[2]), dayFromWords(inWords[1])) });
  const monthDayYear = MONTH_DAY_YEAR.exec(text);
  if (monthDayYear) candidates.push({ index: monthDayYear.index, date: isoDate(Number(monthDayYear[3]), monthNumber(monthDayYear[1]), Number(monthDayYear[2])) });
  const iso = ISO_DATE.exec(text);
  if (iso && !isTimestamp(text, iso.index + iso[0].length)) candidates.push({ index: iso.index, date: isoDate(Number(iso[1]), Number(iso[3]), Number(iso[4])) });
  const written = candidates.filter((candidate) => candidate.date !== null).sort((a, b) => a.index - b.index)[0];
  if (written) return written.date;
  return dateInFigures(text, order);
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'in', 'on', 'for', 'to', 'a', 'an', 'at', 'by', 'with']);

/**
 * "CRIME AND DISORDER (OVERVIEW AND SCRUTINY) COMMITTEE" → "Crime and Disorder (Overview and Scrutiny) Committee";
 * initials stay capitals ("THE R.M. OF SASMAN" → "The R.M. of Sasman").
 */
export function titleCaseHeading(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word, index) => {
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      if (/^(?:[a-z]\.){2,}$/.test(word)) return word.toUpperCase();
      return word.replace(/^([^a-z]*)([a-z])/, (_, prefix: string, letter: string) => prefix + letter.toUpperCase());
    })
    .join(' ');
}

/** One to three short words in capitals, then a working group's or a technical committee's initials. */
const ACRONYM_BODY = /^(?:[A-Z0-9][A-Z0-9-]{0,7}\s){1,3}(?:WG|TSC|TAC|TOC|SIG)$/;

/** "BOARD", "PANEL": a body's word alone in capitals, title-cased as any heading's ("PTA", initials, is kept). */
const BODY_WORD_IN_CAPITALS = /^(?:BOARD|PANEL|GROUP|FORUM|TRUST|CLUB|SYNOD)$/;

/** A name printed in capitals is title-cased ("LICENSING SUB-COMMITTEE" → "Licensing Sub-Committee"); one in mixed case is kept as it is. */
export function readableName(name: string): string {
  const trimmed = collapseWhiteSpace(name).trim();
  // "Holloway Parish Council (HPC)": the short form in brackets after a name in mixed case is no part of it.
  // "EDUCATION COMMITTEE of GLENCAIRN COUNCIL" (a Scottish minute's "AT A MEETING of the …"): in capitals but for its small words.
  // "QUIC WG", "OSL TSC": a working group or a project's committee named by initials and short words alone keeps them.
  // "PTA", "PCC" ("Minutes of PTA Meeting"): a body named by its initials alone keeps them; they are no heading in capitals.
  if (ACRONYM_BODY.test(trimmed) || (/^[A-Z]{2,5}$/.test(trimmed) && !BODY_WORD_IN_CAPITALS.test(trimmed))) return trimmed;
  return /[a-z]/.test(trimmed.replace(/\b(?:of|the|and|for)\b/g, '')) ? trimmed.replace(/\s+\([A-Z]{2,6}\)$/, '') : titleCaseHeading(trimmed).replace(/\bSub-committee\b/g, 'Sub-Committee');
}

/** Words that say what kind of authority a council is, not which one. */
const GENERIC_COUNCIL_WORDS = new Set(['county', 'borough', 'district', 'city', 'council', 'metropolitan', 'london', 'of', 'the', 'and', 'town', 'parish', 'community']);
/** "Karooberg Local Municipality", "Shire of Esk", "Tahora District Council": an authority's whole name, no committee of one. */
const WHOLE_AUTHORITY = /^(?:Shire|City|Town|Township|Municipality|Village)\s+of\s+\p{Lu}|\b(?:Municipality|Shire|Council|Corporation|Township|Regional\s+District)$/iu;

/** "Ordinary Council Meeting", "Extraordinary Council": a kind of meeting ("Parish Council" names a council, if not whose). */
const MEETING_OR_KIND = new RegExp(String.raw`\bmeeting\b|^(?:the\s+)?(?:${MEETING_KINDS})\b`, 'i');
const isMeetingKind = (heading: string) => GENERIC_BODY.test(heading) && MEETING_OR_KIND.test(heading);

/**
 * A committee named without its authority ("Crime and Disorder (Overview and Scrutiny) Committee") is
 * qualified with the council heading above it; a name that already says whose it is ("Kent and Medway
 * Police and Crime Panel" under "KENT COUNTY COUNCIL") is kept as printed.
 */
export function qualifyBody(committee: string, councilHeading: string | null): string {
  // "… of the Urban District Council of Rishton, held …" under "RISHTON URBAN DISTRICT COUNCIL.": one name, as the heading prints it.
  if (councilHeading && !/\bof\b/i.test(councilHeading) && sameWordsAs(committee, councilHeading)) return readableName(councilHeading);
  // "Licensing Committee of Eastmoor District Council" names its council itself, whatever the heading above it.
  const ownCouncil = councilFirst(committee);
  // "Extraordinary Council Meeting" over "Minutes of Kaiwaka District Council": a kind of meeting names no one's council.
  if (ownCouncil || !councilHeading || isMeetingKind(councilHeading)) return ownCouncil ?? committee;
  const council = readableName(councilHeading);
  if (addsNothingTo(committee, council)) return committee;
  // "SPECIAL COUNCIL MEETING MINUTES" over "… of the Karooberg Local Municipality": a generic title qualifies no authority named whole.
  if (GENERIC_BODY.test(council) && WHOLE_AUTHORITY.test(committee)) return committee;
  // "Kirk Malew Parish Commissioners" over "… Meeting of the Commissioners": the body names itself so, short.
  if (council.toLowerCase().endsWith(` ${committee.toLowerCase()}`)) return council;
  const overlapping = overlappingName(council, committee);
  if (overlapping) return overlapping;
  const committeeWords = new Set(committee.toLowerCase().split(/\W+/));
  const distinctive = council.toLowerCase().split(/\W+/).filter((word) => word && !GENERIC_COUNCIL_WORDS.has(word));
  return distinctive.some((word) => committeeWords.has(word)) ? committee : `${council} ${committee}`;
}

/** The word for an organisation that its board's name starts with: "Trust Board", "Authority Board", a trade union branch's "Branch Committee". */
const JOINING_BODY_WORDS = new Set(['trust', 'authority', 'partnership', 'corporation', 'branch']);

/**
 * "Tamar and Exe Combined Authority" over "… meeting of the Combined Authority Board": the committee's name starts with
 * the last words of its authority's (two or more, or one such as "Trust"), so the authority's name runs on into it, not before it in full.
 */
function overlappingName(council: string, committee: string): string | null {
  const councilWords = council.split(' ');
  const committeeWords = committee.split(' ');
  // "Wealdmoor Community Health NHS Trust" over "… the Trust Board meeting": one word that names the organisation is shared too.
  const fewest = JOINING_BODY_WORDS.has(committeeWords[0].toLowerCase()) ? 1 : 2;
  for (let shared = Math.min(councilWords.length - 1, committeeWords.length - 1); shared >= fewest; shared -= 1) {
    const tail = councilWords.slice(-shared).join(' ').toLowerCase();
    if (committeeWords.slice(0, shared).join(' ').toLowerCase() === tail) return `${council} ${committeeWords.slice(shared).join(' ')}`;
  }
  return null;
}

/**
 * "Date of decision: 12/03/2025" (a ModernGov decision page prints it at the foot), "Meeting date:", "Date of meeting:",
 * and the label in a table's cell with the date in the next ("Date of meeting", a tab or a gap, "19/03/2025").
 */
const MEETING_DATE_LABEL = /^(?:\*\*)?(?:Date of (?:the )?(?:meeting|decision)|(?:Meeting|Decision) date)(?:\s*:\s*(?:\*\*)?\s*|\s{2,})(\S.*)$/i;

/** The date a label near the top names as the meeting's (or decision's), before any date the prose mentions; null if none. */
export function labelledMeetingDate(lines: string[], order: () => DateOrder = dayFirst): string | null {
  for (const line of lines.slice(0, 60)) {
    const labelled = line.includes(':') || line.includes('  ') ? MEETING_DATE_LABEL.exec(line.trim()) : null;
    const date = labelled ? findDate(labelled[1], order) : null;
    if (date) return date;
  }
  return null;
}

/** An organisation that is no council and has a council of its own: a students' union, a university ("University of X"), a church. */
const ORGANISATION_WITH_COUNCIL = /\b(?:Union|University|College|Society|Association|Church|Diocese)\b/i;

/**
 * A committee's name qualified by its council's; "Wexcombe Parish Council – Planning Committee" alone names both.
 * "Harrowgate University Students' Union" over "Union Council", "UNIVERSITY OF X" over "COUNCIL" (its governing body):
 * the council is the organisation's own, named after it.
 */
export function committeeBody(committee: string, councilHeading: string | null): string {
  if (councilHeading && ORGANISATION_WITH_COUNCIL.test(committee) && /^(?:\p{Lu}[\p{L}'’-]*\s+)?Council$/iu.test(councilHeading)) return `${readableName(committee)} ${readableName(councilHeading)}`;
  const both = councilHeading ? null : councilAndCommittee(committee);
  return both ? qualifyBody(readableName(both.committee), both.council) : qualifyBody(readableName(committee), councilHeading);
}

/** "Council Chamber, Sessions House, County Hall, Maidstone. View directions" → the place only. */
export function cleanVenue(venue: string): string | null {
  const cleaned = collapseWhiteSpace(venue.replace(/\.?\s*View directions\.?\s*$/i, ''))
    .replace(/[.,;:]\s*$/, '')
    .trim();
  return cleaned === '' ? null : cleaned;
}

/** How long a running header or footer line can be. */
const MAX_RUNNING_LINE = 160;
/** "… – Minutes – 12 February 2024 – Page 1 of 2", "Audit Committee   14 March 2024   Page 2 of 2": a page's running line. */
const RUNNING_LINE = /^\s*Page\s+\d{1,4}\b|\bPage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$/i;

/** "Page 1 of 2" alone: a page's number on a line of its own, under the rest of its running line. */
const PAGE_NUMBER_ALONE = /^\s*Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$/i;
/** "People and Resources Committee – 16 June 2025": a running line's name and date, parted by a dash or a bar. */
const NAME_APART_FROM_DATE = /\S\s+[-–—|]\s+\S/;

/**
 * "People and Resources Committee – 16 June 2025" over "Page 1 of 1": the date of a running line whose page number the
 * page set on a line of its own (a footer wider than the page, printed), the line right above it; null if it has none.
 */
function dateAbovePageNumber(lines: readonly string[], index: number): string | null {
  const above = lines[index - 1]?.trim() ?? '';
  if (above.length > MAX_RUNNING_LINE || !NAME_APART_FROM_DATE.test(above) || /[.!?]$/.test(above)) return null;
  return findDate(above);
}

/**
 * The date printed in a running header or footer, for minutes whose heading gives none: the first short line that
 * numbers its page and holds a date (or stands under the line holding it). Read only when the header had no date.
 */
export function dateInRunningLines(lines: readonly string[]): string | null {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.length > MAX_RUNNING_LINE || !(line.includes('age') || line.includes('AGE'))) continue;
    if (!RUNNING_LINE.test(line)) continue;
    const date = findDate(line) ?? (PAGE_NUMBER_ALONE.test(line) ? dateAbovePageNumber(lines, index) : null);
    if (date) return date;
  }
  return null;
}

/** "minutes-2024-02-12.pdf", "PC_20240212_minutes.docx": a date in the file's name, year first (tried before any other order). */
const DATE_IN_FILE_NAME = /(?:^|[^\d])(20\d{2}|19\d{2})([-_.]?)(\d{2})\2(\d{2})(?!\d)/;

/** The date a file's name gives (year, month, day in that order), or null. */
export function dateInFileName(file: string): string | null {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const match = DATE_IN_FILE_NAME.exec(name);
  if (match) return isoDate(Number(match[1]), Number(match[3]), Number(match[4]));
  // "Minutes 12.02.2025.pdf", "minutes-12-feb-2025.txt", "PC_Minutes_12th_February_2025.docx": the day first, as written.
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/_/g, ' ');
  return findDate(base) ?? (base.includes('-') ? findDate(base.replace(/-/g, ' ')) : null);
}
