// Which shape of minutes a text has, so the right structure rules apply.
//
// Choices, kept here so the next reader does not have to rediscover them:
// - ModernGov "Agenda and minutes" pages are one meeting; item titles are the lines followed by
//   "Additional documents:", or, where the page prints each item's number on a line of its own, the line
//   under the number (the agenda's description of the item comes between). A page printing no numbers
//   gives an item's number only when a "view the full minutes text for item N" marker gives it.
// - A ModernGov meeting page copied as a table ("No. | Item |") is one meeting: each row, ended by its bar, runs the
//   item's title, the agenda's description and the minutes after "Minutes:" together (table-row-minutes.ts).
// - ModernGov "Agenda item" pages are one item of an unnamed, undated meeting: body and date stay null
//   unless a sidecar supplies them.
// - A ModernGov "Decision details" page is one decision: its labelled fields give the body and date wherever they stand
//   (the dates are printed at the foot, under the decision), and its text is one item, named by the decision's title.
//   Its section labels ("Purpose:", "Decision:") are no agenda items, so its rules win over the general rules' count.
// - A ModernGov "Decisions" list holds one meeting of one item for each decision it lists (decision-lists.ts).
// - A ModernGov "Issue - meetings" page holds one meeting for each "Meeting: 22/05/2024 - Cabinet (Item 14)" line, each
//   with the one item the line numbers, titled by the line under it whatever its length.
// - Printed documents (PDF agenda packs) can hold several meetings. Each "MINUTES of a meeting of ..."
//   starts one, with its own body, date and venue; it ends at "The meeting closed", at the next minutes,
//   or where the next paper of the pack starts. Papers that are not minutes (notices, reports, work
//   plans) are skipped rather than guessed at.
// - A pack's own agenda is kept as a meeting titled "Agenda": its items are the agenda's items and their
//   paragraphs are the agenda's descriptions, so a search for a topic finds when it was tabled. It claims
//   no decisions and no attendees.
// - A sidecar describes the file it sits next to. For a one-meeting file it overrides what the text says;
//   in a file with several meetings each meeting's text names its own body and date, so the sidecar only
//   fills fields the text left empty (its url applies to every meeting, as they share the file).
import { isDecisionDetailsPage } from './decision-details';
import { isDecisionListPage } from './decision-lists';
import { isIssuePage } from './issue-pages';
import { holdsTableRowMinutes } from './table-row-minutes';
import { firstContentCharacter } from '../patterns';

export type Layout = 'moderngov-minutes' | 'moderngov-item' | 'moderngov-table' | 'moderngov-decision' | 'moderngov-decision-list' | 'moderngov-issue' | 'printed';

/** A ModernGov meeting page's title: "Agenda and minutes", "Agenda, decisions and minutes", "Agenda and draft minutes". */
const MEETING_PAGE_TITLE = /^Agenda(?:, decisions)? and (?:draft )?minutes$/;

/** Whether a line is a ModernGov meeting page's title (a Markdown heading's marks aside), told first by its first character. */
export function isMeetingPageTitle(line: string): boolean {
  return firstContentCharacter(line) === 'A' && MEETING_PAGE_TITLE.test(line.replace(/^\s*#{1,6}\s+/, '').trim());
}

/** The layout of `text`; `lines` are its lines, when the caller has split it already. */
export function detectLayout(text: string, lines = text.split('\n')): Layout | null {
  const firstLines = lines.slice(0, 40).map((line) => line.replace(/^#{1,6}\s+/, '').trim());
  const hasLine = lineFinder(text, lines.length);
  // A page whose items have no further papers labels their minutes only ("Minutes:"), each number on a line of its own.
  if (firstLines.some((line) => MEETING_PAGE_TITLE.test(line)) && (hasLine('Additional documents:', /^\s*Additional documents:\s*$/) || hasLine('Minutes:', /^\s*Minutes:\s*$/))) return 'moderngov-minutes';
  // A bar alone is looked for first: a search for " |" stops at every space of the text, one for "|" only at a bar. A
  // table whose heading row the text reader set as columns ("No.<tab>Item") keeps its rows' bars on lines of their own.
  if (text.includes('|') && (text.includes(' |') || text.includes('\n|')) && text.includes(':') && holdsTableRowMinutes(lines)) return 'moderngov-table';
  if (isDecisionDetailsPage(hasLine)) return 'moderngov-decision';
  if (isDecisionListPage(hasLine)) return 'moderngov-decision-list';
  // An item page printing the meeting's line ("Meeting: 12/03/2025 - Cabinet (Item 67)") is read as an issue page is.
  if (isIssuePage(hasLine)) return 'moderngov-issue';
  if (hasLine('Agenda item', /^\s*(?:[•·]\s*)?Agenda item\s*$/)) return 'moderngov-item';
  // Upper-case MINUTES: the printed packs these rules were written for; other printed minutes take the general rules.
  if (hasLine('MINUTES of ', /^\s*MINUTES of (?:a|the) meeting\b/) || hasLine('AGENDA', /^\s*AGENDA\s*$/)) return 'printed';
  return null;
}

/** How far into its line a literal of lineFinder's may stand (fewer characters before it): each pattern reads its literal at the line's start, white space aside. */
const MAX_LITERAL_COLUMN = 1000;
/** A text whose lines are this long on average (a document run onto a few lines) is read line by line, each near its start. */
const LONG_LINES = 4 * MAX_LITERAL_COLUMN;

/** Where the line holding `at` starts, or -1 when that is MAX_LITERAL_COLUMN characters back or further (a search back to a document's start, on one long line, for each literal found). */
function nearLineStart(text: string, at: number): number {
  for (let index = at - 1; index >= 0 && index >= at - MAX_LITERAL_COLUMN; index -= 1) if (text.charCodeAt(index) === 0x0a) return index + 1;
  return at < MAX_LITERAL_COLUMN ? 0 : -1;
}

/**
 * Where the line holding a position ends (its "\n", or -1 at the text's end), the last answer kept: on a long line (a
 * document on one line) each literal found would search the rest of the text again.
 */
function lineEndFinder(text: string): (at: number) => number {
  // The first line end at or after `from` is at `end`.
  let [from, end] = [Infinity, -1];
  return (at) => {
    if (at < from) {
      const before = text.slice(at, from).indexOf('\n');
      if (before !== -1) end = at + before;
      from = at;
    } else if (end !== -1 && at > end) [from, end] = [at, text.indexOf('\n', at)];
    return end;
  };
}

/**
 * Whether some line of `text` matches `pattern` (anchored at the line's start), given a `literal` every match
 * holds near its line's start. Only the lines holding the literal are tried: a multiline pattern is tried at every
 * character of the text, which a document on one long line made slow. Texts with Unicode line separators take the multiline pattern.
 */
function lineFinder(text: string, lineCount: number): (literal: string, pattern: RegExp) => boolean {
  if (text.includes('\u2028') || text.includes('\u2029')) return (_, pattern) => new RegExp(pattern.source, 'm').test(text);
  // Each literal looked for through the whole text would read all of a long line, where only its start can hold one.
  if (text.length > lineCount * LONG_LINES) {
    const lines = text.split('\n');
    return (literal, pattern) => lines.some((line) => line.slice(0, MAX_LITERAL_COLUMN - 1 + literal.length).includes(literal) && pattern.test(line));
  }
  const lineEndAfter = lineEndFinder(text);
  return (literal, pattern) => {
    for (let at = text.indexOf(literal); at !== -1; ) {
      const lineEnd = lineEndAfter(at);
      const lineStart = nearLineStart(text, at);
      if (lineStart !== -1 && pattern.test(text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))) return true;
      at = lineEnd === -1 ? -1 : text.indexOf(literal, lineEnd + 1);
    }
    return false;
  };
}
