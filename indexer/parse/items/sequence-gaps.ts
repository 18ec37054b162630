// Parish minutes that keep the agenda's wording as each item's title ("3. To receive the draft minutes to be approved
// as the minutes of the meeting held on 16th March 2022."): a long one reads as a numbered sentence to the heading rules,
// so items 3 and 4 fall between items 2 and 5 as paragraphs. Where the items read keep rising by whole numbers and
// skip some, a line numbered with a skipped number in the same style, worded as the agenda words an item ("To …"), is
// that item.
import type { HeadingCandidate } from './headings';
import { cleanTitle } from './heading-title-clean';
import { AGENDA_INFINITIVE } from './item-numbers';

/** "3. To receive …", "4) To consider …": a whole number, its stop, and the agenda's "To". */
const NUMBERED_AGENDA_LINE = /^\s*(\d{1,3})([.)])\s+(To\s.*)$/;

/** "5." → "."; the stop after a heading's number as printed on its line, null when it is numbered otherwise. */
function numberStop(line: string, number: string | null): string | null {
  if (number === null || !/^\d{1,3}$/.test(number)) return null;
  const match = /^\s*(\d{1,3})([.)])\s/.exec(line);
  return match && match[1] === number ? match[2] : null;
}

/** The skipped items found between two headings numbered `from` and `to`, in order. */
function skippedBetween(lines: string[], start: number, end: number, from: number, to: number, stop: string): HeadingCandidate[] {
  const found: HeadingCandidate[] = [];
  let expected = from + 1;
  for (let index = start; index < end && expected < to; index += 1) {
    // Most lines open with no figure: they are let go before the pattern runs.
    const first = lines[index].trimStart().charAt(0);
    if (first < '0' || first > '9') continue;
    const match = NUMBERED_AGENDA_LINE.exec(lines[index]);
    if (!match || Number(match[1]) !== expected || match[2] !== stop || !AGENDA_INFINITIVE.test(match[3].trim())) continue;
    // A line carrying on a sentence above is no heading, however it is numbered.
    if (index > 0 && lines[index - 1].trim() !== '' && !/[.!?:]$/.test(lines[index - 1].trim())) continue;
    found.push(withWrappedWording({ index, next: index + 1, number: match[1], title: match[3].trim(), kinds: ['numbered'], level: null }, lines, end, true));
    expected += 1;
  }
  return found;
}

/**
 * An agenda-worded title ("To receive the draft minutes of the meeting held on 11th July 2023") with the rest of its
 * wording, wrapped onto the next lines in lower case to its full stop ("to be approved as the minutes of that meeting."),
 * read as the title (without the stop); the heading as it is when its title is worded otherwise or goes on no further.
 */
function withWrappedWording(heading: HeadingCandidate, lines: string[], end = lines.length, found = false): HeadingCandidate {
  if (!heading.title.startsWith('To ') || !AGENDA_INFINITIVE.test(heading.title)) return heading;
  let { title, next } = heading;
  while (next < end && next <= heading.index + 2 && !title.endsWith('.') && /^\s*\p{Ll}/u.test(lines[next])) title = `${title} ${lines[next++].trim()}`;
  // A heading the rules read (not one `found` skipped here) keeps its title as they cleaned it when nothing was wrapped.
  return next === heading.next && !found ? heading : { ...heading, next, title: cleanTitle(title.replace(/\.$/, '')) };
}

/** The headings with the agenda-worded items skipped between rising whole numbers put back; the same array when none is. */
export function withSkippedAgendaItems(read: HeadingCandidate[], lines: string[]): HeadingCandidate[] {
  let added: HeadingCandidate[] | null = null;
  const headings = read.map((heading, position) => (heading.number !== null ? withWrappedWording(heading, lines, read[position + 1]?.index) : heading));
  for (let position = 1; position < headings.length; position += 1) {
    const [above, below] = [headings[position - 1], headings[position]];
    const stop = numberStop(lines[above.index], above.number);
    if (stop === null || numberStop(lines[below.index], below.number) !== stop) continue;
    const [from, to] = [Number(above.number), Number(below.number)];
    if (to - from < 2 || to - from > 6) continue;
    const skipped = skippedBetween(lines, above.next, below.index, from, to, stop);
    if (skipped.length > 0) (added ??= []).push(...skipped);
  }
  return added === null ? headings : [...headings, ...added].sort((a, b) => a.index - b.index);
}
