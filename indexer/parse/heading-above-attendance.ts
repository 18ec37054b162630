// A verbatim record of one item ("Transcript of Agenda Item 5 – Temporary Accommodation") may print its one numbered
// heading above the list of who attended, where every other layout's header ends.
import type { HeadingCandidate } from './headings';

/**
 * The one numbered heading between the header's date line and the last line its attendance was read from, when no
 * heading follows the attendance: the minutes under the list are that item's. Null otherwise.
 */
export function numberedHeadingAbove(candidates: HeadingCandidate[], dateLine: number, headerLast: number): HeadingCandidate | null {
  const numbered = candidates.filter((candidate) => candidate.index > dateLine && candidate.index < headerLast && candidate.kinds.includes('numbered'));
  return numbered.length === 1 ? numbered[0] : null;
}
