// People named more than once in a meeting's minutes (the attendance list, an apologies sentence) made one record each.
import type { Attendee } from '../../../core/types';

const WELSH_TITLE = /^Cyng\.?\s/;

/** One record per person: a name listed twice keeps its first listing, with a role from either. */
export function mergeAttendees(attendees: Attendee[]): Attendee[] {
  const byName = new Map<string, Attendee>();
  // "Councillor Reid" in an apologies sentence is the "Councillor Paula Reid" of the attendance list.
  const byTitleAndSurname = new Map<string, Attendee>();
  for (const attendee of attendees) {
    // "Cllr. Wood" is the "Cllr Wood" of the list: a title's full stop is printed or left out alike, and so is the title
    // in full ("Councillor Wood", in the roll above the apologies). "Cyng. Wood" is the Welsh of it, as a Welsh
    // council's minutes list each member in both languages.
    const key = attendee.name.toLowerCase().replace(/^([a-z]+)\.(?=\s)/, '$1').replace(/^(?:cyng|councill?or)(?=\s)/, 'cllr');
    const words = key.split(' ');
    const titleAndSurname = words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : null;
    const known = byName.get(key) ?? byTitleAndSurname.get(key);
    if (known) {
      // The English listing, where the Welsh came first, gives the name and role as the rest of the minutes print them.
      if (WELSH_TITLE.test(known.name) && !WELSH_TITLE.test(attendee.name)) Object.assign(known, { name: attendee.name, role: attendee.role ?? known.role });
      else if (known.role === null) known.role = attendee.role;
      continue;
    }
    const kept = { ...attendee };
    byName.set(key, kept);
    if (titleAndSurname && !byTitleAndSurname.has(titleAndSurname)) byTitleAndSurname.set(titleAndSurname, kept);
  }
  return [...byName.values()];
}
