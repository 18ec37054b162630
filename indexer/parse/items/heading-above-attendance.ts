// A verbatim record of one item ("Transcript of Agenda Item 5 – Temporary Accommodation") may print its one numbered
// heading above the list of who attended, where every other layout's header ends; minutes in sections may print their
// first section's heading ("Routine Business") above the attendance the section opens with.
import type { HeadingCandidate } from './headings';
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { namesBody } from '../header/body-names';
import { isBlank } from '../patterns';

/**
 * The one numbered heading between the header's date line and the last line its attendance was read from, when no
 * heading follows the attendance (or, for a transcript's heading, no numbered one: a speaker's label wrapped at a line's
 * end can look like a heading in capitalised words). The minutes under the list are that item's. Null otherwise.
 */
function numberedHeadingAbove(candidates: HeadingCandidate[], below: HeadingCandidate[], lines: string[], dateLine: number, headerLast: number): HeadingCandidate | null {
  if (below.some((candidate) => candidate.kinds.includes('numbered'))) return null;
  const numbered = candidates.filter((candidate) => candidate.index > dateLine && candidate.index < headerLast && candidate.kinds.includes('numbered'));
  if (numbered.length !== 1) return null;
  return below.length === 0 || /^\s*Transcript\s/i.test(lines[numbered[0].index]) ? numbered[0] : null;
}

/** The last line of the attendance, or the date line when it is further down (or no attendance was read). */
const lastOf = (used: ReadonlySet<number>, dateLine: number) => [...used].reduce((last, index) => Math.max(last, index), dateLine);

/** Fewer marked headings than this under the attendance are no run of sections the one above it could open. */
const MIN_SECTIONS_BELOW = 2;

/**
 * "**Routine Business**" over "o Commissioners Present: …", "o Others Present: …", then "**Updates**", "**New
 * Business**": a section's heading, marked as the sections under the attendance are (a bold line, or a Markdown heading
 * of their level) and numbered as none of them is, between the header's date line and the attendance it opens, the
 * attendance's first line the next under it. It is the first item's heading; no label of the attendance ("**Present**")
 * and no body's name ("**Kelsby Parish Council**", over "Held in …" and the attendance) is one.
 */
function sectionHeadingAbove(candidates: HeadingCandidate[], below: HeadingCandidate[], lines: string[], dateLine: number, used: ReadonlySet<number>): HeadingCandidate | null {
  const headerLast = lastOf(used, dateLine);
  const marked = (candidate: HeadingCandidate) => candidate.kinds.includes('marked') && !candidate.kinds.includes('numbered') && candidate.level !== null;
  const sections = below.filter(marked);
  if (sections.length < MIN_SECTIONS_BELOW || sections.length !== below.length) return null;
  const aboveAttendance = candidates.filter((candidate) => candidate.index > dateLine && candidate.index < headerLast && marked(candidate) && candidate.level === sections[0].level);
  if (aboveAttendance.length !== 1) return null;
  const [heading] = aboveAttendance;
  let next = heading.next;
  while (next < headerLast && isBlank(lines[next])) next += 1;
  return used.has(next) && attendanceLabelOf(heading.title) === null && !namesBody(heading.title) ? heading : null;
}

/**
 * The headings of a meeting whose first heading stands above its attendance: the numbered heading alone, or the first
 * section's heading and the sections after it. Null when the attendance stands above every heading, as most headers print it.
 */
export function headingsAboveAttendance(candidates: HeadingCandidate[], below: HeadingCandidate[], lines: string[], dateLine: number, used: ReadonlySet<number>): HeadingCandidate[] | null {
  const numbered = numberedHeadingAbove(candidates, below, lines, dateLine, lastOf(used, dateLine));
  if (numbered) return [numbered];
  const section = sectionHeadingAbove(candidates, below, lines, dateLine, used);
  return section ? [section, ...below] : null;
}
