// A document viewer's page copied with the document's text: Laserfiche WebLink, where many US towns keep their records,
// prints "Loading..." and its own name above the text, and "HomeMy WebLinkAbout" run into the document's file name
// ("HomeMy WebLinkAboutFCMeetingMinutes_11.18.04") before the text's first words, on the same line. A document-sharing
// site prints a search engine's snippet of the document (its title cut short, a date of the site's own) and the
// document's page count above the text: a date in the snippet is no date of the meeting.

/** How many of a text's first lines (not blank) may hold the viewer's lead. */
const LEAD_LINES = 3;
/** The viewer's own lines, alone. */
const VIEWER_LINE = /^(?:Loading(?:\.{3}|…)|Laserfiche WebLink)$/;
/** Its breadcrumb ("HomeMy Public PortalAbout" on a public portal). */
const BREADCRUMB = /^\s*HomeMy (?:WebLink|Public Portal)About/;
/** The breadcrumb and the document's file name, run together before the text. */
const VIEWER_TRAIL = new RegExp(String.raw`${BREADCRUMB.source}\S*\s*`);
/** A file's name with no space in it: "FCMeetingMinutes_11.18.04", "MIN". */
const FILE_NAME_TOKEN = /^\S*(?:_|\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll})\S*(?:\s|$)/u;
/**
 * Where the text starts, run into a name of several words: "… Minutes 07-09-2002Adopted Minutes", "… Regular Session11/13/18",
 * "… 06.08.2010 MinutesBOARD OF COUNTY COMMISSIONERS", "… Regular Meeting (2)BAL HARBOUR …" (a title in capitals).
 */
const TEXT_RUN_ON = /(?<=\s\S*)(?:(?<=[\p{Ll}\d])(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2}|\))(?=\d|\p{Lu}{3,}\b))/u;
/** How far into the line a file's name of several words may reach before the text runs into it. */
const MAX_FILE_NAME = 100;
/** A name of several words this long at most may be the line's whole text ("City Council - 06/04/2002"). */
const MAX_NAME_ALONE = 60;

/** "MINUTES OF A MEETING OF FULL COUNCIL HELD ON …€¦ · Monday 2nd October 2017 due to the...": parts of a snippet, cut short. */
const SNIPPET_LINE = /\s·\s.*(?:\.{3}|…)$/;
/** A snippet is a line of a search engine's results: longer lines are the document's text (a text on one line is one). */
const MAX_SNIPPET_LENGTH = 400;
/** "12": the document's page count, alone on its line. */
const PAGE_COUNT_LINE = /^\d{1,4}$/;

/** The lines without a document-sharing site's snippet and page count above the text; the same array when there are none. */
function withoutSharingSiteLead(lines: string[]): string[] {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1 || lines[first].length > MAX_SNIPPET_LENGTH || !SNIPPET_LINE.test(lines[first].trim())) return lines;
  const second = lines.findIndex((line, index) => index > first && line.trim() !== '');
  if (second === -1 || !PAGE_COUNT_LINE.test(lines[second].trim())) return lines;
  return lines.map((line, index) => (index === first || index === second ? '' : line));
}

/** The lines without a document viewer's lead above the document's text; the same array when there is none. */
export function withoutDocumentViewerLead(lines: string[]): string[] {
  return withoutSharingSiteFileFacts(withoutSharingSiteBox(withoutSharingSiteLead(withoutWebLinkLead(lines))));
}

/** "Total Page:16", "File Type:pdf, Size:1020Kb": what a document-sharing site says of the file it copied, each alone. */
const FILE_FACT_LINE = /^(?:Total Page:\s?\d{1,4}|File Type:\s?\w{2,5}, Size:\s?[\d.]+\s?[KM]b)$/i;
/** How many of the text's first lines may be the site's title and its facts. */
const FILE_FACT_REACH = 4;
/** "1 Minutes of Monthly Meeting of …": the site's title of the file, its first page's number set before it. */
const PAGE_NUMBER_BEFORE_TITLE = /^1\s+(?=\p{Lu})/u;

/**
 * The lines without a document-sharing site's facts of the file (FILE_FACT_LINE) under its title of it, near the text's
 * start; the title loses the page's number the copy set before it, which the item rules would read as an item's number.
 */
function withoutSharingSiteFileFacts(lines: string[]): string[] {
  const facts: number[] = [];
  for (let index = 0, seen = 0; index < lines.length && seen < FILE_FACT_REACH; index += 1) {
    if (lines[index].trim() === '') continue;
    seen += 1;
    if (FILE_FACT_LINE.test(lines[index].trim())) facts.push(index);
  }
  if (facts.length === 0) return lines;
  const title = lines.findIndex((line) => line.trim() !== '');
  return lines.map((line, index) => (facts.includes(index) ? '' : index === title ? line.replace(PAGE_NUMBER_BEFORE_TITLE, '') : line));
}

/**
 * A document-sharing site's box between its description of the document and the document's text: "Upload: others",
 * "Post on 04-Feb-2022", "3 views", "Category:" over "Documents", "0 download", "TRANSCRIPT"; or, on another site, "•
 * Upload" over "others", "• View" over "0", "• Download" over "0", "Embed Size (px)", "Citation preview". Each line alone.
 */
const BOX_LINE = /^(?:Upload:\s.*|Post on \d{1,2}-\p{Lu}\p{Ll}{2}-\d{4}|\d{1,7} (?:views?|downloads?)|TRANSCRIPT|Embed Size \(px\)|Citation preview)$/u;
/** A box line whose value is the next line: "Category:" over "Documents", "• View" over "0". */
const BOX_LABEL = /^(?:Category:|•\s*(?:Upload|View|Download))$/;
/** The words only such a box prints: with fewer of its lines, a line "TRANSCRIPT" may be the minutes' own heading. */
const BOX_LINES_NEEDED = 4;
/** How far down the text the box may stand (under the site's title and its description of the document). */
const BOX_SEARCH_LINES = 60;

/** The lines without a document-sharing site's box (BOX_LINE) near the text's start; the same array when there is none. */
function withoutSharingSiteBox(lines: string[]): string[] {
  const boxLines: number[] = [];
  for (let index = 0; index < Math.min(lines.length, BOX_SEARCH_LINES); index += 1) {
    const line = lines[index].trim();
    if (line === '') continue;
    if (BOX_LABEL.test(line)) {
      const value = lines.findIndex((next, at) => at > index && next.trim() !== '');
      boxLines.push(index, ...(value === -1 ? [] : [value]));
      index = value === -1 ? index : value;
    } else if (BOX_LINE.test(line)) boxLines.push(index);
    else if (boxLines.length >= BOX_LINES_NEEDED) break;
    else boxLines.length = 0;
  }
  if (boxLines.length < BOX_LINES_NEEDED) return lines;
  const box = new Set(boxLines);
  return lines.map((line, index) => (box.has(index) ? '' : line));
}

function withoutWebLinkLead(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0, seen = 0; index < lines.length && seen < LEAD_LINES; index += 1) {
    const line = lines[index];
    if (line.trim() === '') continue;
    seen += 1;
    const trail = VIEWER_TRAIL.exec(line);
    if (!trail && !VIEWER_LINE.test(line.trim())) continue;
    result ??= [...lines];
    result[index] = trail ? withoutFileName(line) : '';
  }
  return result ?? lines;
}

/**
 * The line without the breadcrumb and the document's file name. A name with no space ends at its first space; a name of
 * several words ("City Council Minutes 07-09-2002") ends where the text runs into it with no space ("…2002Adopted"), or
 * is the whole line when it is short and nothing runs into it.
 */
function withoutFileName(line: string): string {
  const rest = line.replace(BREADCRUMB, '');
  if (FILE_NAME_TOKEN.test(rest)) return line.replace(VIEWER_TRAIL, '');
  // Looked for in the name's reach only: a name whose text follows after a space ("… Minutes 06-12-2017~~~ CITY OF …")
  // has none, and the first name run together in the text ("… Jerry DiTullio; …") is no end of it.
  const runOn = TEXT_RUN_ON.exec(rest.length > MAX_FILE_NAME ? rest.slice(0, MAX_FILE_NAME) : rest);
  if (runOn) return rest.slice(runOn.index);
  return rest.trim().length <= MAX_NAME_ALONE ? '' : line.replace(VIEWER_TRAIL, '');
}
