// Which reading of a text wins: the rules of the layout detected (layout.ts), or the general rules. A known layout's
// rules were written for its samples and read them best, but they must find as much of the document, and keep most of
// its text, or the general rules' meetings stand.
import { parseDecisionDetailsPage } from './decision-details';
import { parseDecisionListPage } from './decision-lists';
import { parseIssuePage } from './issue-pages';
import type { Layout } from './layout';
import { meetingPages, parseAgendaAndMinutesPage, parseAgendaItemPage, parseTableRowsPage } from './moderngov';
import { trimmedLength } from '../patterns';
import { parsePrintedDocument } from './printed';
import { AGENDA_TITLE, type DraftMeeting } from '../types';

export { withDecisionRecord } from './decision-details';

const withItems = (drafts: DraftMeeting[]) => drafts.filter((draft) => draft.items.length > 0);
const itemCount = (drafts: DraftMeeting[]) => drafts.reduce((sum, draft) => sum + draft.items.length, 0);
const attendeeCount = (drafts: DraftMeeting[]) => drafts.reduce((sum, draft) => sum + draft.attendees.length, 0);

/**
 * Pages of one item (a decision, an "Agenda item" page): the general rules finding more items there have split it at a
 * section label or a numbered resolution, and read its title as the body that met.
 */
const ONE_ITEM_PAGES: ReadonlySet<Layout> = new Set(['moderngov-decision', 'moderngov-item']);
/**
 * Whether the general rules read the text as one meeting at most: where they find two dated meetings or more, the file
 * holds several meetings' minutes, and a one-item page among them ("Agenda item" above a year of minutes) is no reason
 * to read the whole file as that page.
 */
const readsAsOneMeeting = (general: DraftMeeting[]) => general.filter((meeting) => meeting.date !== null).length < 2;

/** The characters of every item's title and lines: how much of a document a reading keeps. */
const keptCharacters = (drafts: DraftMeeting[]) =>
  drafts.reduce((sum, draft) => sum + draft.items.reduce((inItem, item) => inItem + item.title.length + item.lines.reduce((inLines, line) => inLines + trimmedLength(line), 0), 0), 0);

/**
 * Whether a known layout's reading keeps most of the text the general rules keep: its rules skip what is not minutes
 * (a pack's notices and reports), but a page of that layout followed by other minutes in the same file ("Agenda item"
 * over one item, then a year of minutes) is read as the one page, and the rest was dropped. A decision page's rules
 * leave out most of its text by design (its labelled fields: status, dates, the report's author), so it keeps its reading.
 */
const keepsMostText = (layout: Layout, known: DraftMeeting[], general: DraftMeeting[]) => layout.startsWith('moderngov-decision') || keptCharacters(known) * 2 >= keptCharacters(general);

/**
 * The general rules' meetings, dated and named, held on a date none of a printed pack's meetings is: the pack's rules
 * read the papers they know and skip the rest, and minutes of another kind after the pack (a meeting page) were lost.
 */
const meetingsMissed = (known: DraftMeeting[], general: DraftMeeting[]) => general.filter((meeting) => meeting.date !== null && meeting.body !== null && !known.some((draft) => draft.date === meeting.date));

/** A known layout's rules win when they find more items than the general rules, or as many and as many people. */
function knowsMore(known: DraftMeeting[], general: DraftMeeting[]): boolean {
  const [knownItems, generalItems] = [itemCount(known), itemCount(general)];
  return knownItems > generalItems || (knownItems === generalItems && attendeeCount(known) >= attendeeCount(general));
}

/**
 * Whether a printed reading found only an agenda, undated or of the general rules' one meeting's date, most of whose
 * items that meeting's minutes hold as their own: "AGENDA" printed over the minutes' order of business (an Australian
 * shire's minutes set it under their attendance), not an agenda paper in a pack (a pack's minutes are read as minutes).
 */
/** An item's title without its number ("7.1 REPORT OF …" as the minutes title it "REPORT OF …"), in lower case. */
const titleWords = (title: string) => title.replace(/^\d{1,3}(?:\.\d{1,3})*\s+/, '').toLowerCase();

function agendaRepeatsMinutes(known: DraftMeeting[], general: DraftMeeting[]): boolean {
  if (general.length !== 1 || !known.every((draft) => draft.title === AGENDA_TITLE && (draft.date === null || draft.date === general[0].date))) return false;
  const minutesTitles = new Set(general[0].items.map((item) => titleWords(item.title)));
  const agendaTitles = known.flatMap((draft) => draft.items.map((item) => titleWords(item.title)));
  // "Apologies for absence Cllr S Whitby sent apologies …": the minutes under a short agenda read into its entries' titles.
  const repeats = (title: string) => minutesTitles.has(title) || [...minutesTitles].some((minutes) => title.startsWith(`${minutes} `));
  return agendaTitles.filter(repeats).length * 2 > agendaTitles.length;
}

/**
 * The sample layouts whose exact rules are known; null when none fits or its rules find nothing (a printed document's
 * rules, also when they find fewer items than `generalItems`, the general rules' count, and so cannot win).
 * `lines` are the text's lines, `pageLines` the same without page furniture.
 */
function draftKnownLayout(layout: Layout | null, lines: string[], pageLines: string[], generalItems: number): DraftMeeting[] | null {
  if (layout === 'moderngov-minutes') return withItems(meetingPages(lines).map(parseAgendaAndMinutesPage));
  if (layout === 'moderngov-item') return withItems([parseAgendaItemPage(lines)]);
  if (layout === 'moderngov-table') return withItems([parseTableRowsPage(lines)]);
  if (layout === 'moderngov-decision') return withItems([parseDecisionDetailsPage(lines)]);
  if (layout === 'moderngov-decision-list') return withItems(parseDecisionListPage(lines));
  if (layout === 'moderngov-issue') return withItems(parseIssuePage(lines));
  if (layout === 'printed') {
    const drafts = withItems(parsePrintedDocument(pageLines, generalItems));
    return drafts.length > 0 ? drafts : null;
  }
  return null;
}

/**
 * The most items a known layout's rules can find, where that is cheap to tell: when the general rules found more,
 * the layout's rules cannot win and need not run. An "Agenda and minutes" page has one title above each "Additional
 * documents:" or "Minutes:" line at most (a page of one item wins whatever the general rules find).
 */
function mostKnownItems(layout: Layout | null, lines: string[]): number {
  if (layout === 'moderngov-minutes') return lines.filter((line) => line.trim() === 'Additional documents:' || line.trim() === 'Minutes:').length;
  return Infinity;
}

/**
 * The meetings of a text as the detected layout's rules read them, where they win over the general rules' `general`
 * (a printed pack's followed by the general rules' meetings it skipped); null where the general rules' meetings stand.
 * `lines` are the text's lines, `pageLines` the same without page furniture.
 */
export function knownLayoutDrafts(layout: Layout | null, lines: string[], pageLines: string[], general: DraftMeeting[]): DraftMeeting[] | null {
  const generalItems = itemCount(general);
  const known = mostKnownItems(layout, lines) >= generalItems ? draftKnownLayout(layout, lines, pageLines, generalItems) : null;
  if (known === null || layout === null) return null;
  // A list of decisions is one meeting a decision, whatever the general rules find in its fields.
  const wins = (ONE_ITEM_PAGES.has(layout) && known.length > 0 && readsAsOneMeeting(general)) || (layout === 'moderngov-decision-list' && known.length > 0) || knowsMore(known, general);
  if (!wins || !keepsMostText(layout, known, general) || (layout === 'printed' && agendaRepeatsMinutes(known, general))) return null;
  return layout === 'printed' ? [...known, ...meetingsMissed(known, general)] : known;
}
