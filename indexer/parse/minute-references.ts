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

/**
 * "Min. 1391 (Bus shelter, Station Road). The Clerk reported …": matters arising that open with the earlier minute they
 * follow up, its subject in brackets; who speaks is named after it.
 */
const LEADING_MINUTE_REFERENCE = /^(?:Minute|Min\.?)\s*(?:No\.?\s*)?\d{1,5}(?:\/\d{1,4})?(?:\s*\([^()]{1,80}\))?\s*[.:–—-]?\s+(?=\p{Lu})/u;

/** "001/24 The Chairman welcomed …", "24/117: Cllr Hale reported …": the minute's number alone, printed before its text. */
const LEADING_MINUTE_NUMBER = /^\d{1,4}\/\d{1,4}\s*[.:–—-]?\s+(?=\p{Lu})/u;

/** The text after a minute reference that opens it, or the text as it is. */
export function afterMinuteReference(text: string): string {
  const first = text.charCodeAt(0);
  const reference = text.startsWith('Min') ? LEADING_MINUTE_REFERENCE.exec(text) : first >= 0x30 && first <= 0x39 ? LEADING_MINUTE_NUMBER.exec(text) : null;
  return reference ? text.slice(reference[0].length) : text;
}
