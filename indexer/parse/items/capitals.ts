// Lines in capitals ("APOLOGIES FOR ABSENCE") and lines of capitalised words ("Planning Applications"): the shapes of
// unnumbered headings, and of titles that run on into their text.
import { contentStart, endsWithOneOf, isWhiteSpaceCode, trimmedLength } from '../patterns';

const CAPS_NOT_HEADING =
  /^(?:RESOLVED|AGREED|DECISION|DECIDED|VOTED|MOVED|NOTED|(?:CARRIED|ADOPTED|DEFEATED)(?: UNANIMOUSLY| ON DIVISION| AS AMENDED)?|LOST|MINUTES|DRAFT|UNCONFIRMED|CONFIRMED|PUBLIC|PART [A-Z0-9]+|END|CLOSE|(?:COUNCIL |COMMITTEE |BOARD )?RESOLUTION|(?:OFFICERS?'?|STAFF) RECOMMENDATIONS?|RECOMMENDATIONS?|MOTION|AMENDMENT)\b\W*$/;
/** "… to approve the minutes of December 11, 2024", "The minutes of the March meeting were adopted as circulated." */
const APPROVES_MINUTES = /\bminutes\b[^.]{0,80}?\b(?:approv|adopt|confirm|accept|amend|correct|dispens|waiv|sign)|\b(?:approv|adopt|confirm|accept|amend|correct|dispens|waiv|sign)\w*\s+(?:of\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}minutes\b/iu;

/**
 * "MINUTES" alone over "Motion by Councilman Tate … to approve the minutes of December 11, 2024": a US board's section
 * approving its last minutes, not the document's title (which the word alone usually is, CAPS_NOT_HEADING): the line
 * under it says so.
 */
export function headsEarlierMinutes(lines: string[], index: number, text: string): boolean {
  if (text !== 'MINUTES') return false;
  let below = index + 1;
  while (below < lines.length && lines[below].trim() === '') below += 1;
  return below < lines.length && APPROVES_MINUTES.test(lines[below]);
}

/** Words a title in capitalised words leaves in lower case ("Reports of the Clerk and Treasurer"). */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'vs', 'v']);
/** The characters a capitalised word may start with, A–Z aside. */
const CAPITALISED_WORD_STARTS = '0123456789(“"‘\'&';

/** A short line in capitals, three of them in a row, that is no decision's or vote's label ("RESOLVED", "CARRIED"). */
export function isCapsLine(line: string): boolean {
  if (trimmedLength(line) > 100 || !hasCapitalsOnly(line)) return false;
  const text = line.trim();
  return !endsWithOneOf(text, ':-') && !CAPS_NOT_HEADING.test(text);
}

/**
 * Whether a text has no letter a–z and four of A–Z or more, three of them in a row: one pass over its codes, which
 * stops at the first lower-case letter (most lines tested are prose). White space around the text changes nothing.
 */
export function hasCapitalsOnly(text: string): boolean {
  let capitals = 0;
  let run = 0;
  let longestRun = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) {
      capitals += 1;
      run += 1;
      longestRun = Math.max(longestRun, run);
    } else run = 0;
  }
  return capitals >= 4 && longestRun >= 3;
}

/** Three in four of a text's words capitalised (or numbers), its small words ("of", "the") aside. */
export function hasCapitalisedWords(text: string): boolean {
  // The words as `text.split(/\s+/)` gives them, read in place (this runs on most heading candidates): white space at
  // either end gives an empty word there, which counts as a word not capitalised.
  let significant = text === '' || isWhiteSpaceCode(text.charCodeAt(0)) ? 1 : 0;
  if (text.length > 0 && isWhiteSpaceCode(text.charCodeAt(text.length - 1))) significant += 1;
  let capitalised = 0;
  for (let start = contentStart(text); start < text.length; start = nextWordStart(text, start)) {
    const end = wordEnd(text, start);
    // Every small word has at most four letters: longer words are significant without a lower-cased copy.
    if (end - start <= 4 && SMALL_WORDS.has(text.slice(start, end).toLowerCase())) continue;
    significant += 1;
    if (isCapitalisedStart(text.charCodeAt(start))) capitalised += 1;
  }
  return significant > 0 && capitalised / significant >= 0.75;
}

function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isWhiteSpaceCode(text.charCodeAt(end))) end += 1;
  return end;
}

/** Where the word after the one starting at `start` starts (the text's length when none does). */
function nextWordStart(text: string, start: number): number {
  let next = wordEnd(text, start);
  while (next < text.length && isWhiteSpaceCode(text.charCodeAt(next))) next += 1;
  return next;
}

function isCapitalisedStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || CAPITALISED_WORD_STARTS.includes(String.fromCharCode(code));
}

/**
 * "AOCB", "CCTV": one short word in capitals, an abbreviation. Among Title Case headings it is one of them (it has no
 * other case to be written in), as it is one among headings in capitals.
 */
export const isAbbreviationLine = (text: string) => text.length <= 5 && /^\p{Lu}{2,5}$/u.test(text);

// Clubs' secretaries type each heading in capitals with a colon, on a line of its own over what was reported
// ("PRESIDENT’S REPORT :", "CORRESPONDENCE IN:", "ELECTION OF CLUB OFFICE BEARERS :"), as a form they fill in each
// month. A colon after capitals is more often a label run into its own line's text ("PRESENT: …") or a decision's or an
// action's label over its words ("RESOLVED:", "ACTION:"), so only a line that is the label alone, naming no such
// label, heads an item; its title is whole (headings.ts carries it onto no line under it: that is what was reported).

/** Capitals (an apostrophe, "&", "/", "-" between words), then a colon, perhaps after a space. */
const CAPS_THEN_COLON = /^(?:\*\*)?[A-Z][A-Z'’&/ -]{2,58}[A-Z’]\s?:(?:\*\*)?$/;
/**
 * Labels over a decision, a vote, an action or a field of the meeting's header, or a person's office over their name:
 * none heads an item.
 */
const RUN_IN_LABEL =
  /^(?:\*\*)?(?:RESOLVED|AGREED|NOTED|DECIDED|DECISIONS?|ACTIONS?(?: (?:POINTS?|ITEMS?|BY|REQUIRED))?|MOTIONS?|MOVED(?: BY)?|PROPOSED(?: BY)?|SECONDED(?: BY)?|CARRIED|LOST|NOTES?|VOTES?|VOTING|RESULTS?|OUTCOMES?|RECOMMENDATIONS?|RECOMMENDED|PURPOSE|SUMMARY|PRESENT|ABSENT|APOLOG(?:Y|IES)(?: FOR ABSENCE)?|REGRETS|ATTENDANCE|ATTENDEES|IN ATTENDANCE|ALSO PRESENT|OFFICERS(?: PRESENT)?|MEMBERS(?: PRESENT| ABSENT)?|GUESTS|VISITORS|DATE|TIME|VENUE|LOCATION|PLACE|CHAIR(?:MAN|PERSON|WOMAN)?|VICE[- ]CHAIR(?:MAN|PERSON)?|PRESIDENT|VICE[- ]PRESIDENT|SECRETARY|TREASURER|CLERK|MINUTE[- ]TAKER|QUESTIONS?|ANSWERS?|RESPONSE|REPLY|PROPOSAL|AMENDMENT|REASONS?|NB|PS)\s?:(?:\*\*)?$/;
/**
 * "PRESENT IN THE CHAIR:", "OFFICIALS IN ATTENDANCE:": a label over those who attended; "REASON FOR DECISION:", "RECOMMENDATION
 * TO COUNCIL:": a part of an item's decision; whatever their other words.
 */
const LABEL_WORDS = /\b(?:PRESENT|ATTENDANCE|ATTENDING|APOLOG(?:Y|IES)|ABSENT|REGRETS|IN THE CHAIR|DECISIONS?|RESOLVED|RESOLUTIONS?|RECOMMENDATIONS?|REASONS?)\b/;
/** The longest such heading (a label alone is short). */
const MAX_LENGTH = 64;

/**
 * Whether a line (`text`, at `index` of `lines`) is a heading in capitals ending in a colon: the label alone on its line,
 * no run-in label, and not the last line of a title in capitals wrapped onto it ("… TO DISCUSS A" over "PARTICULAR ITEM:").
 */
export function isCapsColonHeadingAt(lines: readonly string[], index: number, text: string): boolean {
  return isCapsColonHeading(text) && !(index > 0 && hasCapitalsOnly(lines[index - 1]));
}

function isCapsColonHeading(text: string): boolean {
  if (text.length > MAX_LENGTH || !(text.endsWith(':') || text.endsWith(':**'))) return false;
  // "TREASURER’s REPORT:": a possessive typed in lower case is still a heading in capitals.
  const capitals = text.includes('s ') ? text.replace(/(?<=[A-Z])(['’])s(?= )/g, '$1S') : text;
  return CAPS_THEN_COLON.test(capitals) && hasCapitalsOnly(capitals) && !RUN_IN_LABEL.test(capitals) && !LABEL_WORDS.test(capitals);
}
