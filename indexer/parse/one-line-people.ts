// A block of people listed one a line as "Name, Office, Organisation": each line is one person, and the commas after
// the name part the office from whom it is held, not people from each other.
import { OFFICE_WORDS } from './attendee-lists';
import { NAME_THEN_OFFICE, type ListEntry } from './list-entry';

/** "Gordon Reid, Chief Financial Officer, Police Service": the name, then everything after its comma. */
const NAME_AND_REST = /^([^,]+),\s+(.+)$/;

/**
 * The texts of a block's entries to read as lists of people. When the block lists two or more people, each on a line
 * of its own as a name, a comma and an office (a police or health board's "In attendance"), each is one person with
 * all after the name as the office: "Karen Auld, Director of Finance, Authority" is not Karen Auld and an "Authority".
 * Among such lines, one naming an organisation alone ("Sergeant Kirsty Dow, Police Scotland") is one person too.
 */
export function entryTexts(entries: ListEntry[]): string[] {
  const texts = entries.map((entry) => entry.text);
  if (entries.length < 2 || !entries.every((entry) => entry.lineCount === 1) || !texts.every((text) => NAME_THEN_OFFICE.test(text))) return texts;
  const holdsOffice = texts.map((text) => OFFICE_WORDS.test(text.slice(text.indexOf(','))));
  if (!holdsOffice.includes(true)) return texts;
  return texts.map((text, index) => {
    const [, name, office] = NAME_AND_REST.exec(text)!;
    // Post-nominal letters ("Hon. Abdi Noor, MCA") are part of the name, no organisation.
    return office.includes(',') || (!holdsOffice[index] && /\p{Ll}/u.test(office)) ? `${name} (${office})` : text;
  });
}
