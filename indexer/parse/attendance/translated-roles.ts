// Bilingual lists of people (the Senedd's record, Welsh councils) print an office twice: "Gwenllian Morgan    Cadeirydd y
// Pwyllgor" (a name's row, its office in the other language) over "Committee Chair", the office again on a line of its own.
import { attendanceLabelOf } from './attendance-labels';
import { OFFICE_WORDS, PERSON_TITLE } from './person-words';
import { ListEntry } from './list-entry';

/**
 * Whether `line` gives again the office of the entry read from the row `above` ("Name    Office", read as "Name
 * (Office)"): an office alone, no person, no columns of its own, under a row that is no label's ("Clerc" / "Clerk" is
 * the office, not an "In attendance" block's label).
 */
export function translatesRole(entry: ListEntry, above: string | undefined, line: string): boolean {
  if (!entry.tail.endsWith(')') || above === undefined || line.includes('  ') || line.includes('(') || !/\S {2,}\S/.test(above.trim())) return false;
  return OFFICE_WORDS.test(line) && !PERSON_TITLE.test(line) && attendanceLabelOf(above) === null;
}

/** The entry with the office in both languages ("Name (Cadeirydd y Pwyllgor / Committee Chair)": normaliseRole keeps the one after " / "). */
export function withTranslatedRole(entry: ListEntry, line: string): ListEntry {
  return new ListEntry(`${entry.text.slice(0, -1)} / ${line})`);
}
