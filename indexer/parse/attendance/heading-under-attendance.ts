// The heading right under a meeting's attendance, in minutes published with no blank line between them.
import { candidateAt, type HeadingCandidate, type HeadingReaders } from '../items/headings';
import { proseUnder } from '../lines';
import { isBlank } from '../patterns';

/**
 * "Apologies: Cllr Ben Rawlinson" over "Welcome and Apologies" over "The Chair welcomed everyone.": with no blank lines,
 * the line under the last line the header's attendance used stands where a heading stands after a blank line, and is an
 * unnumbered heading (Title Case or sentence case) when a line of prose follows it.
 */
export function withHeadingUnderAttendance(candidates: HeadingCandidate[], lines: string[], attendanceLines: ReadonlySet<number>, readers: HeadingReaders): HeadingCandidate[] {
  if (attendanceLines.size === 0) return candidates;
  // Not Math.max(...lines): a list of a hundred thousand people is more arguments than a call takes.
  let last = -1;
  for (const line of attendanceLines) last = Math.max(last, line);
  const index = last + 1;
  if (index >= lines.length || isBlank(lines[last]) || isBlank(lines[index]) || candidates.some((candidate) => candidate.index === index)) return candidates;
  const spaced = lines.slice();
  spaced[last] = '';
  const candidate = candidateAt(spaced, index, readers);
  if (candidate === null || candidate.number !== null || candidate.level !== null || !proseUnder(lines, index, lines[index].trim())) return candidates;
  return [candidate, ...candidates];
}
