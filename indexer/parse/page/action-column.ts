// Minutes set out as a table with an action column on the right ("Item    Minute    Action"), as `pdftotext -layout`
// prints an NHS board's or a town council's minutes: the owner of an action ("PL", "Clerk") stands at the end of a
// line of the minute's text, after a wide gap. It is no part of the sentence it stands beside, so it is taken out.

import { lastContentCharacter } from '../patterns';

/**
 * "Item     Minute     Action", "Min. No.   Discussion   Action by": the column headings over such a table. A ModernGov
 * print heads only the outer columns ("Minute No.        Action by"); "Action by" is the action column's own name.
 */
const ACTION_COLUMN_HEADINGS =
  /^\s*(?:Item|Minute|Min(?:ute)?\.?\s*(?:No|Ref)\.?|No\.?|Ref\.?)\s{2,}(?:(?:Minute|Item|Discussion|Subject|Minutes?\s+and\s+decisions?|Notes?)\s{2,}(Actions?(?:\s+by)?|Lead|Owner|Responsible|By)|(Actions?\s+by))\s*$/i;

/** The headings are printed above the first minute: only the first lines are looked at. */
const HEADING_SEARCH_LINES = 300;

/** The text in the action column: at most this long (an owner's initials, an office, a date). */
const MAX_ACTION_TEXT = 24;

/** Text at a line's end after a gap of three spaces or more (a sentence's own spaces are single). */
const AFTER_GAP = /\S\s{3,}(\S(?:.{0,22}\S)?)\s*$/;

/**
 * Whether a line ends (but for white space) with a letter the headings line can end with ("Action", "Actions", "Action by",
 * "Lead", "Owner", "Responsible", "By"): read from the last character, where `/[ndrtsyeN]\s*$/` was tried at each such letter.
 */
function endsLikeHeadings(line: string): boolean {
  const last = lastContentCharacter(line);
  return last !== '' && 'ndrtsyeN'.includes(last);
}

/** Where the action column starts in the headings line; -1 when the document has no such table. */
function actionColumnStart(lines: string[]): number {
  const last = Math.min(lines.length, HEADING_SEARCH_LINES);
  for (let index = 0; index < last; index += 1) {
    // Most lines are let go by their length or their last letter before the pattern is tried.
    const line = lines[index];
    if (line.length > 160 || !endsLikeHeadings(line)) continue;
    const headings = ACTION_COLUMN_HEADINGS.exec(line);
    if (headings) return line.lastIndexOf(headings[1] ?? headings[2]);
  }
  return -1;
}

/** `lines` without the action column's text (a line holding nothing else is left out); the same array when there is none. */
export function withoutActionColumn(lines: string[]): string[] {
  const column = actionColumnStart(lines);
  if (column === -1) return lines;
  // A gap may be printed a little short of the column (pdftotext rounds each text's position).
  const from = Math.max(column - 3, 1);
  const kept: string[] = [];
  for (const line of lines) {
    if (line.length <= from) {
      kept.push(line);
      continue;
    }
    const start = line.length - line.trimStart().length;
    if (start >= from && line.trim().length <= MAX_ACTION_TEXT) continue;
    const action = AFTER_GAP.exec(line);
    // The action's text ends the line (but for white space): where it starts follows from its length.
    const actionStart = action ? line.trimEnd().length - action[1].length : -1;
    kept.push(action && actionStart >= from ? line.slice(0, action.index + 1) : line);
  }
  return kept;
}
