// Printed lines read as text: Markdown marks removed, sentence ends told, hard-wrapped lines joined, and the lines a
// hard wrap (or minutes published with no blank lines) leaves told: titles and sentences carried on, headings between.
import { hasCapitalisedWords } from './items/capitals';
import { OUTCOME_LINE } from './decisions/decisions';
import { collapsedWhiteSpace, contentStart, endsWithOneOf, holdsWhiteSpaceRun, isBlank, whiteSpaceStart } from './patterns';

const SENTENCE_MARKS = '.!?:;';
const CLOSING_MARKS = '"”’)]';

/**
 * Whether a text ends a sentence: a mark, perhaps a closing quote or bracket, then only white space. Read from its
 * last characters: a pattern ending in `$` was tried from every full stop in the line.
 */
/** "… the roof of the salt shed. Mr." over "Ostrowski said …": a title's full stop, the name on the next line, ends no sentence. */
const TITLE_AT_END = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Cllr|Rev|Revd|Prof|Hon)\.$/;

export function endsSentence(text: string): boolean {
  // The last character before any white space at the end, read in place: `trimEnd` copied each line ending in a space.
  const last = whiteSpaceStart(text, text.length) - 1;
  if (last < 0) return false;
  if (text[last] === '.' && TITLE_AT_END.test(text.slice(Math.max(0, last - 5), last + 1))) return false;
  if (SENTENCE_MARKS.includes(text[last])) return true;
  return last > 0 && CLOSING_MARKS.includes(text[last]) && SENTENCE_MARKS.includes(text[last - 1]);
}

/** Markdown bold and heading marks the readers leave in the text; the words are what count ("__" stays: it is part of names). */
export function withoutMarkup(line: string): string {
  // Every line passes here: plain string tests first, as most lines have no markup.
  const unheaded = line.startsWith('#') ? line.replace(/^#{1,6}\s+/, '') : line;
  const unbolded = unheaded.includes('**') ? unheaded.replaceAll('**', '') : unheaded;
  // A line in Markdown italics: "*Next meeting: 10 October 2023.*"
  return unbolded.startsWith('*') || unbolded.startsWith('_') ? unbolded.replace(/^([*_])(?![*_\s])(.+?)(?<![*_\s])\1\s*$/, '$2') : unbolded;
}

/** A line ending in a word split by a hyphen: an ASCII letter, then "-". Read from two character codes (this runs on every line). */
function endsInSplitWord(line: string): boolean {
  const last = line.length - 1;
  return last >= 1 && line.charCodeAt(last) === 0x2d && isAsciiLetter(line.charCodeAt(last - 1));
}

function isAsciiLetter(code: number): boolean {
  // Setting bit 0x20 turns A–Z into a–z and leaves a–z as they are; no other code lands in a–z.
  const letter = code | 0x20;
  return letter >= 0x61 && letter <= 0x7a;
}

/** A text has its words hyphenated by its typesetter when at least this many lines in a hundred end in a split word. */
const SOFT_HYPHEN_LINES_PER_HUNDRED = 3;
/** …and at least this many lines do so (two could be compounds such as "co-opted" that happen to fall there). */
const SOFT_HYPHEN_MIN_LINES = 3;

/**
 * Whether a text's line-end hyphens were put in by the typesetter ("con-" / "firmed"), not the writer: hyphenated
 * compounds fall at a line end now and then, but a text set with hyphenation splits words every few lines. Only a
 * split before a lower-case word counts.
 */
export function hyphenatesWords(lines: string[]): boolean {
  let content = 0;
  let splits = 0;
  let previousSplit = false;
  // By index, not for…of: one pass over a whole text runs mostly before it is optimised, where each step of an
  // iterator was an object to collect.
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Read from the line's ends, without a trimmed copy: this runs on every line of the text.
    const end = whiteSpaceStart(line, line.length);
    if (end === 0) continue;
    content += 1;
    const first = line.charCodeAt(contentStart(line));
    if (previousSplit && first >= 0x61 && first <= 0x7a) splits += 1;
    previousSplit = end > 1 && line.charCodeAt(end - 1) === 0x2d && isAsciiLetter(line.charCodeAt(end - 2));
  }
  return splits >= SOFT_HYPHEN_MIN_LINES && splits * 100 >= content * SOFT_HYPHEN_LINES_PER_HUNDRED;
}

/**
 * Joins hard-wrapped lines: a word split by a hyphen at a line end is rejoined, keeping the hyphen (without it where
 * `softHyphens` says the typesetter put it there, before a lower-case letter). When the joined
 * text holds two white-space characters in a row, every run of white space becomes one space. The lines are trimmed,
 * so no run crosses from one line into the next: the joined text is collapsed as each line would be, in one replace
 * (joining once gives a flat string, where concatenating line by line left one to flatten).
 */
export function joinLines(lines: string[], softHyphens = false): string {
  const parts: string[] = [];
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (previous !== '' && endsInSplitWord(previous)) {
      const soft = softHyphens && line.charCodeAt(0) >= 0x61 && line.charCodeAt(0) <= 0x7a;
      parts[parts.length - 1] = (soft ? parts[parts.length - 1].slice(0, -1) : parts[parts.length - 1]) + line;
    }
    else parts.push(line);
    previous = line;
  }
  const joined = parts.join(' ');
  return holdsWhiteSpaceRun(joined) ? collapsedWhiteSpace(joined) : joined;
}

/** Lines `start` to `end` as one paragraph's text: each line without its markup ("**", "#"), the lines joined. */
export function paragraphText(lines: readonly string[], start: number, end: number): string {
  return joinLines(lines.slice(start, end).map((line) => withoutMarkup(line).trim()));
}

/** A title line this long may have been wrapped by the page. */
const MIN_WRAPPED_TITLE_LINE = 60;

/**
 * "PL/24/034   24/00877/FUL - Erection of 34 Dwellings with Access from" over "            Church Lane, Land East of the
 * Old Rectory": a long title line's next line, indented to where the title starts (a hanging indent), short and with no
 * sentence end, can be the title wrapped (in capitals or not; the item's text under a hanging indent is prose).
 */
export function hangsUnderTitle(firstRaw: string, title: string, lineRaw: string): boolean {
  if (firstRaw.trimEnd().length < MIN_WRAPPED_TITLE_LINE) return false;
  const titleColumn = firstRaw.indexOf(title.slice(0, 12));
  const indent = lineRaw.length - lineRaw.trimStart().length;
  const line = lineRaw.trim();
  return titleColumn > 0 && indent === titleColumn && line.length <= 80 && !endsWithOneOf(line, '.:;!?');
}

/**
 * Whether the next line's first word would have fitted on the line above (`aboveRaw`) within `width` characters: then the
 * writer, not the wrap, ended that line.
 */
export function nextWordFits(aboveRaw: string, line: string, width: number): boolean {
  const space = line.indexOf(' ');
  return aboveRaw.trim().length + 1 + (space === -1 ? line.length : space) <= width;
}

/** How many lines a wrapped sentence is followed over, to its end (a list's entry is a few lines long). */
const WRAPPED_SENTENCE_LINES = 6;

/** "… for design" over "approval of …", "… at 7:02" over "P.M. by …": a line broken inside a sentence, in a word no title ends in. */
const BROKEN_IN_SENTENCE = /\s\p{Ll}[\p{L}'’-]*$/u;
const TIME_SUFFIX_START = /^[AaPp]\.?[Mm]\.?\s/;

/**
 * "A. This meeting was called to order at 7:02" over "P.M. by Chairman Whitfield.": in a hard-wrapped text, a line the
 * wrap ended (the next line's first word would not have fitted on it) inside a sentence, carried on by the wrap to the
 * sentence's end; the line opens a list's entry, not a heading, though no full stop ends it. A title ends in a capitalised
 * word or a bracket ("A. Ordinance No. 2025-02 Amending Chapter 10 (Parking)" over "The Director presented …").
 */
export function wrapsIntoSentence(lines: readonly string[], index: number, wrapLimit: number): boolean {
  if (wrapLimit === 0 || index + 1 >= lines.length) return false;
  const line = lines[index].trimEnd();
  if (!BROKEN_IN_SENTENCE.test(line) && !TIME_SUFFIX_START.test(lines[index + 1].trimStart()) && !/^\s*\p{Ll}/u.test(lines[index + 1])) return false;
  for (let at = index; at < index + WRAPPED_SENTENCE_LINES && at + 1 < lines.length; at += 1) {
    const next = lines[at + 1].trim();
    if (next === '' || nextWordFits(lines[at], next, wrapLimit)) return false;
    if (endsWithOneOf(next, '.!?')) return true;
  }
  return false;
}

/**
 * "2. Resolution No. 2024-17 Establishing a Residential Parking Permit" over "Program for the Harbor District": in a
 * hard-wrapped text (`wrapLimit` the longest its lines may be, 0 when it is not), a title line ending in no mark whose next
 * line's first word would not have fitted on it, over a shorter line in capitalised words (or closing the title's
 * bracket) ending no sentence, is a title the wrapping carried on. Where the word would have fitted, the line was ended
 * by hand: "Key Decision" or "Summary" under a title is a line of its own.
 */
export function continuesFullTitleLine(firstRaw: string, title: string, lineRaw: string, wrapLimit: number): boolean {
  const line = lineRaw.trim();
  if (wrapLimit === 0 || nextWordFits(firstRaw, line, wrapLimit) || endsWithOneOf(title, '.,;:!?')) return false;
  if (line.length >= firstRaw.trim().length || endsWithOneOf(line, '.,;:!?')) return false;
  return hasCapitalisedWords(line) || (title.lastIndexOf('(') > title.lastIndexOf(')') && line.includes(')'));
}

/** "…of the meeting held on" over "20th December, 2023.": a title ending in a word that leads on to more is unfinished. */
export function endsOnHangingWord(title: string): boolean {
  return /\s(?:of|on|in|at|to|for|the|a|an|and|by|from|with)$/i.test(title);
}

/** "… the draft budget. Cllr" over "Ruiz queried …": a person's title ending a line, their name wrapped onto the next. */
export const ENDS_ON_TITLE = /(?:^|\s)(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/;

/**
 * "… the report. Councillor" or "… submitted by the" over a blank line: a page copied with one under each wrapped line
 * (a table's short row, "J Hale Councillor", is no wrapped line; a turn under it, "In response, Mr Hale said …", is the
 * next paragraph's, read by the caller).
 */
export const leavesWrappedWordHanging = (previous: string) => previous.length >= 40 && (ENDS_ON_TITLE.test(previous) || /\s(?:the|a|an|of|by|from|with)$/i.test(previous));

/**
 * Whether a line under a title (`title`, its text so far) may carry it on: in a hard-wrapped text (`wrapLimit` above 0),
 * or where the title ends in a word that leads on, the line starts with one ("AND DIRECTOR OF FINANCE"), or the line is
 * a date (`isDate`: "… FOR THE PERIOD ENDED" over "31 JANUARY 2025"). In a text whose lines are not wrapped, a finished
 * title in capitals over another line in capitals ("PLEDGE OF ALLEGIANCE" over "APPROVAL OF MINUTES") is one heading
 * over the next, set with no blank line between.
 */
export function mayCarryTitleOn(title: string, line: string, wrapLimit: number, isDate: boolean): boolean {
  return wrapLimit > 0 || isDate || endsOnHangingWord(title) || /^(?:of|on|in|at|to|for|the|and|by|from|with|&)\s/i.test(line);
}

/**
 * Whether a line (`raw`, trimmed) stands where a Title Case heading stands: first, after a blank line, or (in minutes
 * published with no blank lines) short, between a finished sentence and a line of prose: "…were noted." / "Village Hall
 * Car Park" / "The Clerk reported …".
 */
export function standsAsHeading(lines: string[], index: number, raw: string): boolean {
  if (index + 1 < lines.length && /^\s*[–—-]\s/.test(lines[index + 1]) && TITLED_SURNAME_ALONE.test(raw.trim())) return false;
  if (index === 0 || isBlank(lines[index - 1])) return true;
  if (raw.length > 80 || endsWithOneOf(raw, '.,;:!?') || !endsBeforeHeading(lines[index - 1])) return false;
  return proseUnder(lines, index, raw) || SUB_ITEM_HEADING.test(lines[index + 1] ?? '');
}

/**
 * "4.01) Proclamation Declaring April 26 as Arbor Day", "6.1 Planning Applications": a sub-item's numbered title, under
 * the section heading it belongs to ("Presentations and Public Information Announcements"), with no blank line between.
 */
const SUB_ITEM_HEADING = /^\s*\d{1,3}\.\d{1,3}[.)]?\s+\p{Lu}/u;

/**
 * "Councilman Scheffler" over "– Can we discuss it?": a speaker by title and surname over the words they said after a
 * dash (a town board's verbatim exchange), no heading (speaker-label-lines.ts joins the two).
 */
const TITLED_SURNAME_ALONE = /^(?:Supervisor|Council(?:man|woman|member|or)|Council Member|Trustee|Commissioner|Alderman|Selectman|(?:Deputy |Vice )?Mayor|Chair(?:man|woman)?|Clerk|Attorney|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Cllr)\s+\p{Lu}[\p{L}'’-]+$/u;

/**
 * Whether a line ends what stands before a heading: a finished sentence, a bracketed note ("[The Convener opened the
 * meeting at 09:30]"), an official report's "On resuming—", or the line closing a minute: its motion's outcome
 * ("Carried", "CARRIED UNANIMOUSLY", "Motion passed 3/0") or who is to act on it ("Action: Clerk").
 */
export function endsBeforeHeading(line: string): boolean {
  const text = line.trim();
  return endsWithOneOf(text, '.!?—') || (text.startsWith('[') && text.endsWith(']')) || OUTCOME_LINE.test(text) || MOTION_OUTCOME_LINE.test(text) || ACTION_LINE.test(text) || (text.includes('otion ') && MOTION_OUTCOME_AT_END.test(text));
}

/** "Motion passed 3/0", "Motion carried unanimously": a motion's outcome as a line of its own, its full stop left off. */
const MOTION_OUTCOME_LINE = /^(?:The\s+)?[Mm]otion\s+(?:passed|carried|failed|lost|PASSED|CARRIED|FAILED)(?:\s+(?:unanimously|\d{1,2}\s*[-–/]\s*\d{1,2}(?:\s*[-–/]\s*\d{1,2})?))?$/;
/** "5 Ayes, 0 Nays - Motion Carried", "Vote 4-1, motion passed": a line ending in its motion's outcome, the tally before it. */
const MOTION_OUTCOME_AT_END = /[\s,;:–—-][Mm]otion\s+(?:passed|carried|failed|Passed|Carried|Failed|PASSED|CARRIED|FAILED)(?:\s+unanimously)?$/;
/** "Action: Clerk", "ACTION: JB", "Action – PC Gilfillan": who is to act on a minute, a short line under it. */
const ACTION_LINE = /^(?:Action|ACTION)s?\s*(?::|[–—-])\s*\S.{0,40}$/;


/**
 * Whether the line under `raw` (`lines[index]`, trimmed) is prose: a longer line in mixed case, a sentence or a long one,
 * perhaps a numbered paragraph ("1.  The Chairman welcomed …").
 */
export function proseUnder(lines: string[], index: number, raw: string): boolean {
  const next = (lines[index + 1]?.trim() ?? '').replace(/^\d{1,3}\.\s+/, '');
  return /^\p{Lu}/u.test(next) && /\p{Ll}/u.test(next) && next.length > raw.length && (endsWithOneOf(next, '.!?') || next.length > 40);
}

/**
 * "Minutes of the Full Council meeting held on Tuesday 11" over "February 2025 at 7.00pm in the Assembly Room, Bramley
 * Town": a line that starts in lower case, or under a long line of prose stopped mid-sentence, carries that sentence on.
 */
export function carriesSentenceOn(previous: string | undefined, line: string): boolean {
  if (/^\p{Ll}/u.test(line)) return true;
  return previous !== undefined && previous.length >= 50 && /\p{Ll}/u.test(previous) && !endsSentence(previous) && !isTitleCased(previous);
}

/**
 * "Y Pwyllgor Cydraddoldeb a Chyfiawnder Cymdeithasol": every word longer than a short joining word ("a", "of", "and",
 * "the") capitalised, as a title is, not prose (a bilingual body's name in the other language, over the English one).
 */
function isTitleCased(line: string): boolean {
  return line.trim().split(/\s+/).every((word) => word.length <= 3 || /^[\p{Lu}\d(&'’"“]/u.test(word));
}

/**
 * "… was held at Village Hall," over "40 Mill Pond Road, Cedar Hollow, New York.", or "… for a Band D property for" over
 * "2018/19.": under a line of prose that stops at a comma or on a word that leads on to more, a line starting with a
 * number carries the sentence on (a house number, a sum, a year), and is no item. So, in a hard-wrapped text (`wrapLimit`
 * above 0), does a number alone on a line under a line of prose ending no sentence that the number would not have fitted
 * on ("… for the Municipal Year" over "2025/26."): the wrap, not the writer, ended that line (a caller passes the limit
 * only for a number alone: "B. Warrant Register …" under "A. Approval of the Minutes of …" is the list's next entry).
 */
export function continuesClauseAbove(lines: string[], index: number, wrapLimit = 0): boolean {
  const above = index > 0 ? lines[index - 1].trimEnd() : '';
  const wrappedMidSentence = wrapLimit > 0 && !endsWithOneOf(above, '.:;!?') && !nextWordFits(above, lines[index].trim(), wrapLimit);
  return above.length >= 40 && (wrappedMidSentence || above.endsWith(',') || endsOnHangingWord(above)) && /\p{Ll}/u.test(above) && !above.includes('**');
}

/** The first line's match of `pattern` that `accept` takes; lines after it are not tried (headers can be long). */
export function firstMatch(lines: string[], pattern: RegExp, accept: (match: RegExpExecArray) => boolean = () => true): RegExpExecArray | null {
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match && accept(match)) return match;
  }
  return null;
}

/** The first line's reading that is neither null nor undefined (null when none is): the lines after it are not read. */
export function firstReading<T>(lines: string[], read: (line: string) => T | null | undefined): T | null {
  for (const line of lines) {
    const reading = read(line);
    if (reading !== null && reading !== undefined) return reading;
  }
  return null;
}
