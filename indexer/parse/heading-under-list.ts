// Where a list of people one a line ends at a heading that could be read as one more, untitled, person.
import { isBlank } from './patterns';

/**
 * "Opening Remarks" after a blank line under "Miss KWOK Sze-wing   Executive Officer …": capitalised words with no title
 * and no office, under a titled person (`personStart`: how such a line starts), head what follows; an untitled member is
 * listed beside an office or among others.
 */
export function isHeadingUnderTitled(line: string, lines: string[], index: number, personStart: RegExp): boolean {
  if (index < 2 || personStart.test(line) || /[(,;–—]|\s-\s|\s{2,}/.test(line)) return false;
  let above = index - 1;
  while (above > 0 && isBlank(lines[above])) above -= 1;
  let below = index + 1;
  while (below < lines.length - 1 && isBlank(lines[below])) below += 1;
  // A paragraph of prose under it: the last of a list of names stands over the next item's heading, not over prose.
  return personStart.test(lines[above].trim()) && below < lines.length && lines[below].trim().length > PROSE_LINE && /[a-z]/.test(lines[below]);
}

/** A line longer than this under a short one is prose. */
const PROSE_LINE = 60;
