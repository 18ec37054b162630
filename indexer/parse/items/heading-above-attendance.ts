// A verbatim record of one item ("Transcript of Agenda Item 5 – Temporary Accommodation") may print its one numbered
// heading above the list of who attended, where every other layout's header ends.
import type { HeadingCandidate } from './headings';

/**
 * The one numbered heading between the header's date line and the last line its attendance was read from, when no
 * heading follows the attendance (or, for a transcript's heading, no numbered one: a speaker's label wrapped at a line's
 * end can look like a heading in capitalised words). The minutes under the list are that item's. Null otherwise.
 */
export function numberedHeadingAbove(candidates: HeadingCandidate[], below: HeadingCandidate[], lines: string[], dateLine: number, headerLast: number): HeadingCandidate | null {
  if (below.some((candidate) => candidate.kinds.includes('numbered'))) return null;
  const numbered = candidates.filter((candidate) => candidate.index > dateLine && candidate.index < headerLast && candidate.kinds.includes('numbered'));
  if (numbered.length !== 1) return null;
  return below.length === 0 || /^\s*Transcript\s/i.test(lines[numbered[0].index]) ? numbered[0] : null;
}
