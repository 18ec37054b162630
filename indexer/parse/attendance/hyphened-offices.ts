// Staff listed "Name-Office" with a hyphen and no spaces between a name and its office, as a Minnesota city's council
// proceedings print them: "Also Present: Dean Lotter-City Manager, Brenda Davitt-Finance Director, Terri Haarstad-City Clerk".
import { OFFICE_WORDS, PERSON_TITLE } from './person-words';

/**
 * One entry: a name (two to four capitalised words, initials allowed), a hyphen with no space on either side, then an
 * office of two words or more (a hyphenated surname, "Beatty-Hansen", has one word after its hyphen).
 */
const NAME_HYPHEN_OFFICE = /(^|,\s*(?:and\s+)?)((?:\p{Lu}[\p{L}'’.]*\s+){1,3}\p{Lu}[\p{L}'’]*\p{Ll})-(\p{Lu}[\p{L}'’]*\s+[^,;()]*?)(?=\s*(?:[,;.]|$))/gu;
/** Fewer entries than this read so are one name with a hyphen, not a list of staff so printed. */
const MIN_ENTRIES = 2;

/** The list with each "Name-Office" entry as "Name (Office)" when two or more are printed so; the list as it is otherwise. */
export function withHyphenedOfficesBracketed(list: string): string {
  if (!list.includes('-')) return list;
  let entries = 0;
  const bracketed = list.replace(NAME_HYPHEN_OFFICE, (whole: string, start: string, name: string, office: string) => {
    if (!OFFICE_WORDS.test(office) || PERSON_TITLE.test(office)) return whole;
    entries += 1;
    return `${start}${name} (${office.trim()})`;
  });
  return entries >= MIN_ENTRIES ? bracketed : list;
}
