// Headings printed in shapes other than one line of their own: minute numbers after their item's title, at the end of
// a dot leader ("Apologies for absence ...... 25/145"), as town councils set them in a right-hand margin (read in the
// groups headings.ts reads a numbered line in, and put back together where a wrap moved the leader or number onto the
// next line), and an outline's wholly bold top-level bullets ("- **1. Apologies**").
import { ITEM_NUMBER, ITEM_PREFIX, NUMBER_ALONE } from './item-numbers';
import { firstContentCharacter, lastContentCharacter } from '../patterns';

/**
 * "Apologies for absence .......... 25/145": the minute number after the title, at the end of a dot leader (a right
 * tab stop with leader dots, as town councils set their minute numbers in the margin). Only a coded or slashed number
 * ("25/145", "FC/25/101", "AG.41") is read so: after a leader, a plain figure is a page number or a sum of money.
 */
const TRAILING_NUMBER_LINE = new RegExp(String.raw`^(\S.*?)\s*(?:[.…·]\s?){4,}\s*((?:${ITEM_PREFIX})?(?:${ITEM_NUMBER}))\.?$`, 'i');
/** "………… 25/145" alone under its title: the leader and number, wrapped onto a line of their own. */
const LEADER_AND_NUMBER = new RegExp(String.raw`^(?:[.…·]\s?){4,}\s*((?:${ITEM_PREFIX})?(?:${ITEM_NUMBER}))\.?$`, 'i');
/** "Apologies for absence …………" over "25/145": the title and its leader, the number wrapped onto the next line. */
const TITLE_AND_LEADER = /^(\S.*?)\s*(?:[.…·]\s?){4,}$/;
const LEADER_CHARACTERS = '.…·';
const isDigit = (character: string) => character >= '0' && character <= '9';
/**
 * Whether a line ends in a leader (four dots or more). Read from its last character first: a pattern ending in `$` is
 * tried from every character of a line, and most lines end in a full stop at most.
 */
const endsInLeader = (text: string) => {
  const last = lastContentCharacter(text);
  return last !== '' && LEADER_CHARACTERS.includes(last) && /[.…·]\s?[.…·]\s?[.…·]\s?[.…·]\s*$/.test(text);
};

/**
 * A title whose leader or number the text wrapped onto the next line (PDF text and narrow pages break a right tab so),
 * as the one line it was printed as; null for any other line.
 */
function wrappedLeaderLine(lines: string[], index: number): string | null {
  const nextRaw = lines[index + 1];
  if (nextRaw === undefined) return null;
  // Most lines end in no leader and lie over no leader: told on the lines as they are, before any trimmed copy.
  const nextStart = firstContentCharacter(nextRaw);
  if (nextStart === '') return null;
  const leaderBelow = LEADER_CHARACTERS.includes(nextStart) && isDigit(lastContentCharacter(nextRaw));
  const leaderHere = !leaderBelow && endsInLeader(lines[index]);
  if (!leaderBelow && !leaderHere) return null;
  const line = lines[index].trim();
  const next = nextRaw.trim();
  if (leaderBelow) {
    const leader = endsInLeader(line) ? null : LEADER_AND_NUMBER.exec(next);
    return leader ? `${line} .... ${leader[1]}` : null;
  }
  const title = NUMBER_ALONE.test(next) ? TITLE_AND_LEADER.exec(line) : null;
  return title ? `${title[1]} .... ${next}` : null;
}

/** "Minute 45" after a leader: the prefix apart from the number. */
const PREFIXED_NUMBER = new RegExp(String.raw`^(${ITEM_PREFIX})(.*)$`, 'i');
/** Whether a line may end in a leader and a number: told before the pattern, which most lines need not meet. */
export const mayEndInLeaderNumber = (text: string) => isDigit(text.charAt(text.length - 1)) && /[.…·]\s?[.…·]\s?[.…·]/.test(text);

/** "Apologies for absence …… 25/145": in the groups NUMBERED_LINE gives (prefix, number, title), the number moved first. */
export function leaderNumberedHeading(text: string): RegExpExecArray | null {
  const match = mayEndInLeaderNumber(text) ? TRAILING_NUMBER_LINE.exec(text) : null;
  if (!match || !/[/A-Za-z]/.test(match[2])) return null;
  const prefixed = PREFIXED_NUMBER.exec(match[2]);
  const groups = [match[0], prefixed?.[1], prefixed?.[2] ?? match[2], match[1]] as unknown as RegExpExecArray;
  groups.index = 0;
  return groups;
}

/**
 * "- **1. Apologies**" at a list's outer level, the points of the item nested under it: notes apps (Notion, Obsidian,
 * OneNote) export minutes kept as an outline so, each item a wholly bold top-level bullet.
 */
const OUTLINE_ITEM = /^[-+] \*\*([^*]+)\*\*[:.]?$/;

/**
 * The line a heading printed otherwise stands for, and the line after it: an outline's bold bullet as a wholly bold
 * line, a title with its wrapped leader and number as one line. Null for any other line (most lines: told by their ends).
 */
export function headingLineAt(lines: string[], index: number): { line: string; next: number } | null {
  const line = lines[index];
  if (line[0] === '-' || line[0] === '+') {
    const outline = line.trimEnd().endsWith('**') ? OUTLINE_ITEM.exec(line.trimEnd()) : null;
    return outline ? { line: `**${outline[1]}**`, next: index + 1 } : null;
  }
  const joined = wrappedLeaderLine(lines, index);
  return joined === null ? null : { line: joined, next: index + 2 };
}

/** Whether a line can stand for another (headingLineAt): a bullet, or a line that may start a heading (told by the caller). */
export const mayStandForHeading = (line: string) => line[0] === '-' || line[0] === '+';
