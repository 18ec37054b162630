// ModernGov "Decisions" pages (mgDelegatedDecisions): a list of decisions published, each headed by its date and title
// ("12/01/2025 - Garden waste charge ref: 3021    Recommendations Approved"), its labelled fields under that ("Decision
// Maker:", "Made at meeting:", "Decision published:", "Effective from:") and the decision's words after them. The
// decisions were taken by different bodies, or by one person, on different days: each is a meeting of one item.
import { withoutMarkup } from '../lines';
import { findDate } from '../header/meeting-fields';
import { decisionMakerSpeaker, fieldValue } from './decision-details';
import { MINUTES_TITLE, type DraftMeeting } from '../types';

/** An entry's fields, above its decision's words. */
const FIELD = /^(?:Decision Maker|Made at meeting|Decision published|Effective from|Decision status|Is Key decision\?|Is subject to call in\?|Lead officer|Wards affected)\s*:/i;
/** "12/01/2025 - Garden waste charge ref: 3021    Recommendations Approved": the entry's date, title, reference and status. */
const ENTRY_HEADING = /^(\d{1,2}\/\d{1,2}\/\d{4})\s+-\s+(.+?)(?:\s+ref:\s*\d+\b.*)?$/;
/** "12/01/2025 - Transport Committee": the meeting a decision was made at, by its date and body. */
const DATE_THEN_BODY = /^(\S+)\s+-\s+(.+)$/;
/** An entry's heading is at most this many lines above its "Decision Maker:" field, blank lines counted. */
const HEADING_REACH = 4;

/** Whether a text is a list of ModernGov decisions: who made each, and when each was published. */
export function isDecisionListPage(hasLine: (literal: string, pattern: RegExp) => boolean): boolean {
  return hasLine('Decision published:', /^\s*Decision published:/) && hasLine('Decision Maker:', /^\s*Decision Maker:/i);
}

/** Where each entry starts: its heading over its "Decision Maker:" field, or the field itself where no heading is printed. */
function entryStarts(trimmed: string[]): number[] {
  const starts: number[] = [];
  trimmed.forEach((line, index) => {
    if (!/^Decision Maker\s*:/i.test(line)) return;
    let start = index;
    for (let above = index - 1; above >= Math.max(0, index - HEADING_REACH) && above > (starts[starts.length - 1] ?? -1); above -= 1) {
      if (ENTRY_HEADING.test(trimmed[above])) start = above;
    }
    starts.push(start);
  });
  return starts;
}

/** One entry as a meeting: the body that decided (its meeting's, else the decision maker), the date, and the decision. */
function entryMeeting(entry: string[]): DraftMeeting {
  const heading = ENTRY_HEADING.exec(entry[0]);
  const maker = fieldValue(entry, /^Decision Maker\s*:/i);
  const meeting = DATE_THEN_BODY.exec(fieldValue(entry, /^Made at meeting\s*:/i) ?? '');
  const decisionMaker = decisionMakerSpeaker(maker);
  return {
    body: meeting?.[2] ?? maker,
    date: findDate(meeting?.[1] ?? heading?.[1] ?? fieldValue(entry, /^Decision published\s*:/i) ?? ''),
    time: null,
    title: MINUTES_TITLE,
    venue: null,
    attendees: [],
    items: [
      {
        number: null,
        title: heading?.[2].trim() ?? 'Decision',
        lines: (heading ? entry.slice(1) : entry).map((line) => (FIELD.test(line) ? '' : line)),
        decidedText: true,
        ...(decisionMaker ? { decisionMaker } : {}),
      },
    ],
  };
}

/** The page's decisions, each a meeting of one item; the page's words above the first entry are its furniture. */
export function parseDecisionListPage(lines: string[]): DraftMeeting[] {
  const trimmed = lines.map((line) => withoutMarkup(line).trim());
  const starts = entryStarts(trimmed);
  return starts.map((start, position) => entryMeeting(trimmed.slice(start, starts[position + 1] ?? trimmed.length)));
}
