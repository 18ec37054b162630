// ModernGov web pages: "Agenda and minutes" (a whole meeting) and "Agenda item" (one item's minutes).
import { withoutMeetingKindBefore } from '../header/body-name-shape';
import { withoutEarlierMinutes, withoutPeriods } from '../items/earlier-minutes';
import { ITEM_ANCHOR, withoutFurniture } from '../page/furniture-lines';
import { withoutMarkup } from '../lines';
import { cleanVenue, findDate, readableName } from '../header/meeting-fields';
import { findTime } from '../header/meeting-times';
import { NUMBER_ALONE } from '../items/item-numbers';
import { openingProseStart, OPENING_TITLE } from '../header/opening-prose';
import { anyOf } from '../patterns';
import { isMeetingPageTitle } from './layout';
import { tableRowItems } from './table-row-minutes';
import { MINUTES_TITLE, type DraftItem, type DraftMeeting } from '../types';

const AGENDA_ITEM = /^[•·]?\s*Agenda item$/;
/** Page chrome ModernGov prints between the minutes, and the error-page text of a failed page load. */
export const PAGE_CHROME = anyOf([
  /^Additional documents:$/,
  /^Supporting documents:$/,
  /^No\. Item$/,
  AGENDA_ITEM,
  /^This is a default template\b/,
  /^The custom branding should be at\b/,
  /^Technical Error:/,
]);
/** An item's number before its title on one line: "43. Proposed Police Precept". */
const NUMBER_BEFORE_TITLE = /^(\d{1,4})\.\s+(?=\p{Lu})/u;
/** "pdf icon PDF 164 KB", "PDF 1 MB": the report linked after an item's title. */
export const ATTACHMENT = /\s*(?:pdf icon\s+)?PDF\s+[\d.]+\s*[KMG]B\s*$/i;

/** No line of a ModernGov page is a header's attendance: the page lists no one above its items. */
const NO_LINES: ReadonlySet<number> = new Set();

function withoutChrome(lines: string[]): string[] {
  return lines.map((line) => {
    const trimmed = line.trim();
    return PAGE_CHROME.test(trimmed) ? '' : trimmed;
  });
}

/** The first line from `from` with content: a blank line and an item's anchor ("<AI3>" over its title) hold none. */
function nextContentIndex(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length && (lines[index].trim() === '' || ITEM_ANCHOR.test(lines[index].trim()))) index += 1;
  return index;
}

/** Where an item starts (its number's line, or its title's), its number, and its title's line. */
interface ItemStart {
  start: number;
  number: string | null;
  title: number;
}

/**
 * The item whose "Additional documents:" line is at `marker`: its title is the line above, or, when the page prints the
 * item's number on a line of its own ("79/21", "124."), the line after the number, the agenda's description between.
 */
function itemStartAbove(trimmed: string[], marker: number, after: number): ItemStart {
  const above = marker - 1 - [...trimmed.slice(after + 1, marker)].reverse().findIndex((line) => line !== '');
  for (let index = above - 1; index > after; index -= 1) {
    const number = NUMBER_ALONE.exec(trimmed[index]);
    if (number) return { start: index, number: number[2], title: nextContentIndex(trimmed, index + 1) };
  }
  return { start: above, number: null, title: above };
}

/**
 * Items after the last label (`after`) that have none (no minutes taken, or a page cut short): each is numbered on a
 * line of its own, the number after `lastNumber` ("86." under item 85), its title on the next line.
 */
function unlabelledItemsAfter(trimmed: string[], after: number, lastNumber: string | null): ItemStart[] {
  const starts: ItemStart[] = [];
  if (lastNumber === null || !/^\d+$/.test(lastNumber)) return starts;
  let next = Number(lastNumber) + 1;
  for (let index = after + 1; index < trimmed.length; index += 1) {
    const number = trimmed[index] === '' ? null : NUMBER_ALONE.exec(trimmed[index]);
    const title = nextContentIndex(trimmed, index + 1);
    if (number?.[2] !== String(next) || title === trimmed.length) continue;
    starts.push({ start: index, number: number[2], title });
    next += 1;
  }
  return starts;
}

/**
 * Lines of an "Agenda and minutes" page: header, then each item title followed by "Additional documents:", or, for an
 * item with no further papers, by its minutes' "Minutes:" label where the page prints the item's number on a line of its
 * own above the title (without the number, the line above the label may be the agenda's description, no title).
 */
export function parseAgendaAndMinutesPage(lines: string[]): DraftMeeting {
  const trimmed = lines.map((line) => line.trim());
  const firstContent = nextContentIndex(trimmed, 0);
  const starts: ItemStart[] = [];
  // The "Minutes:" label under an item's "Additional documents:" starts no further item. An item's title and number
  // stand after the label above (its minutes are the last item's), so no search reads back past it.
  let papersAbove = false;
  let labelAbove = -1;
  trimmed.forEach((line, index) => {
    if (index <= firstContent || (line !== 'Additional documents:' && line !== 'Minutes:')) return;
    const start = papersAbove && line === 'Minutes:' ? null : itemStartAbove(trimmed, index, Math.max(starts.at(-1)?.title ?? -1, labelAbove));
    if (start && (line === 'Additional documents:' || start.number !== null)) starts.push(start);
    papersAbove = line === 'Additional documents:';
    labelAbove = index;
  });
  starts.push(...unlabelledItemsAfter(trimmed, labelAbove, starts.at(-1)?.number ?? null));
  // "Share this item" and the linked papers' "pdf icon" lines stand between a page's items, as on its other pages.
  const cleaned = withoutFurniture(withoutChrome(lines));
  const items: DraftItem[] = starts.map((item, position) => {
    const title = trimmed[item.title].replace(ATTACHMENT, '');
    // "43. Proposed Police Precept 2018/19": the number printed on the title's line, as a page printed to PDF sets it.
    const numbered = item.number === null ? NUMBER_BEFORE_TITLE.exec(title) : null;
    return {
      number: item.number ?? numbered?.[1] ?? null,
      title: numbered ? title.slice(numbered[0].length) : title,
      // "Minutes:" heads the minutes under the agenda's description of the item: a label, no paragraph.
      lines: cleaned.slice(item.title + 1, starts[position + 1]?.start ?? cleaned.length).map((line) => (line === 'Minutes:' ? '' : line)),
    };
  });
  // Prose above the first item found (items that have neither papers nor a "Minutes:" label, a briefing before the
  // meeting) is minutes, not the page's header: it is kept as the meeting's opening.
  const proseStart = starts.length > 0 ? openingProseStart(trimmed, firstContent, starts[0].start, NO_LINES) : -1;
  const opening: DraftItem[] = proseStart === -1 ? [] : [{ number: null, title: OPENING_TITLE, lines: cleaned.slice(proseStart, starts[0].start) }];
  return { ...headerFields(trimmed.slice(0, starts[0]?.start ?? trimmed.length)), attendees: [], items: [...opening, ...items] };
}

/** A ModernGov meeting page copied as a table of rows ("No. | Item |"), one item a row (table-row-minutes.ts). */
export function parseTableRowsPage(lines: string[]): DraftMeeting {
  const { headerEnd, items } = tableRowItems(lines);
  return { ...headerFields(lines.slice(0, headerEnd).map((line) => line.trim())), attendees: [], items };
}

/** The meeting's fields from the page's header lines (trimmed): its body, date and time, and venue. */
function headerFields(lines: string[]): Omit<DraftMeeting, 'attendees' | 'items'> {
  // "To sign and confirm as a correct record the minutes of the meeting held on 8 September 2022." (a row whose title was
  // lost) gives an earlier meeting's date.
  const header = withoutPeriods(withoutEarlierMinutes(lines.map(withoutMarkup).filter((line) => line !== '' && line !== 'Agenda and minutes')));
  const dateLineIndex = header.findIndex((line) => findDate(line) !== null);
  const dateLine = dateLineIndex === -1 ? '' : header[dateLineIndex];
  // "Body - Tuesday, 17th October, 2023 2.00 pm" (or "- 17/10/2023") on one line, or the body on the line above the date.
  const dash = dateLine.indexOf(' - ');
  const inlineBody = dash > 0 && findDate(dateLine.slice(dash + 3)) !== null ? dateLine.slice(0, dash).trim() : undefined;
  // A table's rule ("---|---|") or heading row above the date names no body.
  const bodyAbove = dateLineIndex > 0 && !/[:|]/.test(header[dateLineIndex - 1]) ? header[dateLineIndex - 1] : null;
  const venueLine = header.find((line) => /^Venue:/i.test(line));
  return {
    body: inlineBody !== undefined || bodyAbove !== null ? readableName(withoutMeetingKindBefore(inlineBody ?? bodyAbove!)) : null,
    date: findDate(dateLine),
    time: findTime(dateLine),
    title: MINUTES_TITLE,
    venue: venueLine ? cleanVenue(venueLine.replace(/^Venue:\s*/i, '')) : null,
  };
}

/** A line that reads as an item's title: it starts with a capital or figure and ends no sentence ("Meeting: 12/03/2025 - Cabinet (Item 67)" names the meeting). */
const readsAsTitle = (line: string) => /^[\p{Lu}\d]/u.test(line) && !line.endsWith('.') && !line.startsWith('Meeting:');

/**
 * Lines of an "Agenda item" page: the item title, "Minutes:", then the item's minutes. No date or body is printed. The
 * page's text as copied has the item's title just above "Minutes:"; printed, a decision and its reasons can stand
 * between, and their last line ("examination.") is no title. The title is then the first line under "Agenda item", as it
 * is on a page copied without its label, when that line reads as one; else the general rules read the page.
 */
export function parseAgendaItemPage(lines: string[]): DraftMeeting {
  const cleaned = withoutChrome(lines);
  const label = cleaned.findIndex((line) => line === 'Minutes:');
  const aboveLabel = label === -1 ? -1 : cleaned.slice(0, label).findLastIndex((line) => line !== '');
  const first = nextContentIndex(cleaned, lines.findIndex((line) => AGENDA_ITEM.test(line.trim())) + 1);
  // "Police and Crime Plan 2013-2017.": a title printed with a full stop, the one line between the label and "Minutes:".
  const alone = aboveLabel !== -1 && aboveLabel === first;
  const titleIndex = aboveLabel !== -1 && (readsAsTitle(cleaned[aboveLabel]) || alone) ? aboveLabel : first;
  const title = alone ? cleaned[titleIndex].replace(/\.$/, '') : (cleaned[titleIndex] ?? '');
  const itemLines = titleIndex === aboveLabel ? cleaned.slice(label + 1) : cleaned.slice(titleIndex + 1).map((line) => (line === 'Minutes:' ? '' : line));
  return {
    body: null,
    date: null,
    time: null,
    title: MINUTES_TITLE,
    venue: null,
    attendees: [],
    items: readsAsTitle(title) ? [{ number: null, title, lines: itemLines }] : [],
  };
}

/**
 * The lines of each meeting page in a text of several, one after another as a council's site prints them: each page
 * starts at its title ("Agenda and minutes"). A text of one page is one part.
 */
export function meetingPages(lines: string[]): string[][] {
  const titles: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (isMeetingPageTitle(lines[index])) titles.push(index);
  }
  if (titles.length < 2) return [lines];
  return titles.map((title, position) => lines.slice(position === 0 ? 0 : title, titles[position + 1] ?? lines.length));
}
