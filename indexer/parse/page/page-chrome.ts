// A web page printed with its chrome: above the minutes' title come a "Skip to main content" link, a cookie banner, the
// site's name, its menus and a breadcrumb, as plain lines; below them its footer (links, a copyright, an address). The HTML reader drops these by their elements; printed, they
// are told by their shape (short menu lines, a list or a trail starting at "Home") and the commonest chrome phrases.
import { bodyInPageTitle } from '../header/page-title-body';
import { findDate } from '../header/meeting-fields';

/** How far down a page its chrome can reach: below this, a short line is the minutes' own. */
const CHROME_REACH = 40;
/** Longer lines (trimmed) are text, never a menu entry or a site's name. */
const MAX_CHROME_LINE = 60;

/** The commonest links of a site's header, alone on a line. */
const CHROME_PHRASE =
  /^(?:skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|(?:main )?menu|search(?: this site)?|contact us|accessibility(?: statement)?|cookie settings|accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|sign in|log ?in|print this page|a-?z of services)$/i;
/**
 * A blog's or a document site's own lines around the minutes it shows: WordPress's "Posted in Parish Council Meeting
 * minutes" and "Archive for the ‘Community Council’ Category", a document host's "Size: px", "Start display at page:",
 * 'Download "…"' and "Transcription" over the text it read from a PDF.
 */
const SITE_TEMPLATE_LINE = /^(?:posted in\s.{1,50}|archive for the\s.{1,50}\scategory|category archives?:.{0,50}|size:\s*px|start display at page:?|download\s+["“].{1,80}["”]|transcription)$/i;
/** A cookie banner's line: "We use cookies on this website. Accept Reject". */
const COOKIE_BANNER = /\b(?:we|this (?:web)?site) uses? (?:\w+ )?cookies\b|\bcookies\b.{0,150}\b(?:accept|reject)(?: all)?(?: cookies)?$/i;
/** A breadcrumb printed as a trail: "Home > Council > Meetings", "You are here: Home » Minutes". */
const BREADCRUMB_TRAIL = /^(?:You are here:?\s*)?\S[^>›»]{0,40}(?:\s[>›»]\s[^>›»]{1,60}){2,}$/i;
/** A line of a bulleted or numbered list, as a printed menu or breadcrumb list shows it: "•  Home", "1.  Home". */
const LIST_ENTRY = /^\s*(?:[•·▪◦*–-]|\d{1,2}[.)])\s+(\S.*)$/;
const SENTENCE_END = /[.!?:;]$/;

type TopLine = 'blank' | 'chrome' | 'list' | 'short' | 'text';

function kindOf(line: string): TopLine {
  const trimmed = line.trim();
  if (trimmed === '') return 'blank';
  if (trimmed.length <= 200 && COOKIE_BANNER.test(trimmed)) return 'chrome';
  if (trimmed.length > MAX_CHROME_LINE || trimmed.startsWith('#')) return 'text';
  if (CHROME_PHRASE.test(trimmed) || BREADCRUMB_TRAIL.test(trimmed)) return 'chrome';
  if (LIST_ENTRY.test(trimmed)) return SENTENCE_END.test(trimmed) ? 'text' : 'list';
  return SENTENCE_END.test(trimmed) ? 'text' : 'short';
}

/** Whether a run of list lines is chrome: a breadcrumb or menu whose first entry is "Home". */
const startsAtHome = (line: string) => /^home$/i.test(LIST_ENTRY.exec(line.trim())?.[1].trim() ?? '');

/** The entry's text of a list line, in lower case. */
const entryOf = (line: string) => (LIST_ENTRY.exec(line.trim())?.[1] ?? '').trim().toLowerCase();

/**
 * Whether the list ending at `last` is a breadcrumb ending at the page it is on: the heading under it (the page's title)
 * names its last entry ("1. Housing  2. Tenant Scrutiny Panel  3. Meeting notes" over "# 2025-03-11 Tenant Scrutiny
 * Panel meeting notes").
 */
function endsAtPageTitle(lines: string[], last: number): boolean {
  const entry = entryOf(lines[last]);
  const title = lines.slice(last + 1, last + 4).find((line) => line.trim() !== '');
  return entry.length > 0 && title !== undefined && /^#{1,6}\s/.test(title) && title.toLowerCase().includes(entry);
}

/**
 * How many of the page's first lines are its chrome: through the last chrome line or list of the top run of short
 * lines, when that run holds a chrome phrase, a cookie banner, a breadcrumb or a list starting at "Home" or ending at
 * the page's title; 0 otherwise.
 * The short lines after the last of them (a title above the minutes) are kept.
 */
function chromeLength(lines: string[]): number {
  let end = 0;
  let marked = false;
  for (let index = 0; index < Math.min(lines.length, CHROME_REACH); index += 1) {
    const kind = kindOf(lines[index]);
    if (kind === 'text') break;
    if (kind === 'chrome') [end, marked] = [index + 1, true];
    if (kind !== 'list') continue;
    let last = index;
    while (last + 1 < lines.length && kindOf(lines[last + 1]) === 'list') last += 1;
    const breadcrumb = startsAtHome(lines[index]) || endsAtPageTitle(lines, last);
    if (breadcrumb) marked = true;
    // A list of three or more short entries this high on a page is a menu; a shorter one may be the minutes'.
    if (last - index >= 2 || breadcrumb) end = last + 1;
    index = last;
  }
  return marked ? end : 0;
}

/** A footer's links, alone or joined by bars and dots: "Privacy", "Cookies · Accessibility statement". */
const FOOTER_LINK =
  /^(?:privacy(?: notice| policy| statement)?|cookies?(?: policy| notice| settings)?|accessibility(?: statement)?|terms(?: and conditions| of use)?|site ?map|disclaimer|contact us|back to top|freedom of information)$/i;
/** "© 2025 Thornbury Vale County Council", "Copyright © UK Parliament 2025", "Powered by Granicus". */
const FOOTER_MARK = /^(?:(?:copyright\s*)?©|powered by\b)/i;
/** How long a line of a page's footer may be. */
const MAX_FOOTER_LINE = 100;

function isFooterLine(line: string): boolean {
  const entry = LIST_ENTRY.exec(line)?.[1] ?? line;
  const parts = entry.split(/\s[|·•]\s/).map((part) => part.trim());
  return parts.some((part) => FOOTER_MARK.test(part)) || parts.every((part) => FOOTER_LINK.test(part));
}

/**
 * Where the page's footer starts: the first footer line (a copyright, "Powered by", a line of footer links) in the
 * run of short lines that ends the text, which takes the site's address under it; the text's length when none.
 */
function footerStart(lines: string[]): number {
  let start = lines.length;
  for (let index = lines.length - 1; index >= 0 && lines.length - index <= CHROME_REACH; index -= 1) {
    const trimmed = lines[index].trim();
    if (trimmed === '') continue;
    if (trimmed.length > MAX_FOOTER_LINE || trimmed.startsWith('#')) break;
    if (isFooterLine(trimmed)) start = index;
    else if (SENTENCE_END.test(trimmed)) break;
  }
  return start;
}

/**
 * The page's first lines without a blog's or a document site's own lines among them (SITE_TEMPLATE_LINE); the same
 * array when none is. The lines round them stay: a document site prints the document's title above them.
 */
function withoutSiteTemplateLines(lines: string[]): string[] {
  const reach = Math.min(lines.length, CHROME_REACH);
  let kept: string[] | null = null;
  for (let index = 0; index < reach; index += 1) {
    const trimmed = lines[index].trim();
    // Most lines are let go on their length: each template line is short.
    if (trimmed.length > MAX_CHROME_LINE + 40 || !SITE_TEMPLATE_LINE.test(trimmed)) kept?.push(lines[index]);
    else kept ??= lines.slice(0, index);
  }
  return kept === null ? lines : [...kept, ...lines.slice(reach)];
}

/** The text's lines without the page chrome printed above and below the minutes, and the chrome above them. */
export function splitPageChrome(printed: string[]): { lines: string[]; chrome: string[] } {
  const lines = withoutSiteTemplateLines(printed);
  const length = chromeLength(lines);
  const footer = footerStart(lines);
  if (length === 0 && footer === lines.length) return { lines, chrome: [] };
  return { lines: lines.slice(length, Math.max(length, footer)), chrome: lines.slice(0, length) };
}

/** "Council and democracy", "Councillors and committees": the site's section, named for what it holds, no body. */
const SITE_SECTION = /\s(?:and|&)\s+(?:democracy|elections|committees|decision[- ]making)$/i;

/** The body whose site the page is, as its chrome names it above the menus ("Thornmere District Council"); null when none does. */
export function bodyInChrome(chrome: string[]): string | null {
  for (const line of chrome) {
    const body = bodyInPageTitle(line.trim());
    if (body !== null && !SITE_SECTION.test(body)) return body;
  }
  return null;
}

/** A meeting's date as the page's chrome gives it, in its breadcrumb's last entry ("Home > Meetings > 12 May 2025"). */
export function dateInChrome(chrome: string[]): string | null {
  for (let index = chrome.length - 1; index >= 0; index -= 1) {
    const date = findDate(chrome[index]);
    if (date !== null) return date;
  }
  return null;
}
