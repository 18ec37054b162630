// Where each meeting of a document of several sets of minutes starts: at its "Minutes of …" title followed by a date
// (general.ts tells those), with the council's and committee's names in capitals just above it, or at the header above
// a list of those present that names a body and a date ("Elmcote Parish Council" / "Minutes of the meeting held on
// 14 January 2025" / "Present: …"), as every set of minutes opens, or, where the header lists none, above the first
// item ("1. Call to Order") of minutes the header names, or above the sentence opening them ("Mayor Reyes called the
// meeting to order at 6:02 p.m.", "The Board of County Commissioners met in regular session …"), as US minutes open.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { isCapsLine } from '../items/capitals';
import { FIRST_ITEM_HEADING } from '../items/item-numbers';
import { endsSentence } from '../lines';
import { namesKindOf } from './carried-bodies';
import { firstContentCharacter, isBlank } from '../patterns';
import { isSignOffLine } from '../page/sign-off';
import { datedLogStarts } from './dated-log';

/** What general.ts tells of a document's lines: its titles, the body a meeting's header lines name, the date a text holds (null for none). */
export interface MeetingReaders {
  isMeetingAnchor: (lines: string[], index: number) => boolean;
  bodyOf: (headerLines: string[]) => string | null;
  dateOf: (text: string) => string | null;
}

/** Each meeting's first line; [0] for a document of one meeting (fewer than two titles or headers). */
export function meetingStarts(lines: string[], readers: MeetingReaders): number[] {
  // A loop, not flatMap: an array per line of a large document was most of the cost.
  const anchors: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (readers.isMeetingAnchor(lines, index) && !restatesTitle(lines, anchors[anchors.length - 1], index) && !underItemHeading(lines, index)) anchors.push(index);
  }
  // Upper-case headings just above an anchor (the council and committee names) belong to its meeting.
  const titled = anchors.map((anchor, position) => {
    let start = anchor;
    const floor = position === 0 ? 0 : anchors[position - 1] + 1;
    for (let index = anchor - 1; index >= floor && anchor - index <= 6; index -= 1) {
      if (isCapsLine(lines[index]) || /^#{1,6}\s/.test(lines[index].trim())) start = index;
      else if (!isBlank(lines[index])) break;
    }
    return start;
  });
  // A title no header above a list of those present holds starts a meeting beside another title, or when it ends no
  // sentence: "Minutes of the meetings held on 8th May were agreed by all present." in a meeting's text has a title's shape.
  const standsAlone = (anchor: number) => anchors.length >= 2 || !endsSentence(lines[anchor]);
  const spans = presenceHeaderSpans(lines, readers);
  // Naming each header's meeting is the costly part, and most documents hold one meeting: where even every header
  // taken as a meeting's start gives fewer than two, the headers that name none would not give more.
  // With no titles or headers telling meetings apart, a log of them may open each with its date alone (dated-log.ts).
  if (withHeadersAbovePresence(titled, anchors, spans, standsAlone).length < 2) return datedLogStarts(lines, readers.dateOf) ?? [0];
  const starts = withHeadersAbovePresence(titled, anchors, namedHeaders(lines, spans, readers), standsAlone);
  if (starts.length < 2) return datedLogStarts(lines, readers.dateOf) ?? [0];
  starts[0] = 0;
  return starts;
}

/** Lines of text after a meeting's title within which another title restates it: "Minutes of the January meeting of X" over "Minutes of the meeting of X held on …". */
const RESTATED_TITLE_LINES = 3;

function restatesTitle(lines: string[], previousAnchor: number | undefined, anchor: number): boolean {
  if (previousAnchor === undefined || anchor - previousAnchor > RESTATED_TITLE_LINES * 2 + 1) return false;
  return lines.slice(previousAnchor + 1, anchor).filter((line) => !isBlank(line)).length < RESTATED_TITLE_LINES;
}

/**
 * Whether the line above a title (blank lines aside) is an item's heading: "5. Minutes of the previous meeting" over
 * "Minutes of the Planning Committee held on 3 December 2024" names the minutes the item confirms, starting no meeting.
 */
function underItemHeading(lines: string[], index: number): boolean {
  let above = index - 1;
  while (above >= 0 && isBlank(lines[above])) above -= 1;
  return above >= 0 && NUMBERED_HEADING.test(lines[above]);
}

/**
 * A meeting's header above the label of those present (`label`): `top`, the first of the lines above that may head it,
 * and `start`, its first line once the minutes above are let go.
 */
interface PresenceHeader {
  top: number;
  start: number;
  label: number;
}

/**
 * The titled starts with each header above a list of those present that no title already starts (a title between the
 * header's top and its label is that meeting's), in order; a title no header holds only where `standsAlone` says so.
 * Both lists are in order, so one walk merges them.
 */
function withHeadersAbovePresence(titled: number[], anchors: number[], headers: PresenceHeader[], standsAlone: (anchor: number) => boolean): number[] {
  const starts: number[] = [];
  const push = (start: number) => {
    if (starts.length === 0 || start > starts[starts.length - 1]) starts.push(start);
  };
  let next = 0;
  for (const header of headers) {
    for (; next < anchors.length && anchors[next] < header.top; next += 1) if (standsAlone(anchors[next])) push(titled[next]);
    // The header's lines above its title ("Eastmarch County Council" over "Cabinet" over "Minutes of a meeting of the
    // Cabinet held on …") are its meeting's, in whatever case they are printed.
    if (next < anchors.length && anchors[next] < header.label) push(Math.min(titled[next++], header.start));
    else push(header.start);
    for (; next < anchors.length && anchors[next] < header.label; next += 1) push(titled[next]);
  }
  for (; next < anchors.length; next += 1) if (standsAlone(anchors[next])) push(titled[next]);
  return starts;
}

/** At most this many lines (not blank) above a list of those present are its meeting's header. */
const MAX_HEADER_LINES = 6;

/** A line that closes the minutes above it, never part of the next meeting's header: "The meeting closed at 9.15 pm", "Date of next meeting: …". */
const CLOSING_LINE = /\bnext\s+meeting\b|\bmeeting\s+(?:closed|ended|finished)\b|\bclosed\s+at\b/i;

/**
 * An item's heading: "4. Finance", "12) Planning", "B. Correspondence" (a date's "10 December 2024" has no mark after
 * its number), or a minute numbered in the council's year ("429/17 Submitted" over the committee minutes it receives).
 */
const NUMBERED_HEADING = /^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*|[A-Z])[.)]|\d{1,4}\/\d{2,4})\s/;

/** The words a label of those present standing alone holds, in either case: one search of the line, not one for each. */
const PRESENCE_WORDS = /resent|RESENT|ttend|TTEND|ederunt|EDERUNT/;

/** How far into its line a label naming who they were ends with its colon ("Council Members present:" and shorter). */
const LABEL_COLON_REACH = 40;
const colonNearStart = (line: string) => {
  const colon = line.indexOf(':');
  return colon !== -1 && colon <= LABEL_COLON_REACH;
};

/**
 * Whether a line (not blank) opens a list of those present ("Present:", "Members present:", "Sederunt", or a label
 * with its colon naming who they were: "Members: Moira Lindsay (Chair)", "Chair: Cllr Featherstone"): the words such a
 * label holds or its colon, then the label.
 */
function opensPresence(line: string): boolean {
  if (!PRESENCE_WORDS.test(line) && !colonNearStart(line)) return false;
  return attendanceLabelOf(line)?.attendance === 'present';
}

/**
 * "Mayor Reyes called the regular meeting to order at 6:02 p.m.", "I call this special meeting … to order", "The Board
 * of County Commissioners met in regular session …", "The Regular Meeting of the Board of Trustees … was held at Village
 * Hall," (opening its line): the sentence with which minutes open, in the past (or spoken) as
 * only minutes write it (an agenda's "Call to Order" is no sentence; "asked the Clerk to order a new bench" orders a
 * thing, where a meeting called to order is followed by when, by whom or the sentence's end). The gap is bounded, so a
 * long line fails fast.
 */
const OPENING_SENTENCE = /\b(?:called|calls|call\s+this)\b[^.]{0,100}?\bto\s+order(?=\s*(?:$|[.,;:]|(?:at|by|in|on)\b))|\b(?:met|convened)\s+in\s+(?:[a-z]+\s+)?session\b|^\s*(?:The|A|An)\s+(?:[A-Z][a-z]+\s+)?Meeting\s+of\s[^.]{0,100}?\bwas\s+held\b/i;

/** The words every opening sentence holds, in either case: one search of the line rules most lines out. */
const OPENING_WORDS = /order|ORDER|ession|ESSION|held|HELD/;

/** How far into its line the sentence opening the minutes says so: a paragraph of megabytes (a document run onto one line) is not read whole. */
const OPENING_REACH = 1000;

/** Whether a line opens a meeting's minutes with the sentence saying it was called to order or met. */
function opensWithSentence(line: string): boolean {
  const start = line.length > OPENING_REACH ? line.slice(0, OPENING_REACH) : line;
  return OPENING_WORDS.test(start) && OPENING_SENTENCE.test(start);
}

/** Whether lines `top` to `end` say they are minutes ("MINUTES", "Minutes of the Ordinary Meeting …"). */
function namesMinutes(lines: string[], top: number, end: number): boolean {
  for (let index = top; index < end; index += 1) if (/\bminutes\b/i.test(lines[index])) return true;
  return false;
}

/**
 * Whether a line is a meeting's first item's heading, where its header gives no list of those present (a page number
 * before a title, "1 MINUTES OF …", has no mark): told first by its first character.
 */
function opensFirstItem(line: string): boolean {
  return firstContentCharacter(line) === '1' && FIRST_ITEM_HEADING.test(line);
}

/**
 * Whether a line above a list of those present (or a first item) may be its meeting's header: not the label of another
 * list, the close of the minutes above or their sign-off ("Sandra Ruiz, Clerk of the Board"), an item's heading, nor a
 * finished sentence (three words or fewer are a detail), unless `sentences` lets one holding a date be (a header's
 * "… on Tuesday 10 December 2024 at 10.00 am." ends with a full stop; above a first item, "The minutes of the meeting
 * held on 24 November 1980 were confirmed." is the item above's text).
 */
function mayHeadMeeting(line: string, readers: MeetingReaders, sentences: boolean): boolean {
  if (attendanceLabelOf(line) !== null || CLOSING_LINE.test(line) || NUMBERED_HEADING.test(line) || isSignOffLine(line)) return false;
  return !endsSentence(line) || isShortLine(line) || endsWithClockTime(line) || (sentences && readers.dateOf(line) !== null);
}

/** "High School Library, 7:00 p.m.": a header's line whose only full stop is its time's. */
const CLOCK_TIME_AT_END = /\d\s*[ap]\.m\.\s*$/i;

/** Whether a line ends with a time of day in "a.m." or "p.m.": told first by its last characters being a full stop after "m". */
function endsWithClockTime(line: string): boolean {
  const end = line.trimEnd();
  return end.endsWith('m.') || end.endsWith('M.') ? CLOCK_TIME_AT_END.test(end) : false;
}

/** A line of three words at most ("9:00 a.m.", "Held remotely."): a header's detail, whatever mark ends it. */
function isShortLine(line: string): boolean {
  return line.trim().split(/\s+/, 4).length <= 3;
}

/**
 * Each list of those present (or first item of minutes, or sentence opening them) under lines that may head a meeting, as each meeting's minutes
 * open: the header is the lines just above the label (at most MAX_HEADER_LINES), up to one that cannot head a meeting;
 * `start` is its `top` until namedHeaders lets the minutes above go.
 */
function presenceHeaderSpans(lines: string[], readers: MeetingReaders): PresenceHeader[] {
  const headers: PresenceHeader[] = [];
  for (let line = 0; line < lines.length; line += 1) {
    const presence = opensPresence(lines[line]);
    const opening = !presence && opensWithSentence(lines[line]);
    if (!presence && !opening && !opensFirstItem(lines[line])) continue;
    let label = line;
    let top = line;
    for (let index = line - 1, counted = 0; index >= 0 && counted < MAX_HEADER_LINES; index -= 1) {
      if (isBlank(lines[index])) continue;
      counted += 1;
      // "Presiding: Cllr Ó Briain" or "Chair: Mrs Kerr" just above "Members Present:": the attendance starts there (a
      // first item under a list of those present is that list's meeting's, whose label opens it).
      if (presence && top === label && attendanceLabelOf(lines[index]) !== null) label = index;
      else if (!mayHeadMeeting(lines[index], readers, presence)) break;
      top = index;
    }
    // A first item starts minutes under a header calling them so: an agenda's first item is no meeting's.
    if (top < label && (presence || opening || namesMinutes(lines, top, label))) headers.push({ top, start: top, label });
  }
  return headers;
}

/** The headers that name a body and a date, each starting where the minutes above it are let go. */
function namedHeaders(lines: string[], spans: PresenceHeader[], readers: MeetingReaders): PresenceHeader[] {
  const headers: PresenceHeader[] = [];
  let bodyBefore: string | null = null;
  for (const { top, label } of spans) {
    // "The Board met in regular session on June 17, 2025 …" over "Chair Hollister called the meeting to order at 6:00
    // p.m." over "Present: …": the header above the first opening is the meeting's; a later one reaching back over it
    // (through the dated sentence) would start another meeting at that sentence, which names the same body and date.
    if (headers.length > 0 && top <= headers[headers.length - 1].label) continue;
    const body = namedMeeting(lines, top, label, readers, bodyBefore);
    if (body === null) continue;
    headers.push({ top, start: withoutStrayLines(lines, top, label, body, readers), label });
    bodyBefore = body;
  }
  return headers;
}

/**
 * The body lines `top` to `label` name, when they also give a date; null when they name no meeting. A title of minutes
 * naming only the kind of the body named before it (`bodyBefore`) names that body: "Minutes of the Parish Council
 * Meeting held on 7th April 2025", the second meeting of a council's year of minutes, its name printed over the first.
 */
function namedMeeting(lines: string[], top: number, label: number, readers: MeetingReaders, bodyBefore: string | null): string | null {
  const header = lines.slice(top, label);
  if (readers.dateOf(header.join(' ')) === null) return null;
  return readers.bodyOf(header) ?? (bodyBefore !== null && header.some((line) => namesKindOf(line, bodyBefore)) ? bodyBefore : null);
}

/**
 * The header's first line once the lines above its title that are the minutes above are let go: the header starts at
 * the last line from which it still names the same body and a date (the previous minutes' last words, a page number,
 * "It was RESOLVED … on 16th November 2010.", named neither). A title naming only the body's kind names no body here:
 * the name over it ("BRIDGEMOOR DRAINAGE BOARD" over "Minutes of the Board meeting …") is the header's.
 */
function withoutStrayLines(lines: string[], top: number, label: number, body: string, readers: MeetingReaders): number {
  let start = top;
  for (let next = start + 1; next < label; next += 1) {
    if (isBlank(lines[next])) continue;
    if (namedMeeting(lines, next, label, readers, null) !== body) break;
    start = next;
  }
  return start;
}
