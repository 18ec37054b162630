// A line of an attendance list that goes on with the entry above it because the page's width wrapped it there.
import { nextWordFits } from '../lines';
import { contentEndsWithOneOf } from '../patterns';
import { DASHED_LABEL, PERSON_START } from './listed-person';

/**
 * "Rachel Yu, Director of" over "Special Education": a line the wrap ended (the next line's first word would not have
 * fitted on it) in an entry's words, not at a name's closing bracket or full stop, over a line that starts no person,
 * no label of its own ("Student Board Member: …") and sets no columns.
 */
const LEADING_LABEL = /^[^,:]{1,40}:\s/;
/**
 * "APOLOGIES AND LEAVE OF ABSENCE", "1 APOLOGIES" under a list in mixed case: the next heading, in capitals (numbered, or
 * of two words or more), not the list's wrapped words.
 */
const CAPITALS_ALONE = /^(?:\d{1,3}[.)]?\s+\p{Lu}{2,}(?:[\s&/,'’-]+\p{Lu}{2,})*|\p{Lu}{2,}(?:[\s&/,'’-]+\p{Lu}{2,})+)$/u;
export function wrapsEntry(above: string, lineRaw: string, wrapLimit: number): boolean {
  // A wrapped line goes on at the margin: one set in (under a label's column) is a list's next line.
  if (/^\s{2}/.test(lineRaw)) return false;
  const line = lineRaw.trim();
  // A line longer than the wrap's limit was not ended by the wrap: set out whole, or a wrapped roll joined again (wrapped-rolls.ts).
  if (above.trim().length > wrapLimit) return false;
  return !nextWordFits(above, line, wrapLimit) && !contentEndsWithOneOf(above, '.)') && !PERSON_START.test(line) && !LEADING_LABEL.test(line) && !DASHED_LABEL.test(line) && !line.includes('  ') && !(CAPITALS_ALONE.test(line) && /\p{Ll}/u.test(above));
}
