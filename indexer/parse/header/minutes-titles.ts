// "Minutes of the (annual) meeting of X held on …" lines: the body such a line names, and whether it starts a meeting of
// its own in a file of several.
import { BODY_THEN_MEETING_KIND, BODY_WORDS, GENERIC_BODY, withSubjectAfterOn } from './body-names';
import { endsSentence } from '../lines';
import { findDate, MONTH_NAME, WEEKDAY } from './meeting-fields';
import { firstContentCharacter, isBlank, KIND_OF_SITTING } from '../patterns';

/** "Minutes of the (annual) meeting of X held on …": the start of one meeting's minutes. */
const MEETING_START = /^(?:#{1,6}\s+)?(?:\*\*)?(?:(?:DRAFT|UNCONFIRMED|CONFIRMED|APPROVED)\s+)?MINUTES\s+(?:of|for|from)\s+(?:the|a|an)\b/i;
/** How MEETING_START starts, in any case: most lines are let go by their first character. */
const MEETING_START_CHARACTERS = '#*dDuUcCaAmM';
/**
 * "MINUTES OF THE BOARD OF DIRECTORS MEETING OF THE OTAY WATER DISTRICT" (US special districts), "MINUTES OF THE EIGHTY
 * FOURTH (84TH) SPECIAL COUNCIL MEETING OF MAKHADO MUNICIPALITY" (South African municipalities): the part of the body
 * that met, before "meeting of" and whose it is. A board is named after its owner ("… Water District Board of
 * Directors"); a council is the municipality's own. A "Full Council meeting of X Town Council" is X's full council, which
 * the council's name does not say.
 */
const MEETING_OF_PART = String.raw`(?:(?<!\bfull\s+)council|board\s+of\s+(?:directors|trustees|governors|commissioners|supervisors|education))`;
const BOARD_MEETING_OF = /\bminutes?\s+(?:of|for)\s+(?:the\s+)?(?:\S+\s+){0,4}?(board\s+of\s+(?:directors|trustees|governors|commissioners|supervisors|education))\s+meeting\s+of\b/i;

/**
 * A full stop that ends the body's name: not an abbreviation's inside it, "the R.M. of Sasman No. 336" (a prairie
 * rural municipality's name, its number after "No.").
 */
const NAME_ENDING_STOP = String.raw`\s*\.(?![A-Z]\.|(?<=\bNo\.)\s*\d)(?<!(?:^|\s)[A-Z]\.(?:[A-Z]\.)+)`;
/**
 * "Minutes of the (annual) meeting of X held …" ("Minutes from the Eleventh Meeting of X", as Welsh NHS boards title them): X is the body, as in "Minutes of (the) Proceedings of a Meeting of X held …"
 * (Northern Ireland's councils), "Minutes of Proceedings at Meeting of X held …" (Irish councils) and "MINUTES OF THE
 * NOVEMBER 20, 2012 REGULAR MEETING OF THE COUNCIL OF X" (North American councils, the date before the kind of sitting); a date after it ("… Parish Council" over "14/10/2025, The Old School") ends it. Each run of white space before the name and after it
 * is taken whole (a lookahead and a back-reference, as JavaScript has no possessive quantifier), and the name ends at
 * a character that is not white space: written as `\s+(?:the\s+)?(.+?)(?=\s+…)`, a line with a long run of spaces was
 * tried at each character of the run, and each try read the run to its end (40,000 spaces took 16 s).
 */
const MEETING_OF = new RegExp(
  String.raw`\bminutes?\s+(?:of|for|from)\s+(?:(?:the|a|an)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s+)?(?:${KIND_OF_SITTING}\s+)*(?:proceedings\s+(?:of|at)\s+(?:(?:the|a|an)\s+)?(?:${KIND_OF_SITTING}\s+)*(?=meeting\b))?(?:${MEETING_OF_PART}\s+)?(?:meetings?|proceedings|sitting|session)\s+of(?=(\s+))\1(?:the(?=(\s+))\2)?(?<body>.*?\S)(?=\s+(?:held|on|at|in|which|that|following|formed|founded|established|(?:draft\s+)?minutes|${WEEKDAY}|${MONTH_NAME}\s+\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b|\s*[,(]|${NAME_ENDING_STOP}|\s+-\s|\s*$)`,
  'i',
);
/**
 * "Minutes of the Planning Committee held on …" ("Minutes from the Sesswick Community Council meeting held at …"), white space taken as in MEETING_OF ("minutes of our meeting", "minutes
 * of the previous meeting" and "the minutes of the meeting held on 21 March were considered" name none); a name never
 * runs past a bilingual header's " / " into the other language, nor on into another mention of minutes ("Minutes of
 * adjourned meeting The draft minutes of the meeting held …"). A weekday straight after "meeting" ends the name as "held" does:
 * "Minutes of the" over "ALAMEDA FREE LIBRARY BOARD MEETING" over "WEDNESDAY, JULY 11, 2012", the sentence under them ("… called
 * to order … at 6:05pm") no part of it; so does a date ("MINUTES OF THE X COUNTY COMMISSIONERS' COURT MEETING" over "FEBRUARY 9,
 * 2010", a Texas county's title, the date on the line under it).
 */
const MINUTES_OF_BODY = new RegExp(
  String.raw`\bminutes?\s+(?:of|from|for)(?=(\s+))\1(?:the(?=(\s+))\2)?(?!(?:a|an|the|our|this|that|last|previous|preceding|your|these|its|their|meeting)\b)(?<body>(?:(?!\s\/\s|\sminutes\b).)*?\S)(?=(\s+))\4(?:meeting(?=(\s+))\5)?(?:held|on|at|(?<=meeting\s+)(?:${WEEKDAY}|${MONTH_NAME}(?=\s+\d)))\b`,
  'i',
);

/** "MINUTES of COUNCIL ORDINARY BUSINESS MEETING on …": the council's own meeting and its kind, whose council the letterhead names. */
const COUNCIL_OWN_MEETING = /^council\s+(?:ordinary|annual|extraordinary|special|full|monthly)\b/i;

/** A meeting named by its date ("Tuesday 13th January", "13 January 2021"), not by whose it was. */
const DATED_MEETING = new RegExp(String.raw`^(?:${WEEKDAY}\b|\d)`, 'i');
/**
 * "The minutes of the November monthly meeting held on 16th November were confirmed": last month's meeting, named by its
 * month, with no body's word ("March Town Council" is a town's council).
 */
const MONTH_FIRST = new RegExp(String.raw`^${MONTH_NAME}\s`, 'i');
const namedByMonth = (body: string) => MONTH_FIRST.test(body) && !BODY_WORDS.test(body);
/** "Minutes for February 8, 2003 Board Meeting of …": a meeting named by its date first, month then day, as US minutes write it. */
const MONTH_DAY_FIRST = new RegExp(String.raw`^${MONTH_NAME}\s+\d`, 'i');

const LEADING_MONTH = new RegExp(String.raw`^${MONTH_NAME}\s+(?=\p{Lu})`, 'iu');
const LEADING_MEETING_KIND = /^(?:(?:annual|ordinary|extraordinary|special|regular|monthly)\s+)+(?:(?:parish|town|community|general)\s+)?meeting\s+(?=\p{Lu})/iu;

/**
 * "ACADEMIC COUNCIL The 14th meeting …": a title in capitals, then the header's next line, a sentence in mixed case,
 * joined to it: the name ends with the capitals.
 */
const PROSE_AFTER_CAPITALS = /^([^a-z]*[A-Z]{2}[^a-z]*?)\s+The\s+(?=[a-z\d])/;
const withoutProseAfterCapitals = (body: string) => PROSE_AFTER_CAPITALS.exec(body)?.[1] ?? body;

/** The body a "Minutes of the meeting of X" or "Minutes of X held …" sentence names. */
export function bodyNamedIn(text: string): string | undefined {
  const meetingOf = MEETING_OF.exec(text);
  // "The Minutes of the meeting of Tuesday 13th January were accepted …": last meeting's minutes, named by their date.
  // "MINUTES OF THE ORDINARY MEETING OF HELD IN …": a copy with the council's name taken out names no body.
  // "MINUTE of the MEETING of , , WYRE AND …": a copy with the names taken out before their commas names no body.
  if (meetingOf && (DATED_MEETING.test(meetingOf.groups!.body) || namedByMonth(meetingOf.groups!.body) || /^held\b/i.test(meetingOf.groups!.body) || !/\p{L}/u.test(meetingOf.groups!.body))) return undefined;
  if (meetingOf) {
    const body = withSubjectAfterOn(withoutProseAfterCapitals(meetingOf.groups!.body), text.slice(meetingOf.index + meetingOf[0].length));
    const board = BOARD_MEETING_OF.exec(meetingOf[0]);
    return board && body ? `${body} ${board[1]}` : body;
  }
  const minutesOf = MINUTES_OF_BODY.exec(text);
  // "Minutes of the Annual parish meeting, held at …": the comma before "held" is no part of the name.
  // "Minutes for the Garelochhead Community Council AGM held …": the annual general meeting's initials are no part of the name either.
  const body = minutesOf?.groups!.body.replace(/,$|\s+(?:AGM|EGM)$/, '');
  // "Minutes for Q3 2025-08-14 Present on …": after "for", only words naming a body name one (a quarter and a date do not).
  if (body && /^minutes?\s+for\b/i.test(minutesOf![0]) && !BODY_WORDS.test(body)) return undefined;
  // "Minutes from Monday, January 29, 2018 – 9:00am at …": a meeting named by its date names no body.
  if (body && (namedByMonth(body) || COUNCIL_OWN_MEETING.test(body) || DATED_MEETING.test(body) || MONTH_DAY_FIRST.test(body))) return undefined;
  // "Minutes of the Aston Parish Meeting held at …": "Meeting" is part of a parish meeting's name. "Minutes of the Annual
  // Parish Meeting held at …": with it the words name a kind of meeting, which is no body (every parish holds one), and
  // are returned whole for the callers to read as generic.
  const withMeeting = `${body} Meeting`;
  if (body && minutesOf![5] !== undefined && !BODY_WORDS.test(body) && (BODY_WORDS.test(withMeeting) || GENERIC_BODY.test(withMeeting))) return withMeeting;
  // "MINUTES OF NORTH BURNETT REGIONAL COUNCIL" over "GENERAL MEETING", "ON …": the kind of meeting the council held is no part of its name.
  const kindAfterBody = body && minutesOf![5] !== undefined ? BODY_THEN_MEETING_KIND.exec(withMeeting) : null;
  if (kindAfterBody) return kindAfterBody[1];
  // "Minutes of the Annual Parish Meeting" over "Little Sutton Parish Council": the kind of meeting, then whose it was.
  // "Minutes of the June Liaison Committee held at …": the month it met in, then whose it was.
  const owner = body?.replace(LEADING_MEETING_KIND, '').replace(LEADING_MONTH, '');
  return owner !== body && BODY_WORDS.test(owner!) ? owner : body;
}

/** Whether a line is a title of minutes ("Minutes of the Parish Council Meeting held on …"), whether or not it names whose. */
export function isMinutesTitle(line: string): boolean {
  return MEETING_START_CHARACTERS.includes(firstContentCharacter(line)) && MEETING_START.test(line.trim());
}

/** Meetings start at "Minutes of …" lines that are followed by a date; with fewer than two the file is one meeting. */
export function isMeetingAnchor(lines: string[], index: number): boolean {
  const line = lines[index];
  const first = firstContentCharacter(line);
  if (!MEETING_START_CHARACTERS.includes(first) || !MEETING_START.test(line.trim())) return false;
  // "…, seconded by Cllr Ruiz, the" / "minutes of the February meeting held on 12th February 2024 were adopted.": a
  // sentence the page wrapped before "minutes" goes on; it starts no meeting.
  if (first === 'm' && index > 0 && !isBlank(lines[index - 1]) && !endsSentence(lines[index - 1])) return false;
  // "MINUTES OF THE MEETING HELD ON 18 APRIL" heads the item confirming last minutes; a meeting's start names its body.
  const named = bodyNamedIn(line);
  return !!named && !GENERIC_BODY.test(named.trim()) && findDate(lines.slice(index, index + 4).join(' ')) !== null;
}
