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
