// ModernGov "Issue - meetings" pages: one issue's minutes at each meeting that took it, each under the line naming the
// meeting by its date, body and item number ("Meeting: 22/05/2024 - Cabinet (Item 14)"); and "Issue - decisions" pages,
// the decisions taken on it, each under its date and name ("09/02/2024 - Parking Charges Review").
import { withoutFurniture } from '../page/furniture-lines';
import { findDate } from '../header/meeting-fields';
import { contentLineFrom } from '../patterns';
import { ATTACHMENT } from './moderngov';
import { MINUTES_TITLE, type DraftMeeting } from '../types';

/**
 * "Meeting: 22/05/2024 - Full Council (Item 14)": the meeting's date, its body, and the item's number at it. Only a line
 * of a title's length is tried: the pattern reads a run of white space at each of its splits.
 */
export const MEETING_ITEM_LINE = /^(?=.{0,300}$)\s*Meeting:\s*(\S.*?)\s+-\s+(\S.*?)\s*\(Item\s+([\w./]+)\)\s*$/;

/** "09/02/2024 - Parking Charges Review": a decision on an issue, by its date and its name (no body's). */
const DATED_DECISION_LINE = /^\s*(\d{1,2}\/\d{1,2}\/\d{4})\s+-\s+\S/;
const DECISIONS_PAGE_TITLE = /^\s*Issue - decisions\s*$/;

/** Whether a text is an issue page: a line naming a meeting with its item, or a decisions page's dated decision. */
export function isIssuePage(hasLine: (literal: string, pattern: RegExp) => boolean): boolean {
  return hasLine('Meeting:', MEETING_ITEM_LINE) || (hasLine('Issue - decisions', DECISIONS_PAGE_TITLE) && hasLine('/', DATED_DECISION_LINE));
}

/**
 * An "Issue - decisions" page: each decision a meeting of no named body on its date, its one item titled by the issue
 * (the line under the page's title), its lines the decision's text.
 */
function parseIssueDecisionsPage(lines: string[]): DraftMeeting[] {
  const titleAt = lines.findIndex((line) => DECISIONS_PAGE_TITLE.test(line));
  const issueAt = contentLineFrom(lines, titleAt + 1);
  const starts = lines.flatMap((line, index) => (index > titleAt && DATED_DECISION_LINE.test(line) ? [index] : []));
  const issue = issueAt === lines.length || starts.includes(issueAt) ? null : lines[issueAt].trim();
  return starts.map((start, position) => ({
    body: null,
    date: findDate(DATED_DECISION_LINE.exec(lines[start])![1]),
    time: null,
    title: MINUTES_TITLE,
    venue: null,
    attendees: [],
    items: [{ number: null, title: issue ?? lines[start].trim().replace(/^\S+\s+-\s+/, ''), lines: withoutFurniture(lines.slice(start + 1, starts[position + 1] ?? lines.length)) }],
  }));
}

/**
 * Each meeting of the page, with its one item: numbered as the meeting line says, titled by the first line under it
 * (the number the page may print before the title left off), its lines the rest down to the next meeting. The issue's
 * own title above the first meeting is the page's heading, no part of any meeting's minutes.
 */
export function parseIssuePage(lines: string[]): DraftMeeting[] {
  const starts = lines.flatMap((line, index) => (MEETING_ITEM_LINE.test(line) ? [index] : []));
  if (starts.length === 0) return parseIssueDecisionsPage(lines);
  return starts.map((start, position) => {
    const [, date, body, number] = MEETING_ITEM_LINE.exec(lines[start])!;
    const end = starts[position + 1] ?? lines.length;
    const titleIndex = contentLineFrom(lines, start + 1, end);
    const title = titleIndex === end ? '' : lines[titleIndex].trim().replace(ATTACHMENT, '');
    const numbered = title.startsWith(number) && /^[.):]?\s/.test(title.slice(number.length)) ? title.slice(number.length).replace(/^[.):]?\s+/, '') : title;
    const itemLines = titleIndex === end ? [] : withoutFurniture(lines.slice(titleIndex + 1, end));
    return {
      body,
      date: findDate(date),
      time: null,
      title: MINUTES_TITLE,
      venue: null,
      attendees: [],
      items: numbered === '' ? [] : [{ number, title: numbered, lines: itemLines }],
    };
  });
}
