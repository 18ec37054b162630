// Plain text of a minutes document → meetings, items and paragraphs. Pure: no I/O, no logging.
import { withoutLineNumbers } from './page/line-numbers';
import { withHeaderColumnsApart } from './page/header-columns';
import { withPipeTableRows } from './page/pipe-table-rows';
import { withBarEndedCellsRead } from './page/bar-ended-cells';
import { withOfficialReportFront } from './page/official-report-front';
import { withSpeakerLinesAloneColoned } from './page/speaker-lines-alone';
import { withWelshFirstBlocks } from './page/welsh-first';
import { withWelshModernGovInEnglish } from './page/welsh-moderngov';
import { withProseCellsApart } from './page/prose-cells';
import { withLineShapes } from './line-shapes';
import { withWrappedRollsJoined } from './attendance/wrapped-rolls';
import { withMarkedRegisterAsLabels } from './attendance/marked-register';
import { withColumnRegisterAsLabels } from './attendance/register-columns';
import { withFlattenedTextApart } from './page/flattened-items';
import { withPeopleCellsPaired } from './attendance/people-cells';
import { withInitialsCellsAsLists } from './attendance/initials-cells';
import { withoutRearrangedNote } from './header/rearranged-meetings';
import { withYearsOnYearlessEntries } from './layout/yearless-entries';
import { hash } from 'node:crypto';
import { ERROR_CODES, InputError } from '../../core/errors';
import type { AgendaItem, Meeting, ParsedDocument, Sidecar, SourceFormat } from '../../core/types';
import { removePageFurniture } from './page/furniture';
import { withoutPackStamp } from './page/pack-stamps';
import { withoutDocumentViewerLead } from './page/document-viewer';
import { withoutCoveringLetter } from './page/covering-letter';
import { withoutTranscriptionPageNumber } from './page/transcription-page-number';
import { bodyInChrome, dateInChrome, splitPageChrome } from './page/page-chrome';
import { withoutContentsList, withoutEmptyContentsItem } from './page/contents-list';
import { withTemplateTopicsAsHeadings } from './page/minutes-template';
import { withInitialsTurns } from './speakers/initials-turns';
import { dateBeforeAttendanceLabel } from './attendance/header-label-lines';
import { withBoldBulletTopicsAsHeadings } from './page/bold-bullet-topics';
import { mergeAttendees } from './attendance/attendee-records';
import { attendeesFromEarlyItems, attendeesFromItems } from './attendance/attendance-items';
import { bodyInTitle, committeeOfTitleCouncil } from './header/page-title-body';
import { welshBodyName } from './header/welsh-body-names';
import { parseGeneralDocument, type GeneralDraft } from './layout/general';
import { detectLayout } from './layout/layout';
import { knownLayoutDrafts, withDecisionRecord } from './layout/known-layouts';
import { buildParagraphs, type ParagraphOptions } from './paragraphs/paragraphs';
import { endsSentence, hyphenatesWords } from './lines';
import { knownSpeakerFinder } from './speakers/known-speakers';
import { PUBLIC_FORUM_TITLE } from './speakers/described-speakers';
import { dateInFileName, dateInRunningLines, findDate } from './header/meeting-fields';
import { numericDateOrder } from './header/date-order';
import { isBlank, trimmedLength } from './patterns';
import { withoutClosingSignOff, withoutSignOffItems } from './page/sign-off';
import { browserPrintOf, withoutBrowserPrint } from './page/browser-print';
import type { DraftMeeting } from './types';
import { withoutRepeatedAttendance } from './attendance/repeated-attendance';

/** Raised whenever a change to the parse rules changes what an existing file yields, so re-runs re-read it. */
export const PARSER_VERSION = 63;

export interface ParseInput {
  text: string;
  format: SourceFormat;
  file: string;
  documentId: string;
  sourceUrl?: string | null;
  /** The HTML page's `<title>` (ReadResult.pageTitle): the body, for a page whose text names none. */
  pageTitle?: string | null;
  sidecar?: Sidecar;
  /**
   * Told as a long document is read: `done` of `total` steps, each meeting counting twice (found and headed, then its paragraphs read). A pack of thousands of meetings takes seconds, and a person waiting is told how far it has gone.
   */
  onProgress?: (done: number, total: number) => void;
}

/** Formats whose readers end every paragraph with a blank line (Markdown, and HTML with what reaches it through HTML): their lines are never hard-wrapped. */
const PARAGRAPHS_BY_BLANK_LINES: ReadonlySet<SourceFormat> = new Set(['html', 'docx', 'markdown', 'odt', 'rtf']);

/** Lines longer than this are whole paragraphs, not lines of a hard-wrapped text. */
const UNWRAPPED_LINE_LENGTH = 160;

/**
 * How a text is hard-wrapped: `width`, how long a full line is (the 90th percentile of line lengths), and `limit`, the
 * longest a line may be (the wrap's own measure, as the width is not: the longest line of the run of lengths above the
 * width, a gap of three lengths ending it, as a longer table row or title stands apart); both 0 when the text is not
 * hard-wrapped (each paragraph on one line, as HTML and Word documents give).
 */
export interface Wrap {
  width: number;
  limit: number;
}

const NOT_WRAPPED: Wrap = { width: 0, limit: 0 };

export function wrapOf(lines: string[]): Wrap {
  // Counts per length, not a sort: only lengths up to UNWRAPPED_LINE_LENGTH need telling apart.
  const counts = new Array<number>(UNWRAPPED_LINE_LENGTH + 2).fill(0);
  let nonEmpty = 0;
  // By index, not for…of: this pass over a whole text runs mostly before it is optimised, where each step of an
  // iterator was an object to collect.
  for (let index = 0; index < lines.length; index += 1) {
    const length = trimmedLength(lines[index]);
    if (length === 0) continue;
    counts[Math.min(length, UNWRAPPED_LINE_LENGTH + 1)] += 1;
    nonEmpty += 1;
  }
  if (nonEmpty < 5) return NOT_WRAPPED;
  let below = Math.floor(nonEmpty * 0.9);
  let full = 0;
  while (below >= counts[full]) below -= counts[full++];
  if (full > UNWRAPPED_LINE_LENGTH || !breaksMidSentence(lines, full)) return NOT_WRAPPED;
  let limit = full;
  while (limit < UNWRAPPED_LINE_LENGTH && counts[limit + 1] + counts[limit + 2] + counts[limit + 3] > 0) limit += 1;
  return { width: full, limit };
}

/**
 * Whether a text's full lines carry their sentences on to the next line, as hard-wrapped text does: a text whose
 * full lines all end their sentences holds one paragraph per line, however long its lines are.
 */
function breaksMidSentence(lines: string[], width: number): boolean {
  let fullLines = 0;
  let midSentence = 0;
  for (let index = 0; index < lines.length - 1; index += 1) {
    if (trimmedLength(lines[index]) < width * 0.8 || isBlank(lines[index + 1])) continue;
    fullLines += 1;
    // A sentence carried on starts its next line in lower case, as most words are; a full line that ends no sentence
    // above a capital is a title or a list of names (minutes with one paragraph a line hold many).
    if (!endsSentence(lines[index]) && startsLowerCase(lines[index + 1])) midSentence += 1;
  }
  return fullLines < 3 || midSentence >= fullLines * 0.05;
}

/** Whether a line's text starts with a lower-case letter (a run of white space before it aside). */
function startsLowerCase(line: string): boolean {
  return /^\s*\p{Ll}/u.test(line);
}

function toItems(draft: DraftMeeting, options: ParagraphOptions): AgendaItem[] {
  const items = withoutEmptyContentsItem(withoutSignOffItems(draft.items));
  const last = items.length - 1;
  // A scribe's notes label each turn with the speaker's initials all through the meeting: read across its items.
  return withInitialsTurns(items.map((item, index) => {
    // The sign-off under the minutes ("A true copy. Attest:", the clerk's name and office) ends the last item's lines.
    const lines = withoutRepeatedAttendance(index === last ? withoutClosingSignOff(item.lines) : item.lines, draft.attendees);
    const { paragraphs, decisions, truncatedItemNumber } = buildParagraphs(lines, PUBLIC_FORUM_TITLE.test(item.title) ? { ...options, publicForum: true } : options);
    withDecisionRecord(item, paragraphs, decisions, draft.body);
    return { index, number: item.number ?? truncatedItemNumber, title: item.title, paragraphs, decisions };
  }));
}

/** Item ids are derived, not stored on the item: `${meetingId}-i${index}`. */
function meetingIdOf(documentId: string, ordinal: number, date: string | null): string {
  const digest = hash('sha256', `${documentId}:${ordinal}`).slice(0, 10);
  return `${date ?? 'undated'}-${digest}`;
}

/** Sidecar fields override a one-meeting document; in a multi-meeting document they only fill gaps (see layout.ts). */
function applySidecar(draft: DraftMeeting, sidecar: Sidecar | undefined, override: boolean): DraftMeeting {
  if (!sidecar) return draft;
  const pick = <T>(parsed: T | null, supplied: T | undefined): T | null => (override ? (supplied ?? parsed) : (parsed ?? supplied ?? null));
  return {
    ...draft,
    body: pick(draft.body, sidecar.body),
    date: pick(draft.date, sidecar.date),
    venue: pick(draft.venue, sidecar.venue),
    title: override ? (sidecar.title ?? draft.title) : draft.title,
  };
}

const MISSING_DESCRIPTIONS: Record<GeneralDraft['missing'][number], string> = {
  items: 'no agenda item headings, so it was indexed as one item of paragraphs',
  date: 'no meeting date (add "date" in a .meta.json sidecar)',
  body: 'no committee or council name (add "body" in a .meta.json sidecar)',
};

function warningsFor(drafts: GeneralDraft[], sidecar: Sidecar | undefined, file: string, fallback: { date: string | null; body: string | null }): string[] {
  return drafts.flatMap((draft, ordinal) => {
    const missing = draft.missing.filter((field) => !(field === 'date' && (sidecar?.date || fallback.date)) && !(field === 'body' && (sidecar?.body || fallback.body)));
    if (missing.length === 0) return [];
    const which = drafts.length > 1 ? `meeting ${ordinal + 1} of ${file}` : file;
    return [`found ${missing.map((field) => MISSING_DESCRIPTIONS[field]).join('; ')} in ${which}`];
  });
}

/**
 * Line ends, no-break and zero-width spaces and tabs, each with what the parse rules read instead; and a line break
 * written as its tag, "<br />", in text: a document viewer's text layer (Laserfiche WebLink's pages of US cities'
 * minutes) copied with its markup, every printed line ended by the tag and the text run on as one line (a line break
 * the copy made next to a tag, or inside it, is the same break).
 */
/**
 * "o  Commissioners Present: …", "o<tab>Minutes approved": Word's second-level bullet, a letter "o" in Courier New, as a
 * PDF Word printed and a copy Word saved as text carry it (an "o", then a tab or a wide gap, or one space on an indented
 * line, then the entry's first capital or figure: no word of English is a lone "o"). It is read as the bullet it is. The
 * "o" is matched before the look back over the spaces before it: looked back from every position, a run of spaces was
 * read again from each of its spaces.
 */
const HOLLOW_BULLET = String.raw`o(?<=(?:^|\n) *o)(?:\t| {2,}|(?<=\n +o) )(?=[A-Z0-9£"“‘(])`;
const CHARACTERS = String.raw`\r\n?|[\u00a0\u2007\u202f\u200b\ufeff\t]`;
const BREAK_TAG = String.raw`[ \n]?<br\s?\/?>[ \n]?`;
/** The pattern for a text: the tag and the bullet only where it holds what each must (a pattern matching at any space or "o" stops at each). */
const NORMALISED_CHARACTERS = [CHARACTERS, `${CHARACTERS}|${BREAK_TAG}`, `${CHARACTERS}|${HOLLOW_BULLET}`, `${CHARACTERS}|${BREAK_TAG}|${HOLLOW_BULLET}`].map((source) => new RegExp(source, 'g'));
/** What a hollow bullet must hold: an "o" before a tab or two spaces, or after a space (looked for by a pattern: "o" and a space are in every sentence, where `includes` stops). */
const MAY_HOLD_HOLLOW_BULLET = /o(?:\t| {2})| o /;
const REPLACEMENTS: Readonly<Record<string, string>> = { '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u200b': '', '\ufeff': '', '\t': '    ' };

/** One pass over the text: a large document made four full copies when each kind of character had its own. */
function normalised(text: string): string {
  const pattern = NORMALISED_CHARACTERS[(text.includes('<br') ? 1 : 0) + (MAY_HOLD_HOLLOW_BULLET.test(text) ? 2 : 0)];
  return text.replace(pattern, (found) => (found[0] === '\r' || found.includes('<') ? '\n' : found[0] === 'o' ? '• ' : REPLACEMENTS[found]));
}

/**
 * Shapes of minutes copied as text, not of a PDF (whose reader places its columns and margins itself): a margin's line
 * numbers on lines of their own, a header's two columns run together line by line.
 */
const asCopiedText = (lines: string[]) => withHeaderColumnsApart(withoutLineNumbers(lines));

/** The text normalised, and its lines; a Welsh ModernGov page is read as the English one (welsh-moderngov.ts). */
function normalisedLines(input: string): { text: string; lines: string[] } {
  const text = normalised(input);
  return withWelshModernGovInEnglish(text, text.split('\n'));
}

export function parseMinutes(input: ParseInput): ParsedDocument {
  // Split once: every reader of the text's lines shares them.
  const { text, lines: readLines } = normalisedLines(input.text);
  // A web page's table cells each closed by a bar (page/bar-ended-cells.ts; in Markdown a bar ends a table's row).
  const split = withYearsOnYearlessEntries(withTemplateTopicsAsHeadings(withoutRearrangedNote(input.format === 'markdown' ? readLines : withBarEndedCellsRead(readLines))));
  const lines = input.format === 'markdown' ? withBoldBulletTopicsAsHeadings(split) : split;
  const layout = detectLayout(text, lines);
  const blankLinesSeparate = PARAGRAPHS_BY_BLANK_LINES.has(input.format);
  // A web page a browser saved as PDF: its title and address, printed around every sheet, stand for the page's own.
  const browserPrint = input.format === 'pdf' ? browserPrintOf(lines) : null;
  // A bilingual table's item numbers stand alone as page numbers do: its Welsh-first rows are read before they go.
  const unfurnished = removePageFurniture(text, withWelshFirstBlocks(lines), input.format === 'pdf');
  const paged = browserPrint ? withoutBrowserPrint(unfurnished, browserPrint) : unfurnished;
  // A web page printed with its chrome: the site's menus and breadcrumb above the minutes are not minutes.
  const { lines: unchromed, chrome } = splitPageChrome(withoutDocumentViewerLead(withoutPackStamp(withoutCoveringLetter(withoutTranscriptionPageNumber(paged)))));
  const furnished = withInitialsCellsAsLists(withPeopleCellsPaired(withColumnRegisterAsLabels(withMarkedRegisterAsLabels(withFlattenedTextApart(withSpeakerLinesAloneColoned(withOfficialReportFront(withoutContentsList(withPipeTableRows(input.format === 'pdf' ? unchromed : asCopiedText(unchromed))), text)))))));
  // Only a reader's table has cells that may be paragraphs: in plain text a gap this wide is a column of print (the PDF
  // reader lays a table's row out as one line of cells, and a page's columns one after the other).
  const readsTables = blankLinesSeparate || input.format === 'pdf';
  // Markdown is read in paragraphs set apart by blank lines, but an editor may have wrapped its lines all the same.
  const lineWrap = wrapOf(lines);
  const wrap = blankLinesSeparate ? NOT_WRAPPED : lineWrap;
  const pageLines = withLineShapes(withWrappedRollsJoined(readsTables ? withProseCellsApart(furnished) : furnished, wrap.limit));
  const onProgress = input.onProgress;
  const general = parseGeneralDocument(pageLines, {
    trailingSpaceWraps: input.format === 'pdf',
    wrapLimit: wrap.limit,
    onMeetingRead: onProgress && ((done, total) => onProgress(done, 2 * total)),
  });
  const generalMeetings = general.map((draft) => draft.meeting);
  // The sample layouts' own rules win unless the general rules find more of the document's items (or people).
  // A web page printed to PDF breaks its pages anywhere, with the browser's header and footer at each break: the page's
  // own layout is read from its lines joined again across the breaks, those lines left out.
  const known = knownLayoutDrafts(layout, text.includes('\f') ? paged : lines, pageLines, generalMeetings);
  const drafts = known ?? generalMeetings;
  if (drafts.length === 0) {
    throw new InputError(ERROR_CODES.NO_MINUTES_FOUND, `expected some text to index but found none after page furniture in ${input.file}`, {
      file: input.file,
    });
  }
  const options: ParagraphOptions = {
    leadingSpaceMarksBullet: layout === 'printed' && known !== null,
    wrapWidth: blankLinesSeparate ? null : wrap.width,
    wrapLimit: lineWrap.limit,
    softHyphens: !blankLinesSeparate && hyphenatesWords(pageLines),
  };
  const pageTitle = input.pageTitle ?? browserPrint?.title ?? null;
  const url = input.sidecar?.url ?? input.sourceUrl ?? browserPrint?.url ?? null;
  // Minutes whose heading gives no date may print it in their running footer or a printed page's breadcrumb, be filed
  // under it, or be a web page that gives it only in its title ("Licensing Committee - 12 May 2025 - …").
  const fallbackDate =
    drafts.length === 1 && drafts[0].date === null ? (dateInRunningLines(lines) ?? dateInChrome(chrome) ?? dateInFileName(input.file) ?? (pageTitle ? findDate(pageTitle, numericDateOrder(lines)) : null) ?? dateBeforeAttendanceLabel(lines)) : null;
  // A web page whose text names no body is named in its title ("… | Harrowfield Borough Council"), or, printed, by the
  // site's name above its menus (minutes in Welsh alone, by the council's Welsh name: "CYNGOR SIR YNYS MÔN"); a committee's page that names no council in its text, by the council its title names.
  const pageBody = drafts.length === 1 && drafts[0].body === null ? ((pageTitle ? bodyInTitle(pageTitle) : null) ?? bodyInChrome(chrome) ?? welshBodyName(lines)) : null;
  const fallbackBody = pageBody ?? (drafts.length === 1 && pageTitle ? committeeOfTitleCouncil(drafts[0].body, pageTitle) : null);
  const meetings = drafts.map((parsed, ordinal): Meeting => {
    const found = fallbackDate || fallbackBody ? { ...parsed, date: fallbackDate ?? parsed.date, body: fallbackBody ?? parsed.body } : parsed;
    const draft = applySidecar(found, input.sidecar, drafts.length === 1);
    const readOptions = { trailingSpaceWraps: input.format === 'pdf', wrapLimit: wrap.limit };
    const recorded = mergeAttendees([...draft.attendees, ...attendeesFromItems(draft.items, readOptions)]);
    // Minutes with no attendance found yet: the first items' roll call, under a title a header's line gave them. "Rodney
    // Local Board" under the last list of a page: the page's running header, the body's name, is nobody who attended.
    const attendees = (recorded.length > 0 ? recorded : mergeAttendees(attendeesFromEarlyItems(draft.items, readOptions))).filter((attendee) => attendee.name !== draft.body);
    const meeting: Meeting = {
      id: meetingIdOf(input.documentId, ordinal, draft.date),
      body: draft.body,
      date: draft.date,
      time: draft.time,
      title: draft.title,
      venue: draft.venue,
      attendees,
      source: { documentId: input.documentId, file: input.file, format: input.format, url },
      items: toItems(draft, { ...options, knownSpeakerOf: knownSpeakerFinder(attendees) }),
    };
    onProgress?.(drafts.length + ordinal + 1, 2 * drafts.length);
    return meeting;
  });
  return { meetings, warnings: known ? [] : warningsFor(general, input.sidecar, input.file, { date: fallbackDate, body: fallbackBody }) };
}
