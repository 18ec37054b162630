// Officials listed by office, each holder's titled name in brackets after it, as Irish local authorities print them:
// "Director, Economic Development, Enterprise and Tourism (Mr. G. Daly), Meetings Administrator, Newcastle West (Mr.
// M. Curran), Executive Engineer, Roads (Mr. P. Vallely)". An office's own commas and "and" part no one: each bracket
// closes one person's entry.
import { OFFICE_WORDS, PERSON_TITLE } from './person-words';

/** A comma (and an "and") after a holder's bracket: where the next office starts. */
const AFTER_HOLDER = /(?<=\))\s*(?:,\s*(?:and\s+)?|and\s+)/;
/** An office in capitalised words (commas and "and" within it), then its holder in brackets. */
const OFFICE_THEN_HOLDER = /^(\p{Lu}[^()]*?)\s*\(([^()]+)\)$/u;
/** "Mr. G. Daly", "Ms C Curley": a titled holder's name in initials or a forename and a surname. */
const TITLED_HOLDER = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+(?:\p{Lu}\.?\s*){0,3}\p{Lu}[\p{L}'’-]+$/u;
const MIN_OFFICES = 2;

/**
 * The entries of a list in which every part is an office and its holder, each as "Holder (Office)"; null for any other
 * list. Only where some office holds a comma of its own: lists of offices without one are read by the general rules.
 */
export function officesWithHolders(list: string): string[] | null {
  if (!list.includes('), ')) return null;
  const parts = list.trim().replace(/\.$/, '').split(AFTER_HOLDER);
  if (parts.length < MIN_OFFICES) return null;
  const entries: string[] = [];
  for (const part of parts) {
    const match = OFFICE_THEN_HOLDER.exec(part.trim());
    // "Dr Bacon in the Chair (Mr Harris)", "Mr Read (County Councillor)": a person before the bracket is no office.
    if (match === null || PERSON_TITLE.test(match[1]) || !OFFICE_WORDS.test(match[1]) || !TITLED_HOLDER.test(match[2])) return null;
    entries.push(`${match[2].trim()} (${match[1]})`);
  }
  return parts.some((part) => part.replace(/\([^()]*\)/g, '').includes(',')) ? entries : null;
}

/** "Mark Dunmore", "Mrs Sarah Blythe": a holder's name, titled or two or three capitalised words, with no office's word. */
const isHolderName = (part: string) => !OFFICE_WORDS.test(part) && (TITLED_HOLDER.test(part) || /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(part));
/** Fewer office and holder pairs than this are no run of them ("Clerk, Jane Hale" is one, read as any list is). */
const MIN_PAIRS = 2;

/**
 * "Chief Executive, Mark Dunmore, Treasurer, Sarah Blythe, Monitoring Officer, Tom Hale": offices and holders in turn,
 * parted by commas alike, the office first. Read as names with offices after them, each office went to the person
 * before it. Each as "Holder (Office)"; null unless the list opens with an office and every pair is an office and a name.
 */
export function officeCommaNamePairs(list: string): string[] | null {
  const parts = list.replace(/\.\s*$/, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (parts.length < MIN_PAIRS * 2 || parts.length % 2 !== 0) return null;
  const entries: string[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const [office, holder] = [parts[index], parts[index + 1]];
    if (!OFFICE_WORDS.test(office) || TITLED_HOLDER.test(office) || !isHolderName(holder)) return null;
    entries.push(`${holder} (${office})`);
  }
  return entries;
}
