// What a meeting header's lines say about the body that met: which words name a body, which names are generic, and
// the name left when what the document is ("Minutes", "Regular Meeting Minutes") or whose it is is taken away.
import { bodyBeforeMinutesTitle } from '../page/flattened-header';
import { carriesSentenceOn } from '../lines';
import { MEETING_KINDS } from '../patterns';

/** Words that make a line the name of a body that meets (an English college's governing body is its Corporation; a company, "Limited", has a board; a Guernsey parish's, its Douzaine; a diocese's, its Synod; a council's scrutiny committee, "Overview and Scrutiny"; a US special district is named for its service, "Cedar Mountain Fire Protection District", or what it does for it, "Cobble Valley Water Management District"; a club's committee is headed with the club's name; a housing or allotment co-operative; an Episcopal parish's Vestry; a US homeowners' "Falls Creek Ranch Assn., Inc." shortened; a society of professionals, a "Network for Women in Science"; a US township's or village's elected "Township Trustees"; an English town's "Charter Trustees", who keep its mayoralty; a school's "PTA" or "PTFA", named by its initials). */
export const BODY_WORDS = /\b(?:Vestry|WG|(?:Township|Village|Library|Cemetery|Park|Charter)\s+Trustees|Council|Committee|Overview (?:and|&) Scrutiny|Sub-Committee|Panel|Board|Cabinet|Forum|Group|Commission|Authority|Partnership|Assembly|Trust|(?<!\bChief\s)Executive(?!\s+(?:Officer|Director|Assistant|Manager|Secretary))|Governing Body|Governors|School|Academy|Association|Assn\.?|Society|Federation|Network|Municipal District|Municipality|Parish Meeting|Douzaine|Commissioners|Synod|Municipal Corporation|Corporation(?!\s+of\b)|Parishad|Panchayat|Sangguniang (?:Bayan|Panlungsod|Panlalawigan)|University|College|Senate|Limited|Ltd|Co-?operative|Friends of(?=\s)|PTF?A|(?:Water|Fire(?:\s+Protection)?|Sanitary|Sanitation|Irrigation|Utility|Conservation|School|Park|Recreation|Library|Hospital|Health(?:care)?|Improvement|Drainage|Transit|Port|Cemetery|Services?|Metropolitan|Special)(?:\s+(?:Management|Conservation|Supply|Control|Reclamation|Resources?|Authority))?\s+District|Club)\b/i;
/**
 * "David Lomond General Council Assessor, Sir Ian Kerr Principal, Professor …": a line of a list of titled people (a
 * university court's members with their offices), which may hold a body's word though it names no body.
 */
export const LISTS_TITLED_PEOPLE = /,\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Sir|Dame|Cllr|Councill?or|Revd?)\.?\s+\p{Lu}/u;
/** "…, Inc.", "… Ltd.", "… Assn.": a full stop closing a company's or an association's abbreviated name, no sentence's. */
export const COMPANY_ABBREVIATION_END = /\b(?:Inc|Ltd|Assn|Corp)\.$/;
/** A name that ends in a body's word ("Council", "Committee", "Group"). */
export const ENDS_IN_BODY_WORD = new RegExp(String.raw`${BODY_WORDS.source}$`, 'i');
/**
 * "Assembly of the Principals and Electors of the Parish", "Annual Meeting of the Parishioners": a gathering of the
 * people who attend, not the body's name (which the header's lines give).
 */
export const GATHERING_OF_PEOPLE = /^(?:\S+\s+){0,3}of\s+the\s+(?:Principals|Electors|Parishioners|Ratepayers|Inhabitants|Residents|Shareholders)\b/i;
/**
 * "Full Council", "the Town Council Meeting", "Quarterly Panel Meeting", "Regular Meeting of Council", "Meeting of the Council", "Meeting of Full Council", "Meeting of the Parish Council", a health board's
 * "Public Board" (its meeting in public), a union's "Branch Meeting" (of all the branch's members), "the Parish Council Extra Ordinary Meeting"
 * (the kind of sitting after the council's kind): a kind of meeting, not the name of whoever held it.
 */
export const GENERIC_BODY =
  /^(?:the\s+)?(?:(?:annual|ordinary|extraordinary|special|regular|full|last|previous|monthly|quarterly|general|public|private)\s+)*(?:(?:parish|town|community|city|borough|district|county)\s+)?(?:council|meeting|committee|board|panel|forum|branch)(?:\s+(?:(?:annual|ordinary|extra\s?ordinary|special|monthly)\s+)?meeting)?$|^(?:annual|ordinary|extraordinary|special|regular|full|monthly|quarterly)$|^(?:(?:annual|ordinary|extraordinary|special|regular|monthly|full|inaugural|first)\s+)*(?:(?:parish|town|community)\s+)?meeting\s+of\s+(?:the\s+)?(?:full\s+|(?:parish|town|community|city|borough|district|county)\s+)?(?:council|committee|board)$/i;
/**
 * "Coldharbour Magna PC", "Hawkridge TC", "Glenmoray CC": a parish, town or community council's name shortened as its
 * own papers shorten it, in capitals (a lower-case "pc" is no council).
 */
const ABBREVIATED_COUNCIL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s+(?:PC|TC|CC)$/u;

/** Whether a name is that of a body: a body's word in it, or a council's name shortened. */
export function namesBody(name: string): boolean {
  return BODY_WORDS.test(name) || ABBREVIATED_COUNCIL.test(name);
}

/** "Full Council Meeting", "Trustees' Meeting", "Ordinary Meeting Tuesday 3rd July 2018, 7.30pm …", a society's "AGM 9th March 2024": what the meeting was, then its date if anything. */
const MEETING_AFTER_DASH = /^\s*(?:(?:full|annual|ordinary|extraordinary|special|regular|monthly|public|general)\s+)*(?:(?:council|committee|board|(?:trustees|directors|governors|members)['’]?)\s+)?(?:meeting|minutes|AGM|EGM)(?:\s+minutes)?(?:\s*$|\s(?=.*\b(?:19|20)\d{2}\b))/i;
/** A place's name in capitalised words (a saint's church, a village after a comma): no date, no figures, not what the document is. */
const PLACE_BEFORE_DASH = /^(?!(?:minutes|notes|agenda|draft)\b)\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,4}$/iu;
/** "TOWN BOARD REGULAR MEETING", a club's "… Swimming Club Annual General Meeting": the body, then the kind of meeting it held. */
export const BODY_THEN_MEETING_KIND = /^(.*\b(?:Board(?: of (?:Directors|Trustees|Governors|Commissioners|Supervisors|Selectmen|Education))?|Council|Committee|Commission|Authority|Panel|Club|Association|Society|Group|Union|Trust|Foundation|Federation|Forum|Co-?operative))\s+(?:(?:regular|special|ordinary|annual|extraordinary|adjourned|monthly|general|public)\s+){1,3}meeting$/i;
/**
 * "Board of Trustees Regular Meeting On March 27, 2017", "Town Board Meeting, 4 June 2024": the date the title gives after
 * the meeting's word (the meeting's date, read as such elsewhere), no part of the body's name.
 */
const DATE_AFTER_MEETING = /(?<=\bmeeting),?\s+(?:(?:on|of|held\s+on)\s+|[-–—]\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})$/i;
/**
 * "Full Governing Body Meeting", "Planning Committee Meeting", a US township's "CRETE TOWNSHIP BOARD OF TRUSTEES MEETING": a
 * body's own name, then "Meeting" (a generic "Ordinary Council Meeting" is left whole); what a special meeting was for
 * may stand in brackets before it ("BOARD OF TRUSTEES (FESTIVAL) MEETING").
 */
const BODY_THEN_MEETING = /^(.*\b(?:Board(?: of (?:Directors|Trustees|Governors|Commissioners|Supervisors|Selectmen|Education))?|Council|Committee|Commission|Authority|Panel|Governing Body|Forum|Group))(?:\s+\([^()]{1,40}\))?\s+meeting$/i;
/** "CRETE TOWNSHIP REGULAR BOARD OF TRUSTEES": the kind of meeting set before the board's word, no part of its name. */
const KIND_BEFORE_BOARD = /\b(?:regular|special)\s+(?=board\b)/i;
const KINDS_BESIDE_NAME = new Set(['regular', 'special', 'ordinary', 'annual', 'extraordinary', 'adjourned', 'monthly']);
/** "Decisions - ", "Record of decisions – ": what a page of an authority's decisions is, before the body that made them. */
const DECISIONS_BEFORE_DASH = /^(?:(?:record|schedule|summary|notice) of\s+)?decisions?\s+[-–—]\s+(?=\S)/i;
/** "CITY COUNCIL ACTION MINUTES", "Summary Minutes", "Draft Minutes": what kind of minutes the document is. */
const MINUTES_KINDS = new Set(['action', 'summary', 'draft', 'approved', 'unapproved', 'unconfirmed', 'official', 'verbatim']);

/**
 * "CITY COUNCIL REGULAR MEETING MINUTES" → "CITY COUNCIL", "Planning Committee Minutes" → "Planning Committee", "CITY
 * COUNCIL ACTION MINUTES" → "CITY COUNCIL": the
 * body, then what the document is ("REGULAR COUNCIL MEETING MINUTES": the kind of meeting may come first). Read word by word from the end (a pattern ending in `minutes$` was tried from each
 * white space of a long run).
 */
export function withoutMinutesAfterBody(dated: string): string {
  // "Board Meeting March 2, 2002" under a network's name: only a meeting's kind before the date, the line left whole.
  const undated = /\d{4}$/.test(dated) ? dated.replace(DATE_AFTER_MEETING, '') : dated;
  const line = undated !== dated && GENERIC_BODY.test(undated) ? dated : undated;
  // "Selworthy and Without Parish Council Present": the label of the list under the body's line, run onto it.
  if ((line.endsWith(' Present') || line.endsWith(' PRESENT')) && namesBody(line.slice(0, -8))) return withoutMinutesAfterBody(line.slice(0, -8));
  // "DRAFT STOKE FERRY PARISH COUNCIL Minutes of the Ordinary Meeting held on …": the body, then the title.
  const before = bodyBeforeMinutesTitle(line);
  if (before !== null && namesBody(before) && !GENERIC_BODY.test(before)) return before;
  // "Decisions - Cabinet": a decisions sheet names what it is before the body, as "Minutes - Cabinet" does.
  if (DECISIONS_BEFORE_DASH.test(line)) return withoutMinutesAfterBody(line.replace(DECISIONS_BEFORE_DASH, ''));
  // "Little Hadley Parish Council — Full Council Meeting": what the meeting was, after a dash.
  const dash = line.search(/\s[-–—]\s/);
  if (dash > 0 && MEETING_AFTER_DASH.test(line.slice(dash + 3))) return line.slice(0, dash);
  // "QUIC WG Meeting Minutes - IETF 100 Singapore": the body's minutes, then where (at which event) they were taken.
  const minutesBeforeDash = dash > 0 && /\bminutes$/i.test(line.slice(0, dash)) && !/\b(?:19|20)\d{2}\b/.test(line.slice(dash)) ? withoutMinutesAfterBody(line.slice(0, dash)) : null;
  if (minutesBeforeDash !== null && minutesBeforeDash !== line.slice(0, dash) && namesBody(minutesBeforeDash) && !GENERIC_BODY.test(minutesBeforeDash)) return minutesBeforeDash;
  // "St Barnabas, Hollowmere — Parochial Church Council": the place, then the body that is its own.
  if (dash > 0 && PLACE_BEFORE_DASH.test(line.slice(0, dash)) && BODY_WORDS.test(line.slice(dash + 3)) && !BODY_WORDS.test(line.slice(0, dash))) {
    return `${line.slice(0, dash)} ${line.slice(dash + 3).trim()}`;
  }
  // "TOWN BOARD REGULAR MEETING": the body, then the kind of meeting it held.
  const endsInMeeting = /meeting$/i.test(line.slice(-7));
  const kindAfterBody = endsInMeeting ? BODY_THEN_MEETING_KIND.exec(line) : null;
  if (kindAfterBody) return kindAfterBody[1];
  const bodyThenMeeting = endsInMeeting ? BODY_THEN_MEETING.exec(line) : null;
  if (bodyThenMeeting && !GENERIC_BODY.test(bodyThenMeeting[1])) return bodyThenMeeting[1].replace(KIND_BEFORE_BOARD, '');
  // "COUNCIL PROCEEDINGS" (a Minnesota city's title) as "COUNCIL MINUTES": what the document is, after whose.
  if (!/minutes$/i.test(line.slice(-7)) && !/\bproceedings$/i.test(line.slice(-12))) return line;
  const words = line.split(/\s+/);
  let end = words.length - 1;
  // "Board meeting: minutes", "Board meeting – minutes": the colon or dash before what the document is.
  if (end > 0 && /^[:–—-]$/.test(words[end - 1])) end -= 1;
  if (end > 0 && MINUTES_KINDS.has(words[end - 1].toLowerCase())) end -= 1;
  // "… Users Group Annual General Meeting 2026 Minutes": the year of an annual meeting, and each word of its kind.
  if (end > 1 && /^(?:19|20)\d{2}$/.test(words[end - 1]) && words[end - 2].toLowerCase() === 'meeting') end -= 1;
  if (end > 0 && words[end - 1].toLowerCase().replace(/:$/, '') === 'meeting') end -= 1;
  while (end > 0 && (KINDS_BESIDE_NAME.has(words[end - 1].toLowerCase()) || (words[end - 1].toLowerCase() === 'general' && words[end] !== undefined && /^meeting/i.test(words[end])))) end -= 1;
  const start = end > 1 && KINDS_BESIDE_NAME.has(words[0].toLowerCase()) ? 1 : 0;
  return end === 0 ? line : words.slice(start, end).join(' ');
}

/** "Meeting of", "Annual Meeting of the", a parish's "Annual Parish Assembly of", "First Meeting of": the kind of meeting before the body's name. */
const MEETING_OF_BEFORE_NAME = /^(?:(?:an?|the)\s+)?(?:(?:(?:annual|ordinary|extraordinary|special|regular|monthly|general|inaugural|first)\s+)*(?:parish\s+assembly|meeting)|(?:official\s+)?website)\s+of\s+(?:the\s+)?(?=\S)/i;

/**
 * "MEETING OF POLICE AND CRIME PANEL", "A Meeting of the Police and Crime Panel" → the body a title names after the kind
 * of meeting ("Meeting of the Council" is left whole); "The website of Reed Parish Council", a site's own line printed with its page, → the body.
 */
export function withoutMeetingOf(line: string): string {
  const name = line.replace(MEETING_OF_BEFORE_NAME, '');
  return name !== line && namesBody(name) && !GENERIC_BODY.test(name) ? name : line;
}

/** "Board meeting in public", "Council meeting (remote)": what kind of meeting it was, not whose. */
const KIND_OF_MEETING = /^(?:(?:full|annual|ordinary|special|public)\s+)?(?:board|council|committee|cabinet|panel)\s+meeting\b/i;

/** "Minutes of the", "Draft minutes for", a document site's "MINUTES Ordinary Council Meeting 13 July 2021 - …": the words before a body's name. */
const MINUTES_OF = /^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes|notes)(?:\s+(?:of|for)\s+|\s*[:–—-]\s+|\s+(?=\p{Lu}))(?:the\s+)?/iu;

/**
 * The body a "<name> - <date>" title names: "Minutes of the Planning Committee" → "Planning Committee"; null for
 * "Full Council Minutes" (a kind of meeting, whose body the rest of the header names) or a name with no body's word.
 */
export function bodyBeforeDate(printed: string): string | null {
  const name = withoutMinutesAfterBody(printed.replace(MINUTES_OF, ''));
  return BODY_WORDS.test(name) && !GENERIC_BODY.test(name.trim()) && !KIND_OF_MEETING.test(name) ? name : null;
}

/**
 * "Carrow Vale Town Council - Finance and General Purposes Committee": a running title naming the council, then its
 * committee. The council, to qualify the committee's name with; the line as it is when it is not so made.
 */
export function councilBeforeDash(line: string): string {
  const dash = /\s[-–—]\s/.exec(line);
  if (!dash) return line;
  const council = line.slice(0, dash.index);
  return /\bCouncil$/i.test(council) && BODY_WORDS.test(line.slice(dash.index + dash[0].length)) ? council : line;
}

/** "Wexcombe Parish Council – Planning Committee" alone: the council and its committee; null when the line is not so made. */
export function councilAndCommittee(line: string): { council: string; committee: string } | null {
  const council = councilBeforeDash(line);
  return council === line ? null : { council, committee: line.slice(council.length).replace(/^\s*[-–—]\s*/, '') };
}

/**
 * "Licensing Committee of Eastmoor District Council": a committee named with the council it is of, after it; "Board of
 * Directors of the Regional District of Kettle Highlands", "Municipal Council of the Town of Saint-Éloi": a board or a
 * council of an authority named by its kind ("Town of X"). Each part is bounded: a document on one line overflowed the stack.
 */
const COMMITTEE_OF_COUNCIL =
  /^(.{0,200}?\b(?:Committee|Sub-Committee|Panel|Cabinet|Board(?: of (?:Directors|Trustees|Governors|Management|Commissioners|Supervisors|Education))?|Council))\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,12}\s+(?:Council|Authority)|(?:Regional District|City|Town|Village|County|District|Municipality|Township|Borough|Shire) of \p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,12})$/u;

/** The council and committee of "<committee> of <council>", written as minutes' headings name them: council first. */
export function councilFirst(name: string): string | null {
  const named = name.includes(' of ') ? COMMITTEE_OF_COUNCIL.exec(name) : null;
  return named ? `${named[2]} ${named[1]}` : null;
}

const COUNCIL_THEN_MEETING_KIND = new RegExp(String.raw`(\bCouncil)\s+(?:(?:${MEETING_KINDS}|general)\s+)?council$`, 'i');

/** "Marraway City Council Ordinary Council" (of "… Ordinary Council Meeting"), "… District Council Council": the council, without the kind of meeting it held. */
export function withoutMeetingKindAfterCouncil(name: string): string {
  return name.replace(COUNCIL_THEN_MEETING_KIND, '$1');
}

/** "Cyngor Cymuned Glanrhyd / Glanrhyd Community Council": a name in Welsh (or Irish), then in English. */
const BILINGUAL_NAME = /^([^/]{3,80}?)\s+\/\s+([^/]{3,80})$/;

/** The English half of a bilingual name, as the rest of the parser reads English; other lines as they are. */
export function englishHalf(line: string): string {
  const halves = line.includes(' / ') ? BILINGUAL_NAME.exec(line) : null;
  return halves && !BODY_WORDS.test(halves[1]) && BODY_WORDS.test(halves[2]) ? halves[2] : line;
}

/** "Kestrel Vale Combined Authority": a line naming a council or an authority alone, no committee and no date. */
const COUNCIL_OR_AUTHORITY_LINE = /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,6}(?:Council|Authority)$/u;

/**
 * "Kestrel Vale Combined Authority" over "Transport Scrutiny Committee – 9 April 2025": the council or authority
 * named on the first line above a "<body> – <date>" line, whose committee that is; null when there is none.
 */
export function authorityLineAbove(lines: string[], dashedLine: string): string | null {
  const first = lines.findIndex((line) => line !== '');
  return first !== -1 && lines[first] !== dashedLine && COUNCIL_OR_AUTHORITY_LINE.test(englishHalf(lines[first])) ? englishHalf(lines[first]) : null;
}

/** "Minutes – Planning Committee – 12.03.2025" over "Ashworth Borough Council": a dated title, then the council or authority whose committee met on the line under it; null when the header is not so made. */
export function authorityLineBelow(lines: string[], dashedLine: string): string | null {
  const first = lines.findIndex((line) => line !== '');
  if (first === -1 || lines[first] !== dashedLine) return null;
  const next = lines.slice(first + 1).find((line) => line !== '');
  return next !== undefined && COUNCIL_OR_AUTHORITY_LINE.test(englishHalf(next)) ? englishHalf(next) : null;
}

/** A day's date in a title line: a weekday, "5 June", "5th June", "2024-06-05", "05/06/2024" or "5.6.24". */
export const DATE_IN_TITLE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i;
/**
 * What a dated title says of itself around the body's name: "Minutes:", "… minutes of the (monthly) meeting held on", separators;
 * "MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL": the proceedings are the meeting's, whose the name after says.
 */
export const MINUTES_BEFORE_NAME = /^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes|notes)\s*(?:[:–—-]|\s(?:of|for)(?:\s+(?:the|an?)(?=\s))?)\s*(?:proceedings\s+(?:of|at)\s+(?:(?:the|an?)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?)?/i;
export const TITLE_WORDS_AFTER_NAME = new RegExp(String.raw`(?:[\s,:;–—-]|\b(?:minutes|notes|of|for|the|a|meeting|held|on|weekly|fortnightly|quarterly|${MEETING_KINDS})\b)+$`, 'i');
/** "held at the Village Hall, Church Lane, on": where the meeting was held, from "held" to the date. */
export const HELD_AT_PLACE = /\s+held\s+(?:at|in)\s.*$/i;

/** "… OF THE SELECT COMMITTEE ON HEALTH SERVICES HELD ON …": the subject a committee is "on", before "held", is its name's end. */
const SUBJECT_AFTER_ON = /^\s+((?:on|ON)\s+(?:(?:[A-Z][\w'’&-]*|and|AND|of|OF|the|THE)\s+){1,6}?)(?:held|HELD)\b/;

/** The body a "Minutes of the meeting of X" sentence names, with the subject after it that ends its name (`after`: the sentence's rest). */
export function withSubjectAfterOn(body: string, after: string): string {
  const subject = /(?:Committee|Commission|Panel)$/i.test(body) ? SUBJECT_AFTER_ON.exec(after) : null;
  return subject ? `${body} ${subject[1].trim()}` : body;
}

/** "Riverside Medical Practice", "Brookfield Homes": an organisation's name in two to six capitalised words, no more. */
const ORGANISATION_NAME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|and|&|\p{Lu}[\p{L}'’&.-]*)){1,5}$/u;
/** Words of a title line that say what the document is ("Minutes", "VERBATIM TRANSCRIPT", "Official Report"), not whose. */
const DOCUMENT_WORDS = /\b(?:minutes|notes?|agenda|draft|document|pack|page|confidential|public|part|present|apologies|transcript|proceedings|verbatim|record|report)\b/i;
/** "Chief Executive", "Company Secretary" ending a title line: the office of a letterhead's signatory, naming no organisation. */
const OFFICE_AT_END = /\b(?:Chief\s+Executive|Clerk|Secretary|Treasurer|Director|Officer|Manager|Chair(?:man|woman|person)?|President)$/i;
/** "(registered charity no. 1187342)", " – Registered Charity No 1187342": the charity's number after its name. */
const CHARITY_NUMBER = /\s*(?:[–—-]\s*|\(\s*)?(?:registered\s+)?charity\s+(?:no\.?|number)\s*:?\s*[\d-]+\)?\s*$/i;
/**
 * "Riverside Medical Practice" over "Patient Participation Group – Minutes": the first line of the header, naming no
 * body by a body's word, above the line naming the group; whose group it is. Null when the header is not so made.
 */
export function organisationAbove(lines: string[], committee: string): string | null {
  // "July 2, 2024" over "AGM Fernley Green Village Hall": a post's date, and the meeting it holds, are no part of the name.
  const first = lines.find((line) => line !== '' && !POSTED_DATE.test(line))?.replace(POSTED_BEFORE_NAME, '');
  const name = first?.includes('harity') ? first.replace(CHARITY_NUMBER, '') : first;
  if (name === undefined || name.includes(committee) || !ORGANISATION_NAME.test(name)) return null;
  return DOCUMENT_WORDS.test(name) || DATE_IN_TITLE.test(name) || BODY_WORDS.test(name) || OFFICE_AT_END.test(name) ? null : name;
}

/** "Annual Parish Council", "Ordinary Town Council": a kind of sitting and the kind of council, which names no committee. */
const KIND_OF_COUNCIL_MEETING = /^(?:annual|ordinary|extra\s?ordinary|special|monthly)\s+(?:(?:parish|town|community|city)\s+)?council$/i;
/** "Full Council meeting of Holloway Town Council": the meeting's committee, then whose it is. */
const COMMITTEE_MEETING_OF = /^(.+?)\s+meeting\s+of\s+(?:the\s+)?(.+)$/i;
/** "HOLLOWAY TOWN COUNCIL – MINUTES OF THE PLANNING COMMITTEE MEETING …": the council before a dash, on the minutes' line. */
const COUNCIL_DASH_MINUTES = /^(.+?\b(?:Council|Authority))\s+[–—-]\s+minutes\s+(?:of|for)\b/i;

/**
 * The committee a "Minutes of …" sentence names (`named`) and the council it names with it: after "meeting of", or before
 * a dash on the same line (`lines`, the header's); the council is null when neither names one.
 */
export function namedWithCouncil(named: string, lines: string[]): { committee: string; council: string | null } {
  const meetingOf = COMMITTEE_MEETING_OF.exec(named);
  // "Annual Parish Council Meeting of Westby Parish Council": the kind of the council's own meeting, no committee of it.
  if (meetingOf && namesBody(meetingOf[2])) return KIND_OF_COUNCIL_MEETING.test(meetingOf[1]) ? { committee: meetingOf[2], council: null } : { committee: meetingOf[1], council: meetingOf[2] };
  return { committee: named, council: lines.map((line) => COUNCIL_DASH_MINUTES.exec(line)?.[1]).find(Boolean) ?? null };
}

/** "Tessmouth Combined Authority", "Eastmere District Council": a title line above `line` naming a council or authority alone. */
export function authorityTitleAbove(lines: string[], line: string): string | null {
  const above = lines.slice(0, Math.max(0, lines.indexOf(line)));
  return above.map((printed) => printed.replace(/^#{1,6}\s+/, '').trim()).find((printed) => printed.length <= 80 && /^\p{Lu}[\p{L}'’ -]*\b(?:Council|Authority)$/u.test(printed)) ?? null;
}

/**
 * "Full Council - 28-09-2015", "Annual Parish Meeting 2010": a page's title, the body (or the kind of meeting) and then
 * the date in figures (dashed, as a town council's site prints it) or the year after a word, no part of the name ("…,
 * August 27, 2018" is a date, read as one).
 */
export const DATE_AFTER_BODY = /\s[-–—]\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$|(?<=\p{L})\s(?:19|20)\d{2}$/u;

/** "… held in the Village Hall on Tuesday 4th March 2025 at 7.30pm", "… 4 March 2025": a title ended by the meeting's time or year. */
const ENDS_AT_TIME_OR_YEAR = /(?:\d\s?[ap]\.?m\.?|\b(?:19|20)\d{2})$/i;

/**
 * Whether `line` carries on the sentence of the line above it. "Minutes of the meeting of the Parish Council held in
 * the Village Hall on Tuesday 4th March 2025 at 7.30pm" over "Ashwell Parish Council": a title ended at its time or
 * year carries no sentence on to the council's name under it (a name ending in a body's word: "Members of the Board
 * Present" heads a list).
 */
export function carriesNameOn(previous: string | undefined, line: string): boolean {
  return carriesSentenceOn(previous, line) && !(previous !== undefined && /^\p{Lu}/u.test(line) && ENDS_IN_BODY_WORD.test(line.trimEnd()) && ENDS_AT_TIME_OR_YEAR.test(previous.trimEnd()));
}

/**
 * "AGM Westcombe Village Hall", "May 2021 Annual Parish Meeting", "100th AGM of Kettlewick Allotments Association": a
 * site's post titled by the meeting it holds (an AGM, numbered as clubs count theirs) or the month it was put up, before
 * the body's name.
 */
export const POSTED_BEFORE_NAME = /^(?:AGM|(?:the\s+)?\d{1,4}(?:st|nd|rd|th)\s+(?:AGM|Annual\s+General\s+Meeting|Meeting)\s+of(?:\s+the)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\s+(?=\p{Lu})/u;
/** "July 2, 2024", "2 July 2024": the date a site's post was put up, alone on its line above the post. */
const POSTED_DATE = /^(?:[A-Z][a-z]{2,8}\s+\d{1,2},?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?)\s+\d{4}$/;
