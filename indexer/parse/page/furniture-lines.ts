// Lines that are web-page or print furniture wherever they stand in a meeting's text ("Share this item", "pdf icon PDF
// 238 KB", a breadcrumb, signature lines, "Page 2 of 5"), removed or cut from the line before any rule reads it.
import { isRunningFooter } from './furniture';
import { withoutMarkup } from '../lines';
import { findDate } from '../header/meeting-fields';
import { anyOf, contentStart, firstContentCharacter, lastContentCharacter, whiteSpaceStart } from '../patterns';

/** "<AI6>" … "</AI6>": the anchors a ModernGov page's minutes carry round each item. */
export const ITEM_ANCHOR = /^<\/?AI\d+>$/i;

/** Lines that are web-page or print furniture, wherever they appear, in any case. */
const FURNITURE_LINE = anyOf([
  ITEM_ANCHOR,
  /^(?:Share this item|Additional documents:?|Supporting documents:?|Minutes:|No\.?\s+Item|Min(?:ute)?\.?(?:\s+(?:No\.?|Number|Ref\.?))?\s+(?:Item|Subject|Details|Business|Title)|[•·]?\s*Agenda item|Agenda and minutes|View directions|Print (?:this )?page|Back to top|(?:Return|Back) to (?:the )?agenda|Skip to (?:main )?content)$/i,
  /^(?:Watch|View) (?:the )?webcast\b.*$/i,
  // A ModernGov page's tabs, and where it cuts an item short.
  /^(?:Items|Media)$/i,
  /^(?:\.{3}|…)\s*view the full (?:agenda|decision) text for item\b.*$/i,
  /^pdf icon\b.*$/i,
  /^View the (?:declarations of interest|reasons|background)\b.*$/i,
  // A web page's breadcrumb, printed with the page: "Home › Meetings › Full Council minutes", "You are here: Home > …".
  /^(?:You are here:?\s*)?Home\s*[›>»/|]\s*\S.*$/i,
  /^(?:Page\s+)?\d{1,3}\s+of\s+\d{1,3}$/i,
  // "15/10/08 72": the day a page was printed and its folio in the council's minute book, at the page's head.
  /^(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:\d{2}|\d{4})\s+\d{1,4}$/i,
  // "09:31" alone: the time a verbatim report marks in its margin as the meeting goes on.
  /^\d{2}:\d{2}$/i,
  /^[-–]\s*\d{1,3}\s*[-–]$/i,
  // Signature lines: "Chairman ……… Date ………", "Signed: ____________ (Chair)".
  /^(?:Signed|Signature|Chair(?:man|woman|person)?|Mayor|Date)\b[\s:.]*(?:[._…]{3,}|_{3,}).*$/i,
  // "Confirmed as a true record of decisions taken : ………", "Signed as a correct record ……": the words over the chair's
  // signature, its blank after them; "Agreed as a true record." with no blank is the last minutes' approval.
  /^(?:Confirmed|Signed|Approved|Agreed)(?: and signed)? as an? (?:true|correct|accurate)\b[^…_]{0,60}?[\s:]*(?:[._…]{4,}|_{3,})[\s._…]*$/i,
  /^[\s._…]{5,}(?:\(?(?:Chair(?:man|woman|person)?|Mayor|Date)\)?)?[\s._…]*$/i,
  // A ModernGov page's "Note" column: the asterisk it prints beside some items' numbers, on a line of its own when copied.
  /^\*$/i,
]);
/** "CHAIRMAN" alone under the last paragraph: where the chair signs the printed copy (unless it is an item's title, below). */
const SIGNATURE_OFFICE = /^Chair(?:man|woman|person)?$/i;
/** "1." or "12" alone on its line: a ModernGov page's item number, whose title ("Chairman": the item electing one) is the next line. */
const ITEM_NUMBER_LINE = /^\d{1,3}\.?$/;
/**
 * "R:\PCP\25.10.12 MEETING\PCP MINUTES - 25 OCTOBER 2012.DOC - 1", "\\server\committees\minutes.docx": the file a
 * council's word processor printed in the footer of each page (a drive or a share, a document's name, the page number).
 */
const DOCUMENT_PATH_FOOTER = /^(?:[A-Z]:\\|\\\\)\S.*\.(?:docx?|rtf|odt|pdf)\b[\s\d–-]*$/i;
/** Template and error-page text, in its exact case (each starts with a "T"). */
const TEMPLATE_LINE = /^(?:This is a default template\b|The custom branding should be at\b|Technical Error:)/;
/**
 * "advertisement", alone and in lower case: where a document-sharing site (studylib, docplayer) set an advert into the
 * document's text. An item about one is titled in capitals ("Advertisement").
 */
const ADVERT_SLOT = 'advertisement';
/**
 * "Signed as a correct record", where the chair signs, with its capital: "… held on 28 November 2024 be" over "signed as a
 * correct record, subject to …" is a resolution the page wrapped, not a signature line.
 */
const SIGNED_RECORD_LINE = /^(?:Signed as a (?:true and )?correct record|SIGNED AS A (?:TRUE AND )?CORRECT RECORD)\b/;
const INLINE_FURNITURE = /\s*(?:pdf icon\s+PDF\s+[\d.]+\s*[KMG]B|View directions\.?|Share this item)\s*$/i;
/**
 * "Parish Council Meeting Minutes Uploaded on March 8, 2023", "Posted on 4 June 2024 by Clerk": the day a web page's
 * document was put on the site, printed under its title with the site's category for it (and who put it there); not the
 * meeting's date, which follows.
 */
const PUBLISHING_STAMP = /\b(?:Uploaded|Posted|Published|Added|(?:Last )?Updated) on (\S.{5,30}?)(?:\s+by\s+\S.{0,40})?$/i;
/** "Posted on 20 March 2025 by Clerk": a blog's stamp, its author after the date, opening its line. */
const STAMP_WITH_AUTHOR = /^(?:Uploaded|Posted|Published|Added|(?:Last )?Updated) on .{6,40}? by /i;

function isPublishingStamp(line: string): boolean {
  const stamp = line.length <= 120 ? PUBLISHING_STAMP.exec(line.trimEnd()) : null;
  return stamp !== null && findDate(stamp[1]) !== null;
}

/**
 * "APPROVED AS WRITTEN ON" over "JULY 11, 2025", "Approved as amended: 4/8/2025": the stamp a US board's clerk sets under
 * the minutes' title once the next meeting approved them (the day it did, not the meeting's). Read only near the
 * document's head and only with its date (a line "Approved as presented." under an item is the minutes' approval).
 */
const APPROVAL_STAMP = /^(?:minutes\s+)?approved\s+(?:as\s+(?:written|amended|presented|corrected|submitted|distributed)|with\s+corrections)(?:\s+on|\s*[:–-])?(?:\s+(\S.{5,30}))?$/i;
/** How far down a document an approval stamp is looked for: it stands under the title. */
const APPROVAL_STAMP_LINES = 25;

/** Whether the line at `index` is an approval stamp with its date, or the date alone under a stamp ending "on". */
function isApprovalStamp(lines: string[], index: number): boolean {
  if (index >= APPROVAL_STAMP_LINES) return false;
  const stamp = APPROVAL_STAMP.exec(withoutMarkup(lines[index]).trim());
  if (stamp) return stamp[1] === undefined ? /\bon$/i.test(lines[index].trim()) && index + 1 < lines.length && findDate(lines[index + 1]) !== null && lines[index + 1].trim().length <= 30 : findDate(stamp[1]) !== null;
  const above = index > 0 ? APPROVAL_STAMP.exec(withoutMarkup(lines[index - 1]).trim()) : null;
  return above !== null && above[1] === undefined && /\bon$/i.test(lines[index - 1].trim()) && lines[index].trim().length <= 30 && findDate(lines[index]) !== null;
}

/** How a line with furniture at its end ends: "…KB", "…directions", "…directions.", "…item", in any case. */
const INLINE_FURNITURE_ENDINGS = 'bBsS.mM';
/**
 * How a furniture or template line starts, in any case, and the marks before it that are not part of its text:
 * the first character settles most lines before the markup is removed and the patterns are tried.
 */
const FURNITURE_STARTS = 'sSaAmMnNvVpPbBwWcCdDtThHyYiIrR<0123456789-–._…•·#*';

/** Whether a line's text (white space at its end aside) ends with `words` (lower case) in any case. */
function endsWithWords(line: string, words: string): boolean {
  const end = whiteSpaceStart(line, line.length);
  return end >= words.length && line.slice(end - words.length, end).toLowerCase() === words;
}

/** A drive's letter and colon, or a share's two backslashes, open the line: the pattern is tried on no other line. */
function isDocumentPathFooter(line: string): boolean {
  const start = contentStart(line);
  return (line[start] === '\\' || line[start + 1] === ':') && DOCUMENT_PATH_FOOTER.test(line.trim());
}

/** The first page's heading may print the page's number beside the title and date it alone holds: read from this line on. */
const HEADER_WITH_PAGE_FROM = 10;
/** "Page 2 of 12", "Page 3": a page's number inside a running header's line. */
const PAGE_IN_LINE = /\b(?:Page|PAGE)\s+(\d{1,3})(?:\s+(?:of|OF)\s+(\d{1,3}))?\b/;
/** A running header's words for the meeting it heads. */
const MEETING_WORD = /\b(?:Minutes|Meeting|Proceedings|Session|Council|Board|Commission|Committee)\b/i;
/** A running header's words: capitalised, figures, or the small words of a body's name. */
const HEADER_WORD = /^(?:[\p{Lu}\d][\p{L}\d'’.&/]*|of|the|and|for|on)$/u;

/**
 * "Town Board Minutes Page 2 of 12 September 11, 2001", "City Council Minutes  March 4, 2019  Page 3", "November 10,
 * 2015 Page 2 of 9": a running header with the page's number inside it, printed wherever a page broke (a paragraph
 * carried over it reads on). The rest of the line is capitalised words and the meeting's date, no sentence: with a
 * count of pages ("of 12") a date or the meeting's word is enough; a page's number alone needs both.
 */
function isRunningHeaderWithPage(line: string): boolean {
  if (line.length > 120 || !(line.includes('age ') || line.includes('AGE '))) return false;
  const page = PAGE_IN_LINE.exec(line);
  if (page === null || (page[2] !== undefined && Number(page[1]) > Number(page[2]))) return false;
  const rest = `${line.slice(0, page.index)} ${line.slice(page.index + page[0].length)}`.trim();
  const words = rest.split(/[\s,|–—-]+/).filter((word) => word !== '');
  if (words.length === 0 || !words.every((word) => HEADER_WORD.test(word))) return false;
  const dated = findDate(rest) !== null;
  return page[2] !== undefined ? dated || MEETING_WORD.test(rest) : dated && MEETING_WORD.test(rest);
}

/** Whether the content line above `index` is an item number alone. */
function followsItemNumber(lines: string[], index: number): boolean {
  let above = index - 1;
  while (above >= 0 && firstContentCharacter(lines[above]) === '') above -= 1;
  return above >= 0 && ITEM_NUMBER_LINE.test(withoutMarkup(lines[above]).trim());
}

export function withoutFurniture(lines: string[]): string[] {
  return lines.map((line, index) => {
    if (line.length > 200) return line;
    const first = firstContentCharacter(line);
    if (first === '') return line;
    if (first === 'a' && line.trim() === ADVERT_SLOT) return '';
    if (FURNITURE_STARTS.includes(first)) {
      const trimmed = withoutMarkup(line).trim();
      if (FURNITURE_LINE.test(trimmed) || (trimmed.startsWith('T') && TEMPLATE_LINE.test(trimmed)) || (trimmed.startsWith('S') && SIGNED_RECORD_LINE.test(trimmed))) return '';
      if (SIGNATURE_OFFICE.test(trimmed) && !followsItemNumber(lines, index)) return '';
    }
    if (isDocumentPathFooter(line) || isApprovalStamp(lines, index)) return '';
    if (STAMP_WITH_AUTHOR.test(line.trimStart())) return isPublishingStamp(line) ? '' : line;
    // The last character settles most lines before the case-insensitive search of the whole line.
    const last = lastContentCharacter(line);
    if (last >= '0' && last <= '9') return isRunningFooter(line) || (index >= HEADER_WITH_PAGE_FROM && isRunningHeaderWithPage(line)) || isPublishingStamp(line) ? '' : line;
    if (!INLINE_FURNITURE_ENDINGS.includes(last)) return line;
    // A line ending in a full stop can end only in "View directions.": most prose lines, let go on their last words.
    if (last === '.' && !endsWithWords(line, 'view directions.')) return line;
    return /pdf icon|View directions|Share this item/i.test(line) ? line.replace(INLINE_FURNITURE, '') : line;
  });
}
