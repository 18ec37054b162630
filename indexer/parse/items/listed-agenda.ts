// An agenda listed at the top of the minutes, its items numbered as the minutes below number them again.
import type { HeadingCandidate } from './headings';

/** A list this short may be a few headings with nothing yet under them; an agenda lists more. */
const MIN_LISTED_ITEMS = 3;
/** How many of the list's numbers must head the minutes again below it (the minutes may merge or skip one). */
const MIN_REPEATED = 2;
/** How many numbered lines may stand between the list and the minutes' first item (an actions table's rows). */
const MAX_BETWEEN = 3;

/**
 * "Agenda:" over "FGB 20/2021  Attendance", "FGB 21/2021  Declaration of interests", … one under another with nothing
 * between, then the minutes heading each item again under the same numbers ("FGB 20/2021  To record those who were
 * present …" over what was said): school governors' and societies' minutes print the agenda before the minutes. The
 * numbers rise only once, so the list's entries would take the items and the minutes' own headings, their numbers no
 * longer rising, would fall into the last entry as paragraphs. The list is dropped from the headings (its lines stay in
 * the text before the first item); the numbers are read as the minutes head them. The same candidates when there is no
 * such list.
 */
export function withoutListedAgenda(numbered: HeadingCandidate[]): HeadingCandidate[] {
  if (numbered.length < MIN_LISTED_ITEMS + MIN_REPEATED) return numbered;
  // The first run of entries on adjacent lines (a blank line between at most), ended by a number it already listed.
  const listedNumbers = new Set([numbered[0].number]);
  let end = 1;
  while (end < numbered.length && numbered[end].index - numbered[end - 1].next <= 1 && !listedNumbers.has(numbered[end].number)) {
    listedNumbers.add(numbered[end].number);
    end += 1;
  }
  // The minutes open with the list's first item again soon after the list (an actions table between, its rows read as
  // numbered lines, is neither agenda nor minutes): an agenda whose list ran on past where its run was read to (a
  // lettered sub-list, a page's break) is left as it is.
  if (end < MIN_LISTED_ITEMS) return numbered;
  const restart = numbered.findIndex((candidate, position) => position >= end && candidate.number === numbered[0].number);
  if (restart === -1 || restart - end > MAX_BETWEEN) return numbered;
  // "3. Consent Agenda:" straight over "1. Minutes of Last Month's Meeting": a list numbered again on the very next
  // line is a sub-list under the entry above it (a nested list copied as text), not the minutes after their agenda.
  if (numbered[restart].index === numbered[restart - 1].next) return numbered;
  const repeated = new Set(numbered.slice(restart).filter((candidate) => listedNumbers.has(candidate.number)).map((candidate) => candidate.number));
  // The minutes number more of the list's items again: the list was the agenda, not items run close together.
  if (repeated.size < MIN_REPEATED) return numbered;
  return numbered.slice(restart);
}
