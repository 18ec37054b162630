// Questions about meetings themselves — who chaired, who attended, who sent apologies, what was on the agenda,
// what was decided, when a body met — answered from the parsed meeting records rather than from search.
import type { Attendee, AttendanceKind, Meeting } from '../../core/types';
import type { MeetingSummary, Store } from '../../indexer/stores/store';
import type { Citation } from '../api-types';
import { formatDate } from './phrasing';
import { findDateMentions } from './dates';
import { meetingCitation, meetingName, oneRecordPerMeeting, RECENT_MEETINGS_READ } from './meeting-records';
import { findBodyMentions } from './mentions';
import { answerOfficeHolder, readOffice } from './office-holder';
import { answerCoverage, ASKS_COVERAGE, ASKS_WHAT_A_BODY_IS } from './coverage-answer';
import { tokensAsWritten } from '../../core/text/tokens';
import { whenMet } from './when-met';
import { readMeetingNamed, type MeetingNamed } from './meeting-named';
import { listed } from '../../core/text/lists';

export type MeetingFactKind = 'chair' | 'vice-chair' | 'office-holder' | 'attendance' | 'apologies' | 'agenda' | 'decisions' | 'summary' | 'venue' | 'last-met' | 'meetings-held' | 'next-meeting' | 'coverage';

export interface MeetingFactQuestion extends MeetingNamed {
  kind: MeetingFactKind;
  /** An office-holder question's office as asked ("commissioner", "chief of staff"). */
  office?: string;
}

export interface MeetingFactAnswer {
  kind: MeetingFactKind;
  answer: string;
  citations: Citation[];
}

const KIND_CUES: ReadonlyArray<{ kind: MeetingFactKind; pattern: RegExp }> = [
  { kind: 'vice-chair', pattern: /\bwho\s+(?:is|was|were|are)\s+(?:the\s+)?(?:vice|deputy)[-\s]?chair/i },
  { kind: 'chair', pattern: /\bwho\s+(?:chairs|chaired|presides|presided|was\s+(?:in\s+the\s+chair|(?:the\s+)?chair(?:man|woman|person)?))\b|\bwho\s+(?:was|is)\s+(?:the\s+)?chair/i },
  { kind: 'apologies', pattern: /\bapolog|\babsen(?:t|ces?)\b(?!-)|\bwho\s+(?:was|were)\s+(?:missing|not\s+(?:there|present))|\bwho\s+(?:missed|could\s*n[o’']t\s+(?:attend|come))/i },
  {
    kind: 'attendance',
    pattern: /\b(?:who(?:\s+else)?|which\s+(?:[\w-]+\s+){0,2}?(?:councillors|members|people|officers))\s+(?:attended|came|was\s+(?:at|there|present)|were\s+(?:the\s+)?(?:members\s+)?(?:at|there|present))|\battend(?:ance|ees)\b|\bwho\s+(?:sat|spoke)\s+on\b/i,
  },
  { kind: 'venue', pattern: /\bwhere\s+(?:was|were|is|did|does|will)\b(?:\s+[\w&’'()-]+){0,12}?\s+(?:held|meet|met|sit|sat|take\s+place|took\s+place)\b|\bvenue\b/i },
  { kind: 'agenda', pattern: /\bagenda\b|\bwhat\s+(?:items|topics|subjects)\b|\bwhat\s+(?:was|were)\s+(?:discussed|covered|considered)\s+(?:at|on|in)\s+(?:the\s+)?(?:meeting|\d)/i },
  // "the next meeting", "the next Police and Crime Panel meeting": a body's name may stand between; "when is the
  // committee meeting after February 2018?": the first after a date.
  {
    kind: 'next-meeting',
    pattern: /\bwhen\s+(?:does|will)\s+.+?\s+(?:next\s+)?meet\s+(?:again|next)|\bnext\s+(?:[\w&’'()-]+\s+){0,8}?meeting\b|\bwhen\s+(?:is|will|does|do)\s+.{1,80}?\b(?:meeting|meet)\s+(?:after|following)\b/i,
  },
  // "When did the committee meet?", "how often did the panel meet?", "how many meetings did it hold?": the dates it met ("last" asks for one, below).
  {
    kind: 'meetings-held',
    pattern: /\bwhen\s+(?:did|has|have)\s+(?!.*\blast\b).+?\s+(?:meet|met)\b|\bhow\s+(?:often|many\s+times)\s+(?:did|does|has)\s+.+?\s+(?:meet|met)\b|\bhow\s+many\s+meetings\s+(?:did|does|has|have)\s+.+?\s+(?:hold|held|have|had)\b/i,
  },
  { kind: 'last-met', pattern: /\b(?:when|what|which)\s+(?:was|is)\s+(?:the\s+)?(?:last|latest|previous|most\s+recent)\s+(?:[\w&’'()-]+\s+){0,8}?meeting\b|\bwhen\s+(?:did|has)\s+.+?\s+(?:last\s+)?(?:meet|met)\b/i },
  { kind: 'coverage', pattern: ASKS_COVERAGE },
];
/** "What was decided at the meeting on 28 March 2017?": decisions of one meeting, not of a topic. */
const MEETING_DECISIONS = /\bwhat\s+(?:was|were)\s+(?:decided|resolved|agreed)|\bwhat\s+decisions\b|\bwhat\s+did\s+(?:the\s+)?(?:[\w&’'()-]+\s+){0,8}?(?:decide|resolve|agree)\b/i;
const NAMES_A_MEETING = /\b(?:meeting|panel|committee|council|session)\b/i;
/**
 * A topic after "about"/"on": then it is a topic question ("what was decided about the precept?"), not "talk about on
 * 20 July" or "tell me about the last panel meeting".
 */
const ABOUT_A_TOPIC =
  /\b(?:(?:about|regarding|concerning)(?!\s+(?:on|in|at|during)\b|\s*\??\s*$|\s+(?:the\s+)?(?:(?!at\b|on\b|in\b|about\b)[\w&’'()-]+\s+){0,6}?(?:meeting|session)\b\s*(?:on\b|of\b|in\b|held\b|\?|$))|on\s+(?:the\s+)?(?!\d)[a-z]+\s+(?!\d)[a-z])/i;

/** "Summarise the meeting on 15 November 2017", "What were the main issues at the last meeting?", "What did the committee discuss in February 2018?" */
const SUMMARY =
  /^\s*(?:the\s+)?(?:last|latest|most\s+recent|previous)\s+(?:[\w&’'()-]+\s+){0,6}?meeting\s*\??\s*$|\b(?:summar(?:y|ise|ize)|recap|overview|main\s+(?:issues|points|business|items|topics))\b|\bwhat\s+happened\s+at\b|\btell\s+me\s+about\b|\bwhat\s+did\s+(?:the\s+)?(?:[\w&’'()-]+\s+){0,8}?(?:discuss|consider|debate|cover|talk\s+about|deal\s+with|look\s+at)\b/i;
/**
 * "What was the last meeting about?", "what was the meeting on 15 November 2017 about?" ("about" ends it, naming no
 * topic); "What was discussed at the Dartford committee in February 2018?".
 */
const DISCUSSED_AT = /\bwhat\s+(?:was|were)\s+(?:discussed|debated|considered|covered)\s+(?:at|by|during)\b/i;
const MEETING_ABOUT = /\bwhat\s+(?:was|were|is)\s+(?:the\s+)?(?:[\w&’'()/-]+\s+){0,8}?(?:meeting|panel|committee|session)\b(?:\s+[\w&’'()/,-]+){0,6}?\s+about\s*[?.!]*\s*$/i;
const ONE_MEETING = /\b(?:last|latest|most\s+recent|previous)\s+(?:[\w’'&-]+\s+){0,3}(?:meeting|panel|committee|council|board)\b|\bthe\s+meeting\b|\b(?:recently|lately)\b/i;

/** The meeting question in a message, or null when it is a question about a topic. */
export function readMeetingFactQuestion(text: string, bodies: string[]): MeetingFactQuestion | null {
  const askedBody = whatBodyIs(text, bodies);
  if (askedBody) return { kind: 'coverage', bodies: askedBody };
  const dates = findDateMentions(text);
  const namesOneMeeting = dates.some((mention) => mention.from) || ONE_MEETING.test(text);
  const summary = (SUMMARY.test(text) || MEETING_ABOUT.test(text) || DISCUSSED_AT.test(text)) && namesOneMeeting && !ABOUT_A_TOPIC.test(text);
  const cue = summary ? { kind: 'summary' as const } : KIND_CUES.find(({ pattern }) => pattern.test(text));
  const decisionsOfMeeting = !cue && MEETING_DECISIONS.test(text) && namesOneMeeting && NAMES_A_MEETING.test(text) && !ABOUT_A_TOPIC.test(text);
  const office = !cue && !decisionsOfMeeting ? readOffice(text) : undefined;
  const kind = cue?.kind ?? (decisionsOfMeeting ? 'decisions' : office ? 'office-holder' : null);
  if (!kind) return null;
  return { kind, ...readMeetingNamed(text, bodies, dates), ...(office ? { office } : {}) };
}

/**
 * Whether a message asks the meeting records ("who chaired the last meeting?", "who else attended?") rather than about
 * a subject: its words are no topic for the questions after it. An office's holder and a body's coverage are asked of
 * the passages when the records name none, so those keep their words.
 */
export function asksMeetingRecords(text: string, bodies: string[]): boolean {
  const kind = readMeetingFactQuestion(text, bodies)?.kind;
  return kind !== undefined && kind !== 'office-holder' && kind !== 'coverage';
}

/** "What is the Police and Crime Panel?": the bodies of that name, when the question names nothing else. */
function whatBodyIs(text: string, bodies: string[]): string[] | undefined {
  const named = ASKS_WHAT_A_BODY_IS.exec(text)?.groups?.named;
  if (!named) return undefined;
  const tokens = tokensAsWritten(named);
  const mention = findBodyMentions(tokens, bodies, () => true).find((found) => found.strong && found.first <= 1 && found.last === tokens.length - 1);
  return mention?.values;
}

function listPeople(people: Attendee[]): string {
  const names = people.map((person) => (person.role ? `${person.name} (${person.role})` : person.name));
  return listed(names);
}

/** The attendance record, and where it was read: the "Apologies" item when the people were named there. */
function attendanceAnswer(meeting: Meeting, kinds: AttendanceKind[], label: string): string {
  const people = meeting.attendees.filter((attendee) => kinds.includes(attendee.attendance));
  if (people.length === 0) return `The minutes of ${meetingName(meeting)} do not record ${label} [1].`;
  return `The minutes of ${meetingName(meeting)} record ${label}: ${listPeople(people)} [1].`;
}


const ROLE_ASKED: Partial<Record<MeetingFactKind, { role: string; office: string }>> = {
  chair: { role: 'Chair', office: 'chair' },
  'vice-chair': { role: 'Vice-Chair', office: 'vice-chair' },
};

function holderOf(meeting: Meeting, role: string): Attendee | undefined {
  return meeting.attendees.find((attendee) => attendee.role === role);
}

function answerFor(kind: MeetingFactKind, meeting: Meeting): MeetingFactAnswer {
  const apologiesItem = meeting.items.findIndex((item) => /apolog/i.test(item.title));
  const asked = ROLE_ASKED[kind];
  if (asked) {
    const holder = holderOf(meeting, asked.role);
    const chaired = kind === 'chair' ? `${holder?.name} chaired ${meetingName(meeting)} [1].` : `The minutes of ${meetingName(meeting)} record ${holder?.name} as ${asked.role} [1].`;
    const answer = holder ? chaired : `The minutes of ${meetingName(meeting)} do not say who was ${asked.office} [1].`;
    return { kind, answer, citations: [meetingCitation(meeting, 1, holder ? `${holder.name} (${asked.role})` : `No ${asked.office} recorded.`)] };
  }
  if (kind === 'attendance') {
    const answer = attendanceAnswer(meeting, ['present', 'in attendance'], 'who attended');
    return { kind, answer, citations: [meetingCitation(meeting, 1, listPeople(meeting.attendees.filter((a) => a.attendance === 'present' || a.attendance === 'in attendance')) || 'No attendance recorded.')] };
  }
  if (kind === 'apologies') {
    const answer = attendanceAnswer(meeting, ['apologies', 'absent'], 'apologies or absence');
    const people = listPeople(meeting.attendees.filter((a) => a.attendance === 'apologies' || a.attendance === 'absent'));
    return { kind, answer, citations: [meetingCitation(meeting, 1, people || 'No apologies recorded.', Math.max(apologiesItem, 0), apologiesItem >= 0 && meeting.items[apologiesItem].paragraphs.length > 0 ? 0 : null)] };
  }
  if (kind === 'venue') {
    const answer = meeting.venue ? `${meetingName(meeting).replace(/^the/, 'The')} was held at ${meeting.venue} [1].` : `The minutes of ${meetingName(meeting)} do not say where it was held [1].`;
    return { kind, answer, citations: [meetingCitation(meeting, 1, meeting.venue ?? 'No venue recorded.')] };
  }
  if (kind === 'agenda') return agendaAnswer(meeting);
  if (kind === 'summary') {
    // The agenda, then what was decided on it: the minutes' own record of the meeting, quoted.
    const agenda = agendaAnswer(meeting);
    const decided = decisionsAnswer(meeting, agenda.citations.length + 1, SUMMARY_DECISIONS, 'Its decisions were');
    return { kind, answer: `${agenda.answer}\n${decided.answer}`, citations: [...agenda.citations, ...decided.citations] };
  }
  return decisionsAnswer(meeting, 1, MEETING_DECISIONS_QUOTED);
}

/** Decisions quoted when asked for a meeting's decisions, and in a summary of it. */
const MEETING_DECISIONS_QUOTED = 6;
const SUMMARY_DECISIONS = 4;

function agendaAnswer(meeting: Meeting): MeetingFactAnswer {
  const titles = meeting.items.map((item) => (item.number ? `${item.number}. ${item.title}` : item.title));
  const answer = `${meetingName(meeting).replace(/^the/, 'The')} considered ${titles.length} item${titles.length === 1 ? '' : 's'}: ${titles.join('; ')} [1].`;
  return { kind: 'agenda', answer, citations: [meetingCitation(meeting, 1, titles.join('\n'))] };
}

/** The meeting's decisions, cited from `firstCitation` on. */
function decisionsAnswer(meeting: Meeting, firstCitation: number, quoted: number, lead = `At ${meetingName(meeting)} the decisions were`): MeetingFactAnswer {
  const decisions = meeting.items.flatMap((item, itemIndex) =>
    item.paragraphs.flatMap((paragraph) => (paragraph.isDecision ? [{ itemIndex, paragraph, title: item.title }] : [])),
  );
  if (decisions.length === 0) {
    const n = firstCitation;
    return { kind: 'decisions', answer: `The minutes of ${meetingName(meeting)} record no decisions [${n}].`, citations: [meetingCitation(meeting, n, 'No decisions recorded.')] };
  }
  const cited = decisions.slice(0, quoted);
  const citations = cited.map((decision, index) => meetingCitation(meeting, firstCitation + index, decision.paragraph.text, decision.itemIndex, decision.paragraph.index));
  const lines = cited.map((decision, index) => `On ${decision.title}: ${decision.paragraph.text} [${firstCitation + index}]`);
  const more = decisions.length > cited.length ? ` (${decisions.length - cited.length} more in the minutes)` : '';
  return { kind: 'decisions', answer: `${lead}${more}:\n${lines.join('\n')}`, citations };
}

function meetingsDescribed(question: MeetingFactQuestion, store: Store): MeetingSummary[] {
  return store.listMeetings({ body: question.bodies, from: question.from, to: question.to, limit: 200, offset: 0 }).meetings.filter(
    (meeting) => meeting.date !== null,
  );
}

/** The meetings of the kind of body the question names ("the panel"), when any are among them. */
function ofKindAsked(question: MeetingFactQuestion, meetings: MeetingSummary[]): MeetingSummary[] {
  const ofKind = meetings.filter((meeting) => meeting.body !== null && question.bodiesOfKind?.includes(meeting.body));
  return ofKind.length > 0 ? ofKind : meetings;
}

/** "on 5 March 2019", "in March 2019", "in 2019", "between 1 March 2019 and 30 June 2019": the period a question named. */
function describePeriod(from: string | undefined, to: string | undefined): string {
  if (!from || !to) return from ? `since ${formatDate(from)}` : to ? `up to ${formatDate(to)}` : '';
  if (from === to) return `on ${formatDate(from)}`;
  const [year, month] = from.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (from.endsWith('-01') && to === `${from.slice(0, 8)}${lastOfMonth}`) return `in ${formatDate(from).replace(/^1 /, '')}`;
  if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4)) return `in ${from.slice(0, 4)}`;
  return `between ${formatDate(from)} and ${formatDate(to)}`;
}

/**
 * "Do you have the minutes from 2024?", "Are there minutes of the Dartford committee for 2023?": whether the period asked
 * about is held, then what the minutes (of the bodies named) cover. Asked of no period, what they cover.
 */
function coverageAsked(question: MeetingFactQuestion, store: Store): string {
  const covered = answerCoverage(store, question.bodies);
  if (!question.from && !question.to) return covered;
  const of = question.bodies ? ` of the ${question.bodies[0]}` : '';
  const when = question.from || question.to ? ` ${describePeriod(question.from, question.to)}` : '';
  const held = oneRecordPerMeeting(meetingsDescribed(question, store)).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  if (held.length === 0) return `No minutes${of}${when} are held here. ${covered}`;
  const listed = held.slice(0, MEETINGS_NAMED).map(meetingName);
  const more = held.length > listed.length ? ` and ${held.length - listed.length} more` : '';
  return `Yes: ${held.length} meeting${held.length === 1 ? '' : 's'}${of}${when} ${held.length === 1 ? 'is' : 'are'} held here: ${listed.join('; ')}${more}.`;
}

/** Meetings named when saying which of a period or body are held. */
const MEETINGS_NAMED = 6;

/**
 * No meeting on the date asked ("who attended the meeting in March 2019?"): said with the period asked about, and
 * the meetings held nearest before and after it, so the next question can name one that is there.
 */
function noMeetingAnswer(question: MeetingFactQuestion, store: Store): MeetingFactAnswer {
  const of = question.bodies ? ` of the ${question.bodies[0]}` : '';
  const when = question.from || question.to ? ` ${describePeriod(question.from, question.to)}` : '';
  const held = ofKindAsked(question, oneRecordPerMeeting(meetingsDescribed({ ...question, from: undefined, to: undefined }, store)));
  const before = held.filter((meeting) => question.from && meeting.date! < question.from).sort((a, b) => (a.date! < b.date! ? 1 : -1))[0];
  const after = held.filter((meeting) => question.to && meeting.date! > question.to).sort((a, b) => (a.date! < b.date! ? -1 : 1))[0];
  const nearest = [before && `before it, ${meetingName(before)}`, after && `after it, ${meetingName(after)}`].filter(Boolean);
  const hint = nearest.length > 0 ? ` The nearest recorded: ${nearest.join('; ')}.` : '';
  return { kind: question.kind, answer: `No meeting${of}${when} is in the minutes searched here.${hint}`, citations: [] };
}

/**
 * Answers a question about a meeting from its record. A question that names no single meeting is answered for
 * the only match, or for the most recent when it names no date, or asks which one when several match the dates named.
 */
export function answerMeetingFact(question: MeetingFactQuestion, store: Store, today: string): MeetingFactAnswer {
  if (question.kind === 'coverage') return { kind: 'coverage', answer: coverageAsked(question, store), citations: [] };
  if (question.kind === 'last-met' || question.kind === 'meetings-held' || question.kind === 'next-meeting') {
    return whenMet(question, ofKindAsked(question, meetingsDescribed({ ...question, from: undefined, to: undefined }, store)), store, today);
  }
  if (question.kind === 'office-holder') return { kind: 'office-holder', ...answerOfficeHolder(question.office ?? '', meetingsDescribed(question, store), store) };
  const described = oneRecordPerMeeting(meetingsDescribed(question, store));
  const meetings = described.length > 1 ? ofKindAsked(question, described) : described;
  if (meetings.length === 0) return noMeetingAnswer(question, store);
  if (meetings.length > 1 && !(question.from && question.from === question.to)) {
    const sorted = [...meetings].sort((a, b) => (a.date! < b.date! ? 1 : -1));
    if (question.from === undefined) {
      // No date named ("Who chairs the panel?"): answer for the most recent meeting that records it, and say so.
      const recent = sorted.slice(0, RECENT_MEETINGS_READ).map((meeting) => store.getMeeting(meeting.id)!);
      const asked = ROLE_ASKED[question.kind];
      const meeting = recent.find((candidate) => !asked || holderOf(candidate, asked.role)) ?? recent[0];
      const answer = answerFor(question.kind, meeting);
      const which = meeting.id === sorted[0].id ? 'the most recent meeting' : `the most recent meeting that records its ${asked?.office}`;
      const another = question.bodies === undefined ? 'name a date or committee for another' : 'name a date for another';
      return { ...answer, answer: `${answer.answer}\n(That is ${which}; ${another}.)` };
    }
    const names = sorted.slice(0, 6).map((meeting) => meetingName(meeting));
    return { kind: question.kind, answer: `${meetings.length} meetings match: ${names.join('; ')}. Which one do you mean?`, citations: [] };
  }
  return answerFor(question.kind, store.getMeeting(meetings[0].id)!);
}
