// How the tests of the parse rules (test/indexer/parse-rules/) hand a small invented document to the parser and read
// back what they check: one meeting, its people, items and paragraphs as plain rows a test can compare whole. The
// headers several test files open their documents with stand here too, so each test shows only the lines it is about.
import type { Meeting, ParsedDocument, Paragraph, SourceFormat } from '../../core/types';
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';

/** The file a document came from (the parser reads a date from its name) and the web page's <title>, where a test needs them. */
interface ParseOptions {
  file?: string;
  pageTitle?: string | null;
}

/** Far above any test document: no test here is about the size limit. */
const READ_LIMITS = { maxFileBytes: 10_000_000 };

export function parseText(text: string, format: SourceFormat = 'text', { file = 'minutes', pageTitle }: ParseOptions = {}): ParsedDocument {
  return parseMinutes({ text, format, file, documentId: 'minutes', pageTitle });
}

/** The document's first meeting: every test document holds one. */
export function firstMeeting(text: string, format: SourceFormat = 'text', options: ParseOptions = {}): Meeting {
  return parseText(text, format, options).meetings[0];
}

/** [name, role, attendance] for each person the meeting lists. */
export const peopleOf = (meeting: Meeting) => meeting.attendees.map(({ name, role, attendance }) => [name, role, attendance]);

/** [number, title] for each item. */
export const itemsOf = (meeting: Meeting) => meeting.items.map(({ number, title }) => [number, title]);

/** Every paragraph of the meeting, item after item. */
export const paragraphsOf = (meeting: Meeting): Paragraph[] => meeting.items.flatMap((item) => item.paragraphs);

/** The first paragraph that starts with `start`. */
export const paragraphStarting = (meeting: Meeting, start: string) => paragraphsOf(meeting).find((paragraph) => paragraph.text.startsWith(start));

/** A borough forum's meeting: its title lines, the `attendance` lines, then one item holding the `turns` and a resolution. */
export const forumMeeting = (attendance: string, turns: string): Meeting =>
  firstMeeting(
    [
      'ELMSWORTH BOROUGH COUNCIL',
      '',
      'Minutes of the meeting of the Faith and Communities Forum held on 4 June 2025 at 6.30 pm at the Civic Centre',
      '',
      attendance,
      '',
      '1. Community Matters',
      '',
      turns,
      '',
      'RESOLVED: That the update be noted.',
    ].join('\n'),
  );

/** The text the reader for `file`'s kind makes of `content` (a string is read as its UTF-8 bytes). */
export async function readText(content: string | Buffer, file: string): Promise<string> {
  return (await readDocument(typeof content === 'string' ? Buffer.from(content) : content, file, READ_LIMITS)).text;
}

/** A document read as its file's kind, then parsed in the format and with the page title its reader gives. */
export async function readAndParse(content: string, file: string): Promise<ParsedDocument> {
  const read = await readDocument(Buffer.from(content), file, READ_LIMITS);
  return parseText(read.text, read.format, { file, pageTitle: read.pageTitle });
}

/** A last item to close a document with. */
export const CLOSE_ITEM = '\n\n9. Close\nThe meeting closed at 9pm.\n';

/** A town council's title lines, then the members present. */
export const HOLT_HEADER_PRESENT = 'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\nPresent: Cllr Ann Bell (Chair), Cllr Carl Dent, Cllr Erin Ford\n\n';

/** The same title lines alone. */
export const HOLT_HEADER = 'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\n';

/** A parish council's title lines and members present. */
export const ASHBY_MAGNA_HEADER = 'ASHBY MAGNA PARISH COUNCIL\nMinutes of the meeting held on Tuesday 4 March 2025 at 7pm\n\nPresent: Cllr A Hale (Chair), Cllr B Rowe\n\n';

/** A US school board printed above its district. */
export const MILL_RIVER_BOARD_HEADER = 'BOARD OF EDUCATION\nMILL RIVER SCHOOL DISTRICT\nMinutes of the Regular Meeting – Monday, April 14, 2025\n\n';

/** A US planning commission's title lines. */
export const MARLOW_HEIGHTS_HEADER = 'MARLOW HEIGHTS PLANNING COMMISSION\nMinutes of the meeting held on Thursday 12 June 2025\n\n';

/** A parish council's title lines, then two members present. */
export const ASHLEY_PARISH_HEADER_PRESENT = 'ASHLEY PARISH COUNCIL\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent: Cllr A Bell (Chairman), Cllr C Dent\n\n';

/** A town council's title lines, then two members and the clerk present. */
export const ASHLEY_TOWN_HEADER_PRESENT = 'ASHLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent: Councillor A Bell (Chairman), Councillor C Dent, Mrs E Frost (Clerk)\n\n';

/** A parish working group's whole minutes: its members listed without titles (one not listed at all) speak in the first item. */
export const FOOTPATHS_GROUP_MINUTES =
  'BRAMLEY PARISH COUNCIL\nFootpaths Working Group\nMeeting held on Thursday 9 May 2024 at 6.30 pm in the Pavilion\n\n' +
  'Present: Cllr Jo Whitlock (Chair), Ken Tolley, Mary Osei (Ramblers)\n\n' +
  '1. Stiles\nKen Tolley reported that two stiles on FP12 were broken.\nMary Osei said the Ramblers would repair them.\nPeter Grant explained the county budget.\n\n' +
  '2. Signs\nAgreed: to order four new finger posts.\n';
