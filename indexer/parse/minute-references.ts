// "1. APOLOGIES FOR ABSENCE (Min 24/118)": a parish council that numbers its agenda items and prints each minute's
// reference at the end of the heading line. The reference is the minute's number (what the minutes are cited by), and
// no part of the title.
import type { HeadingCandidate, HeadingReaders } from './headings';
import { lastContentCharacter } from './patterns';

/** "(Min 24/118)", "(Minute 118)", "[Min. No. 24/118]" closing a line. */
const TRAILING_MINUTE_REFERENCE = /\s+[([](?:Minute|Min\.?)\s*(?:No\.?\s*)?([A-Z]{0,4}\/?\d{1,4}(?:\/\d{1,4})?)[)\]]\s*$/i;

/** "PUBLIC PARTICIPATION (Min 24/117)": a heading, however like "NAME (Office)" it reads under a list of people. */
export const endsInMinuteReference = (line: string) => TRAILING_MINUTE_REFERENCE.test(line);

type CandidateReader = (lines: string[], index: number, readers: HeadingReaders, printed?: string) => HeadingCandidate | null;

/** The heading at `index` as `read` finds it, numbered by the minute reference its line ends with, if any. */
export function candidateWithMinuteReference(lines: string[], index: number, readers: HeadingReaders, read: CandidateReader): HeadingCandidate | null {
  const line = lines[index];
  const last = lastContentCharacter(line);
  const reference = last === ')' || last === ']' ? TRAILING_MINUTE_REFERENCE.exec(line) : null;
  if (!reference) return read(lines, index, readers);
  const candidate = read(lines, index, readers, line.slice(0, reference.index));
  if (!candidate) return null;
  const kinds = candidate.kinds.includes('numbered') ? candidate.kinds : [...candidate.kinds, 'numbered' as const];
  return { ...candidate, number: reference[1], kinds };
}
