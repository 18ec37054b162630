// ModernGov "Decision details" pages: one decision of a body, its fields labelled ("Decision Maker: Cabinet",
// "Date of decision: 10/09/2025") and its text (purpose, decision, reasons) between them.
import { withoutMarkup } from '../lines';
import { findDate } from '../header/meeting-fields';
import { speakerForRole } from '../speakers/speaker-roles';
import type { Paragraph } from '../../../core/types';
import { MINUTES_TITLE, type DraftItem, type DraftMeeting } from '../types';

/** The page's fields: who decided, its status, and its dates, printed above and below the decision's text. */
const FIELD =
  /^(?:Decision Maker|Decision status|Is Key decision\?|Is subject to call in\?|Report author|Lead Member|Lead officer|Publication date|Date of decision|Decided at meeting|Effective from|Call-in deadline|Date comes into force|Wards affected|Conflict of Interest|Dispensation Granted)\s*:/i;
/** The page's own title, and its breadcrumb, above the decision's name. */
const PAGE_TITLE = /^Decision details$/i;
/** The list of the reports the decision was taken on, and the site's footer after it: no part of the decision. */
const ATTACHMENTS = /^Accompanying Documents:?$/i;
/**
 * The page's section labels other than the decision's own ("Decision:", "Decision taken"), which marks what follows as
 * the decision: printed in bold above their text, they head no item and say nothing themselves.
 */
const SECTION_LABEL =
  /^(?:Purpose|Reasons? for (?:the )?decisions?|Alternative options (?:considered|rejected)(?: and rejected)?|Details of any alternative options? considered and rejected|Interests and Nature of Interests Declared)\s*:?$/i;
/** "10/09/2025 - Cabinet": the meeting a decision was taken at, by its date and body. */
const DATE_THEN_BODY = /^\S+\s+-\s+(.+)$/;

/**
 * "Cabinet Member for Highways", "Portfolio Holder for Finance", "Leader of the Council", "Director of Place": a decision
 * maker who is one person, by office (a Cabinet, an Executive or a committee is a body, which the meeting's body names).
 */
const ONE_PERSONS_OFFICE = /\b(?:Member|Holder|Leader|Mayor|Councillor|Director|Officer|Manager|Commissioner|Head of|Chief Executive|Secretary)\b/;
const BODY_WORD = /\b(?:Committee|Board|Panel|Forum|Group|Partnership)\b/;
/** "Executive Member Decision Session", "Mayor's Cabinet", "Members' Allowances": a meeting or a body, no one's office. */
const NOT_ONE_PERSON = /\b(?:Decisions?|Sessions?|Meetings?|Cabinet|Council|Executive|Members|Leaders|Officers)$|['’]s?\s|\b(?:and|&)\s+(?:Leader|Cabinet|Deputy)/;

/** The speaker of a decision taken by `maker`, where the maker is one person's office; else undefined. */
export function decisionMakerSpeaker(maker: string | null): string | undefined {
  if (maker === null || maker.length > 100 || !ONE_PERSONS_OFFICE.test(maker) || BODY_WORD.test(maker) || NOT_ONE_PERSON.test(maker)) return undefined;
  return speakerForRole(maker.replace(/^the\s+/i, '').replace(/[.;,]+$/, ''));
}

/** Whether a text is a ModernGov decision page: its decision's date, and who took the decision or its status. */
export function isDecisionDetailsPage(hasLine: (literal: string, pattern: RegExp) => boolean): boolean {
  return (
    (hasLine('Date of decision:', /^\s*Date of decision:/) || hasLine('Decided at meeting:', /^\s*Decided at meeting:/)) &&
    (hasLine('Decision Maker:', /^\s*Decision Maker:/i) || hasLine('Decision status:', /^\s*Decision status:/i))
  );
}

/** The value of the first line labelled `label`, or null. */
export function fieldValue(lines: string[], label: RegExp): string | null {
  const line = lines.find((candidate) => label.test(candidate));
  return line === undefined ? null : line.slice(line.indexOf(':') + 1).trim();
}

/**
 * The page as one meeting of one item: the body that decided (the meeting it was decided at, else the decision maker),
 * the decision's date, and its text. The item is the decision's name where the page prints one above its fields; the
 * page's prose (purpose, decision, reasons, options) is the item's lines, its section labels ("Decision:") kept to mark
 * the decision.
 */
export function parseDecisionDetailsPage(lines: string[]): DraftMeeting {
  const trimmed = lines.map((line) => withoutMarkup(line).trim());
  const pageTitle = trimmed.findLastIndex((line) => PAGE_TITLE.test(line));
  const firstField = trimmed.findIndex((line) => FIELD.test(line));
  const attachments = trimmed.findIndex((line, index) => index > firstField && ATTACHMENTS.test(line));
  const named = trimmed.slice(pageTitle + 1, firstField).flatMap((line, offset) => (line === '' ? [] : [pageTitle + 1 + offset]));
  // A page printing no name for its decision (or more lines than one name above its fields) keeps those lines as text.
  const titleLine = named.length === 1 ? named[0] : null;
  const text = trimmed.slice((titleLine ?? pageTitle) + 1, attachments === -1 ? undefined : attachments);
  const meeting = fieldValue(trimmed, /^Decided at meeting\s*:/i);
  const decisionDate = fieldValue(trimmed, /^Date of decision\s*:/i);
  const maker = fieldValue(trimmed, /^Decision Maker\s*:/i);
  const decisionMaker = decisionMakerSpeaker(maker);
  return {
    body: (meeting === null ? null : DATE_THEN_BODY.exec(meeting)?.[1]) ?? maker,
    date: findDate(decisionDate ?? meeting ?? ''),
    time: null,
    title: MINUTES_TITLE,
    venue: null,
    attendees: [],
    items: [{ number: null, title: titleLine === null ? 'Decision' : trimmed[titleLine], lines: text.map((line) => (FIELD.test(line) || SECTION_LABEL.test(line) ? '' : line)), ...(decisionMaker ? { decisionMaker } : {}) }],
  };
}

/**
 * A decision record's item: its words are the decision where no label marks one ("To approve the contract award." under
 * a list's fields), and its one-person decision maker ("Cabinet Member for Highways", named by the record or as the
 * meeting's body) says each decision.
 */
export function withDecisionRecord(item: DraftItem, paragraphs: Paragraph[], decisions: string[], body: string | null): void {
  if (item.decidedText && decisions.length === 0 && paragraphs.length > 0) {
    paragraphs[0].isDecision = true;
    decisions.push(paragraphs[0].text);
  }
  // A meeting of one decision maker ("Lead Member for Transport - Monday, 10th March, 2025") is theirs to decide too.
  const maker = item.decisionMaker ?? (decisions.length > 0 ? decisionMakerSpeaker(body) : undefined);
  if (maker) for (const paragraph of paragraphs) if (paragraph.isDecision && paragraph.speaker === null) paragraph.speaker = maker;
}
