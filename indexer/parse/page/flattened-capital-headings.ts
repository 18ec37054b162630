// Scottish minutes number their paragraphs on through the meeting and head each matter with a title in capitals above
// its first paragraph. Run together on one line (a text export of the PDF), "… APOLOGIES: 1. Apologies for absence were
// intimated … WELCOME AND INTRODUCTION 2. Pending the election of the Convener, …": each capitals title is set on a
// line of its own before its numbered paragraph, so the heading rules read the titles as in the printed minutes.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { SMALL_WORDS } from '../items/capitals';

/** "WELCOME", "AND", "CONVENER'S", "APOLOGIES:": a word of a title in capitals (two letters or more, or an ampersand). */
const CAPITALS_WORD = /^(?:\p{Lu}[\p{Lu}'’-]+:?|&)$/u;
/** Fewer numbered paragraphs than this with a title before them are no such minutes. */
const MIN_TITLED = 2;
/** At most this many words in a title read back from its paragraph's number. */
const MAX_TITLE_WORDS = 10;

/** How far before a paragraph's number its title is looked for: ten words of capitals, and a line of megabytes is not read back. */
const TITLE_REACH = 160;

/** Where the title in capitals just before `start` in `line` begins, or -1 when the words before it are not one. */
function capitalsTitleBefore(line: string, start: number): number {
  const from = Math.max(0, start - TITLE_REACH);
  const words = line.slice(from, start).trimEnd().split(' ');
  // The first word of the window may be cut: it is read only when the window starts the line.
  const first = from === 0 ? 0 : 1;
  let taken = 0;
  while (taken < MAX_TITLE_WORDS && words.length - taken > first && CAPITALS_WORD.test(words[words.length - 1 - taken])) taken += 1;
  if (taken === 0) return -1;
  const title = words.slice(words.length - taken).join(' ');
  // A title of one word is a whole word of letters ("APOLOGIES:"), not an initialism in a sentence ("… the NHS 4.").
  if (taken === 1 && title.length < 6) return -1;
  return line.lastIndexOf(title, start);
}

/**
 * The line's parts, split at each paragraph number of `starts` (its text starting at the same place in `texts`) and before
 * the capitals title standing before any of them; null when fewer than MIN_TITLED numbers have a title before them.
 */
export function capitalsTitlesApart(line: string, starts: number[], texts: number[]): string[] | null {
  // Each part as [from, to): the text before the first title, each title, each paragraph from its text on (its printed
  // number dropped, as a paragraph's number is: a numbered sentence would be read as an item's heading).
  const parts: [number, number][] = [];
  let from = 0;
  let titled = 0;
  starts.forEach((start, position) => {
    const title = capitalsTitleBefore(line, start);
    if (title !== -1) titled += 1;
    parts.push([from, title === -1 ? start : title]);
    if (title !== -1) parts.push([title, start]);
    from = texts[position];
  });
  if (titled < MIN_TITLED) return null;
  parts.push([from, line.length]);
  return parts.map(([start, end]) => line.slice(start, end).trim()).filter((part) => part !== '');
}

/**
 * "… MEETING CALLED TO ORDER The meeting was called …", "… COMMUNICATIONS: Mr. Beyer made a motion …": minutes whose
 * sections are headed by titles in capitals and never numbered (Canadian and US councils), run together on one line.
 * A title is two words in capitals or more (an "A" or "&" among them), or one of five letters or more with its colon
 * (or of seven after a sentence's end), before a capitalised word; a decision's words ending the section above ("CARRIED UNANIMOUSLY") stay with it, and a
 * short capitals word before the sentence is the sentence's own ("… FROM THE MINUTES CAO Greb informed …").
 */
/** A title's last word before its colon, or a word of one word's title: "COMMUNICATIONS:", "DEPARTMENT:". */
const TITLE_WORD_WITH_COLON = /^\p{Lu}[\p{Lu}'’/-]+:$/u;
/** "Reeve", "Ken", "The": the capitalised word a title's section starts with. */
const SENTENCE_WORD = /^\p{Lu}\p{Ll}/u;
/** Words closing the section above that a title in capitals may seem to start with. */
const CLOSING_WORDS = /^(?:CARRIED|UNANIMOUSLY|DEFEATED|LOST|MOTION|RESOLVED|AGREED|APPROVED|NOTED)$/;
/** A resolution's words in capitals ("BE IT RESOLVED THAT Council …"), no title. */
const RESOLUTION_WORDS = /^(?:RESOLVED|THAT|BE|IT|WHEREAS|THEREFORE)$/;
/** Fewer titles than this on a line are a sentence's capitals, not the minutes' sections. */
const MIN_SECTION_TITLES = 3;
/** A text longer than this (about 300 pages) is many documents run together, not read for one meeting's sections. */
const MAX_SECTIONED_TEXT = 1_000_000;

/** The run as from its first whole word: "McDONALD CALL TO ORDER" matched from "DONALD" is read from "CALL". */
function runFromWordStart(line: string, found: RegExpMatchArray): { 0: string; index: number } | null {
  const index = found.index ?? 0;
  if (index === 0 || /\s/.test(line[index - 1])) return { 0: found[0], index };
  const space = found[0].search(/\s\S/);
  return space === -1 ? null : { 0: found[0].slice(space + 1), index: index + space + 1 };
}

/** More section titles than this are no one meeting's minutes (the text is many run together, or repeated). */
const MAX_SECTION_TITLES = 300;
/** A short capitals word (an office's initials, "CAO") before the sentence's start is the sentence's. */
const MAX_INITIALISM = 3;

/**
 * A run of words in capitals (each with its space after it): matched whole, with no look past its end, so a text in
 * capitals throughout is one match read in one pass, not tried again from each of its words. (No look behind it either:
 * one at every character of a long line doubled the search; a run starting inside a word is told apart after.)
 */
const CAPITALS_RUN = /(?:(?:\p{Lu}[\p{Lu}'’/-]+[,:]?|&|A)(?:[ \t]+|(?=\n)|$))+/gu;
/** A run of more words than this is a text in capitals, not a section's title ("PLANNING & ZONING ADJOURN FOR A … APPLICATION" has 12). */
const MAX_RUN_WORDS = 14;
/** "22 DECLARATION OF INTERESTS": the section's number just before its title (not a date's last figures, "2008 07 22", nor a page's). */
const NUMBER_BEFORE = /(?<![\d,]|\bPage)(?:^|\s)(\d{1,4}\.?\s+)$/;

/** The line's parts, each title in capitals on a line of its own before its section's text; null when fewer than MIN_SECTION_TITLES. */
export function capitalsTitlesBeforeSentencesApart(line: string): string[] | null {
  const cuts = capitalsTitleCuts(line);
  if (cuts.length < MIN_SECTION_TITLES) return null;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    parts.push(line.slice(from, start), line.slice(start, end));
    from = end;
  }
  parts.push(line.slice(from));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Where each section's title in capitals on the line starts and ends (its number before it included); none past MAX_SECTION_TITLES. */
export function capitalsTitleCuts(line: string): [number, number][] {
  const cuts: [number, number][] = [];
  if (line.length > MAX_SECTIONED_TEXT) return cuts;
  for (const found of line.matchAll(CAPITALS_RUN)) {
    // More titles than any minutes hold: a text of many documents run together, not read further.
    if (cuts.length > MAX_SECTION_TITLES) return [];
    const match = runFromWordStart(line, found);
    if (match === null) continue;
    const run = match[0].trimEnd().split(/\s+/);
    // A title opening the line is the document's own heading ("LONDON'S GLOBAL UNIVERSITY COUNCIL Wednesday 27 …").
    if (run.length > MAX_RUN_WORDS || line.slice(0, match.index).trim() === '') continue;
    const after = match.index + match[0].length;
    const title = titleWithin(run, line.slice(after, after + LABEL_REACH), /[.!?]\s*$/.test(line.slice(Math.max(0, match.index - 3), match.index)));
    if (title === null) continue;
    const words = [...match[0].matchAll(/\S+/g)];
    const start = match.index + words[title.from].index;
    const number = NUMBER_BEFORE.exec(line.slice(Math.max(0, start - 8), start));
    cuts.push([start - (number?.[1].length ?? 0), match.index + words[title.to - 1].index + words[title.to - 1][0].length]);
  }
  return cuts;
}

/** A title of one word with no colon is a word this long at least ("ADJOURNMENT", "CORRESPONDENCE"; not "NOTE"). */
const MIN_LONE_TITLE = 7;
/** How far past a title the text after it is read: the names after an attendance label show it to be one. */
const LABEL_REACH = 100;

/** Which of a run of capitals words (`run`, before the text `after`) are a section's title: [from, to), or null when none. */
function titleWithin(run: string[], after: string, afterSentence: boolean): { from: number; to: number } | null {
  if (!SENTENCE_WORD.test(after)) return null;
  let from = 0;
  while (from < run.length && CLOSING_WORDS.test(run[from])) from += 1;
  let to = run.length;
  if (to - from > 2 && run[to - 1].length <= MAX_INITIALISM && !run[to - 1].endsWith(':')) to -= 1;
  const title = run.slice(from, to);
  // "… RESOLVED That …": a run of a decision's closing words only holds no title.
  if (title.length === 0) return null;
  // A colon inside the run ends a label before it ("RESULT:ANNOUNCED"): only its last word may hold one.
  if (title.slice(0, -1).some((word) => word.endsWith(':')) || title.some((word) => RESOLUTION_WORDS.test(word))) return null;
  // "AB ASSUR DARO FTE HEFCE MRC …": a key of abbreviations, mostly initialisms, not a title.
  const initialisms = title.filter((word) => word.replace(/\W/g, '').length <= MAX_INITIALISM && !SMALL_WORDS.has(word.toLowerCase())).length;
  if (initialisms >= 2 && initialisms * 2 >= title.length) return null;
  // A title with no colon has a word of five letters or more ("THE UCLU", the end of a key of abbreviations, has none).
  const longest = Math.max(...title.map((word) => word.replace(/[^\p{Lu}]/gu, '').length));
  // One word is a title with its colon, or a long word after a sentence's end or a decision's words ("… CARRIED ADJOURNMENT The …").
  const alone = TITLE_WORD_WITH_COLON.test(title[0]) ? longest >= 5 : longest >= MIN_LONE_TITLE && (afterSentence || from > 0);
  if (title.length === 1 ? !alone : longest < 5 && !title[title.length - 1].endsWith(':')) return null;
  // "MEMBERS PRESENT: Mayor: …", "OTHERS Denise Thompson, …": an attendance label before its list, no section.
  return attendanceLabelOf(`${title.join(' ')} ${after}`) === null ? { from, to } : null;
}

/** CAPITALS_RUN read at one place only (its own regular expression: matchAll starts where the last search left one). */
const CAPITALS_RUN_AT = new RegExp(CAPITALS_RUN.source, 'uy');
/** "CALL TO ORDER", "APPROVAL OF AGENDA": a title whose small word shows it to be no name in capitals ("JOHN SMITH Chair"). */
const TITLE_SMALL_WORD = /^(?:OF|TO|AND|FOR|THE|ON|&)$/;

/**
 * Where a section's title in capitals starts at `at` in `line` (or just after an office's initials there: "… Rhea
 * Collins, CAO MEETING CALLED TO ORDER The meeting …"), before its sentence; -1 when none does. A list's words end there.
 */
export function sectionTitleAt(line: string, at: number): number {
  CAPITALS_RUN_AT.lastIndex = at;
  const match = CAPITALS_RUN_AT.exec(line);
  if (match === null) return -1;
  const run = match[0].trimEnd().split(/\s+/);
  const from = run.length > 3 && run[0].length <= MAX_INITIALISM && !TITLE_SMALL_WORD.test(run[0]) ? 1 : 0;
  const after = match.index + match[0].length;
  const title = run.length <= MAX_RUN_WORDS ? titleWithin(run.slice(from), line.slice(after, after + LABEL_REACH), false) : null;
  if (title === null || !run.slice(from).some((word) => TITLE_SMALL_WORD.test(word))) return -1;
  return from === 0 ? at : at + match[0].indexOf(run[1], run[0].length);
}
