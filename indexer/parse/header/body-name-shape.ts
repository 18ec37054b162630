// Whether what a header's rules read as the body is shaped as a name: a run of header text or a sentence is not one.
import { BODY_WORDS, ENDS_IN_BODY_WORD, GENERIC_BODY, POSTED_BEFORE_NAME, withoutMeetingOf, withoutMinutesAfterBody } from './body-names';
import { SMALL_WORDS } from '../items/capitals';
import { MONTH_NAME, WEEKDAY } from './meeting-fields';
import { KIND_OF_SITTING } from '../patterns';

/** A body's name longer than this many words is a run of header text, not a name. */
const MAX_BODY_WORDS = 16;
/** Words a name leaves in lower case (a sentence holds more: "… has confirmed that the local committee have …"). */
const MAX_LOWER_CASE_BODY_WORDS = 3;
/**
 * "March", "2017", "28Th", "7:30Pm", "Meeting", "virtual", "-October", "#158" (a senate numbering its meetings), "A.G.M.": a word of the meeting's date, number, time or kind, which a
 * title may print after the body's name ("Parish Council March 2017 minutes", "Community Council virtual Meeting"); and
 * "…", where a shared document's title was cut short ("Council Meeting …"). ModernGov names a committee no longer
 * sitting with the years it sat ("Licensing Committee (2005-2015)", "Overview & Scrutiny Committee (01.01.2002 -
 * 25.05.2017)"): those years are no part of its name.
 */
const MEETING_WORD_AFTER_NAME = new RegExp(
  String.raw`^[-–(]?(?:\d[\d:.,)]*(?:st|nd|rd|th|am|pm)?|#\d{1,4}|${MONTH_NAME}|${WEEKDAY},?|meeting|minutes|virtual|remote|online|annual|ordinary|extraordinary|special|open|closed|[ae]\.?g\.?m\.?|…|\.{3})$|^\((?:19|20)\d{2}[-–](?:(?:19|20)\d{2})?\)$|^[-–]$`,
  'i',
);

/**
 * The body without the date, time and kind of meeting a title printed after its name ("Wretton Parish Council May
 * Virtual Meeting" → "Wretton Parish Council"); null when only a kind of body is left ("Parish Council March 2017");
 * the body as read when no body's word ends what is left ("Stoke Annual Parish Meeting" is a parish meeting's name).
 */
function withoutMeetingAfterName(body: string): string | null {
  const words = body.split(/\s+/);
  let end = words.length;
  while (end > 1 && MEETING_WORD_AFTER_NAME.test(words[end - 1])) end -= 1;
  // "Welsh Ambulance Services Nhs Trust Board, Open": the comma before the kind of meeting goes with it.
  const name = words.slice(0, end).join(' ').replace(/,$/, '');
  if (end === words.length || !ENDS_IN_BODY_WORD.test(name)) return body;
  return GENERIC_BODY.test(name) ? null : name;
}

/**
 * "Councillor Mair Evans (Panel Member)", "Sir Muir Russell Principal, Professor Mona Siddiqui", "Graeme Norton (Chair Consumer Council)", "Tay Yoshitani Chief
 * Executive Officer", "… Board Secretary": a titled person, a person's office in brackets, or one person's office at the
 * end is a line of the attendance (or of a letterhead's names), no body's name ("Cyngor Sir", the Welsh county council, holds no knight).
 */
const NAMES_PERSON = /^(?:Cllrs?|Councillors?|Mx)\.?\s+\p{Lu}|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|(?<!\bCyngor\s)Sir|Dame)\.?\s+\p{Lu}|\((?:Chair|Vice[- ]Chair|Clerk|Secretary|Treasurer)\b|\b(?:Officer|Secretary|Assessor|Director|Manager|Clerk|Treasurer)$/u;

/**
 * " – Tuesday August 13, 2013, called to order": the meeting's date after a dash, and all after it, follow the name; so
 * does a whole date with no dash, as a title's line and the date's under it read on into the prose ("Housing Committee
 * Meeting Tuesday 14 May 2024 Repairs were discussed").
 */
const DATE_AFTER_NAME = new RegExp(
  String.raw`\s+(?:[-–—]\s+(?:${WEEKDAY}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|${MONTH_NAME}\s+\d)|(?:${WEEKDAY},?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+\d{4}\b)`,
  'i',
);
/**
 * " JANUARY 11, 2023", " - Tuesday, March 4, 2025": a date month first (as US titles print it) ending a title's line after
 * the body's name and the meeting's kind ("CRETE TOWNSHIP SPECIAL BOARD OF TRUSTEES MEETING JANUARY 11, 2023").
 */
const MONTH_FIRST_DATE_ENDING = new RegExp(String.raw`(?:\s+[-–—,])?\s+(?:${WEEKDAY},?\s+)?${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$`, 'i');

/** "Board of Trustees", "Regular Board": a body's word first (after a kind of meeting), so no one's body is named. */
const BODY_WORD_FIRST = new RegExp(String.raw`^(?:(?:the|regular|special|annual)\s+)?${BODY_WORDS.source}`, 'i');

/** How far from a line's end a month-first date ending it can start: "- Wednesday, September 30, 2026" and room to spare. */
const DATE_ENDING_REACH = 48;

/**
 * A header's line without the month-first date ending it, when what is left names whose body met ("Crete Township …
 * Board of Trustees"); the line as it is otherwise ("Board of Trustee Minutes - March 19, 2007" names no one's board).
 */
export function withoutMonthFirstDateEnding(line: string): string {
  // A date ends in its year's figures: other lines need no pattern.
  if (!/\d{4}$/.test(line)) return line;
  // Only the line's tail can hold the date: the pattern, tried from each space of a long run of them, is kept to it.
  const tailStart = Math.max(0, line.length - DATE_ENDING_REACH);
  const date = MONTH_FIRST_DATE_ENDING.exec(line.slice(tailStart));
  const name = date === null ? line : line.slice(0, tailStart + date.index);
  if (name === line || !BODY_WORDS.test(name)) return line;
  const body = withoutMinutesAfterBody(name);
  return GENERIC_BODY.test(body) || BODY_WORD_FIRST.test(body) ? line : name;
}

/** "General Meeting,", "Ordinary Council Meeting": a kind of meeting, naming no one. */
const MEETING_KIND_ONLY = new RegExp(String.raw`^(?:(?:${KIND_OF_SITTING}|general|council)\s+)+meeting,?$`, 'i');

/**
 * The name read without the date after it. "General Meeting, 17 May 2017 Etheridge Shire Council": where only a kind of
 * meeting stands before the date, whose meeting it was follows it.
 */
function withoutDate(read: string): string {
  const date = DATE_AFTER_NAME.exec(read);
  if (date === null) return read;
  const before = read.slice(0, date.index);
  return MEETING_KIND_ONLY.test(before) ? read.slice(date.index + date[0].length).trim() : before;
}

/**
 * "Annual Meeting, Margam Vale Crematorium Joint Committee": a meeting page's title naming the kind of meeting first, after
 * a comma, then whose meeting it was; the kind is no part of the name.
 */
const MEETING_KIND_BEFORE_NAME = new RegExp(String.raw`^(?:${KIND_OF_SITTING}\s+)+meeting,\s+(?=\p{Lu})`, 'iu');

/** The name without a kind of meeting printed before it, when a body's word ends what is left. */
export function withoutMeetingKindBefore(name: string): string {
  const kind = MEETING_KIND_BEFORE_NAME.exec(name);
  return kind && ENDS_IN_BODY_WORD.test(name) ? name.slice(kind[0].length) : name;
}

/**
 * "Page 1 of 6 ": a page's number printed on the line that names the body; and "1 " before a name in capitals, the page's
 * number a document site prints before each page of the text it read ("1 HOLMBECK LEVEL DRAINAGE BOARD Minutes of …"); no
 * body's name opens with a bare number.
 */
const PAGE_OF_PAGES = /^(?:(?:[Pp]age|PAGE)\s+\d{1,3}\s+of\s+\d{1,3}\s+(?=\S)|\d{1,3}\s+(?=\p{Lu}[\p{L}'’-]+\s+\p{Lu}))/u;

/**
 * "Record of the latest ", "A report from the September meeting of ", "The minutes of the last meeting of the ": what a
 * site's line says the page is, before the body's name.
 */
const DOCUMENT_BEFORE_NAME = /^(?:(?:the|a)\s+)?(?:minutes|report|record|notes)\s+(?:of|from)\s+(?:the\s+)?(?:(?:latest|last|previous)\s+)?(?:(?:\p{L}+\s+)?meeting\s+of\s+(?:the\s+)?)?/iu;

/** The name after what a line says the page is, when a body's word ends it; the name as read otherwise. */
function withoutDocumentBefore(name: string): string {
  const posted = name.replace(POSTED_BEFORE_NAME, '');
  if (posted !== name) return posted;
  const after = name.replace(DOCUMENT_BEFORE_NAME, '');
  return after !== name && /^\p{Lu}/u.test(after) && ENDS_IN_BODY_WORD.test(after) ? after : name;
}

/** "Stoke Parish Council Stoke Parish Council" → "Stoke Parish Council": a name printed twice over (a letterhead above the same title). */
function onceOver(words: string[]): string[] {
  const half = words.length / 2;
  return Number.isInteger(half) && half > 1 && words.slice(0, half).join(' ').toLowerCase() === words.slice(half).join(' ').toLowerCase() ? words.slice(0, half) : words;
}

/** "Blackpool Council) Peter Jefferson (Chief Executive)": a bracket closed before any opens, the rest of a list's entry, no name. */
function closesUnopenedBracket(read: string): boolean {
  const close = read.indexOf(')');
  return close !== -1 && !read.slice(0, close).includes('(');
}

const FIGURES_DATE_FIRST = /^\d{1,2}[ ./-]\d{1,2}[ ./-](?:19|20)?\d{2}\b/;

/**
 * "Speaking at a Council or Committee meeting", "Getting to the Civic Centre": a page's link saying what a reader may do,
 * no name (a name's first word may end in -ing, "Licensing Committee", with no "at" or "to" after it).
 */
const WHAT_TO_DO = /^\p{Lu}\p{Ll}+ing\s+(?:at|to)\s/u;

/**
 * "Directors’" (of "Minute of Directors’ Meeting held on …"), "Trustees": the people who met, named by their office
 * alone; whose directors they are is not said, so no body is.
 */
const MEMBERS_ONLY = /^(?:the\s+)?(?:Directors|Trustees|Members|Officers|Councillors|Shareholders)['’]?$/i;

/** "September 20, 2023 Library Board Meeting Minutes.docx": a shared document's file name, printed above its text, is no name. */
const FILE_NAME = /\.(?:docx?|pdf|odt|rtf|txt)$/i;

/** The body read from a header, or null when what was read is no name: too long, a sentence or a sentence's tail rather than a name, a person, or a list's bullet point. */
/**
 * "At the Council" ("At the Council Meeting held remotely …, the following members were present"), "Present, In
 * Attendance and Absent at Parish Council" (a site's caption over its roll): a sentence's preposition or an attendance
 * label opens no name; nor is "Council, health, school" (a site's menu entry, words in lower case between commas) one,
 * a breadcrumb ("Home > Council and Democracy > Issue") or a decision ("The Committee resolved:-").
 */
const NO_NAME_START = /^(?:At\s+the\s|(?:Present|Apologies|Absent|In\s+Attendance)\b\s*[,:;&]?\s)|,\s+\p{Ll}+,|\s(?:>|resolved|agreed)(?:\s|:)/u;

export function asBodyName(read: string | null): string | null {
  // "1. The Board approved …", a numbered decision's subject, is a list's entry as a bullet is, no body's name.
  if (read === null || /^(?:[*•·]|\d{1,3}[.)])\s/.test(read) || NAMES_PERSON.test(read) || WHAT_TO_DO.test(read) || MEMBERS_ONLY.test(read) || NO_NAME_START.test(read)) return null;
  const words = onceOver(withoutDate(read.replace(PAGE_OF_PAGES, '')).split(/\s+/));
  const lowerCase = words.filter((word) => /^\p{Ll}/u.test(word) && !SMALL_WORDS.has(word)).length;
  // "of the Parish Council", "first elected Parish Council": a name starts with a capital; a word in lower case first
  // is the tail of a sentence ("Minutes of the of the Parish Council Meeting", a title's words mistyped or cut). "06 10
  // 2020 Council MinutesAft": a document's file name, dated in figures first, is no name.
  if (words.length > MAX_BODY_WORDS || lowerCase > MAX_LOWER_CASE_BODY_WORDS || /^\p{Ll}/u.test(words[0]) || closesUnopenedBracket(read) || FIGURES_DATE_FIRST.test(read) || FILE_NAME.test(read)) return null;
  const name = withoutMeetingAfterName(words.join(' '));
  if (name === null) return null;
  // "Pontfelin Town Council –": a dash the line ended on, the date after it wrapped onto the next line, is no part of the name.
  const body = withoutLowerCaseTail(withoutMeetingOf(withoutMeetingKindBefore(withoutDocumentBefore(name)))).replace(/\s+[–—-]$/, '');
  return namesKindOfMeeting(body) ? null : withAuthorityFirst(body);
}

/**
 * "Town Board Meeting of the Town of Castlebrook" (a US town's title, "TOWN BOARD MEETING" over "OF THE TOWN OF
 * CASTLEBROOK"): the authority's board, named as "City of X City Council" is; "Council Meeting of the Municipality of X"
 * is the Municipality's own council, named as the municipality.
 */
const KIND_MEETING_OF_AUTHORITY = /^(?<kind>(?:Town|City|Village|County|Township|Borough)\s+(?:Board|Council|Commission)|Board\s+of\s+(?:Trustees|Supervisors|Selectmen|Aldermen|Commissioners|Education)|Select\s?[Bb]oard|Council)\s+(?:(?:Regular|Special|Monthly)\s+)?Meeting\s+of\s+the\s+(?<authority>(?:Town|City|Village|County|Township|Borough|Municipality)\s+of\s+\S.*)$/i;

function withAuthorityFirst(body: string): string {
  const named = KIND_MEETING_OF_AUTHORITY.exec(body)?.groups;
  if (named === undefined) return body;
  return /^council$/i.test(named.kind) ? named.authority : `${named.authority} ${named.kind}`;
}

/**
 * "Annual Parish Meeting", "Ordinary Meeting": a kind of meeting, whoever held it unnamed (a generic "Full Council" is
 * still the body a town's page names, so only a name ending in "Meeting", or a body's word alone, is set aside).
 */
function namesKindOfMeeting(name: string): boolean {
  return (/\bmeeting$/i.test(name) && GENERIC_BODY.test(name)) || BARE_BODY_WORD.test(name);
}

/** "Board", "the Committee": a body’s word alone (a bare "Council" is left: a council’s own page calls it so) ("Minutes of the Meeting of the Board held at …"), naming no one. */
const BARE_BODY_WORD = /^(?:the\s+)?(?:board|committee|panel|forum|authority)$/i;

/**
 * " as above", " as follows": words in lower case after a name's last body word, the rest of the sentence that named it
 * ("Minutes of the meeting of St Agnes Parish Council as above, held in …"); a name's own small words come before a
 * capital ("Council for the Arts"), so a tail of lower-case words only is cut; a letter alone names a sub-committee ("Planning
 * Sub-committee a" as a title's capitals were cased).
 */
const LOWER_CASE_TAIL = /^(?:\s+\p{Ll}{2,}){1,3}$/u;
/**
 * " Main Content Meeting convened", " Main Content May 9, 2010 Meeting convened": a web page's leftover words (a date) and the opening sentence ("Meeting convened at 1:05
 * p.m. …") run on after "Minutes of the Faculty Senate", up to the time's "at".
 */
const MEETING_SENTENCE_TAIL = /^(?:\s+[\p{Lu}\d][\p{L}\d'’,.-]*){0,6}\s+Meeting(?:\s+\p{Ll}{2,}){1,2}$/u;
const BODY_WORD_ANYWHERE = new RegExp(BODY_WORDS.source, 'gi');

/** The name without the lower-case words a sentence ran on with after it. */
function withoutLowerCaseTail(name: string): string {
  // Only a name whose last word starts in lower case can have such a tail: most names are left at once.
  if (!/\s\p{Ll}{2,}$/u.test(name)) return name;
  let end = -1;
  for (const word of name.matchAll(BODY_WORD_ANYWHERE)) end = word.index + word[0].length;
  return end > 0 && (LOWER_CASE_TAIL.test(name.slice(end)) || MEETING_SENTENCE_TAIL.test(name.slice(end))) ? name.slice(0, end) : name;
}
