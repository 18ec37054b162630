// People named more than once in a meeting's minutes (the attendance list, an apologies sentence) made one record each.
import type { Attendee } from '../../../core/types';

const WELSH_TITLE = /^Cyng\.?\s/;
/** "Hernandez": a surname alone, capitalised, as a vote's tally names a member. */
const SURNAME_ALONE = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** One record per person: a name listed twice keeps its first listing, with a role from either. */
export function mergeAttendees(attendees: Attendee[]): Attendee[] {
  const byName = new Map<string, Attendee>();
  // "Councillor Reid" in an apologies sentence is the "Councillor Paula Reid" of the attendance list.
  const byTitleAndSurname = new Map<string, Attendee>();
  // Each attendance's listed people by their last name; null where two share it.
  const surnames = new Map<string, Attendee | null>();
  for (const attendee of attendees) {
    // "Cllr. Wood" is the "Cllr Wood" of the list: a title's full stop is printed or left out alike, and so is the title
    // in full ("Councillor Wood", in the roll above the apologies). "Cyng. Wood" is the Welsh of it, as a Welsh
    // council's minutes list each member in both languages.
    const key = attendee.name.toLowerCase().replace(/^([a-z]+)\.(?=\s)/, '$1').replace(/^(?:cyng|councill?or)(?=\s)/, 'cllr');
    const words = key.split(' ');
    const titleAndSurname = words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : null;
    // "ABSENT: Hernandez" in a vote's tally under the roll's "Uriel Hernandez … Absent": the one listed member of that
    // surname and that attendance, named by the surname alone as US tallies name members.
    const bySurname = words.length === 1 && SURNAME_ALONE.test(attendee.name) ? surnames.get(`${attendee.attendance} ${key}`) : undefined;
    const known = byName.get(key) ?? byTitleAndSurname.get(key) ?? bySurname ?? undefined;
    if (known) {
      // The English listing, where the Welsh came first, gives the name and role as the rest of the minutes print them.
      if (WELSH_TITLE.test(known.name) && !WELSH_TITLE.test(attendee.name)) Object.assign(known, { name: attendee.name, role: attendee.role ?? known.role });
      else if (known.role === null) known.role = attendee.role;
      continue;
    }
    const kept = { ...attendee };
    byName.set(key, kept);
    if (titleAndSurname && !byTitleAndSurname.has(titleAndSurname)) byTitleAndSurname.set(titleAndSurname, kept);
    const surname = words.length > 1 ? `${attendee.attendance} ${words[words.length - 1]}` : null;
    if (surname) surnames.set(surname, surnames.has(surname) ? null : kept);
  }
  return [...byName.values()];
}
