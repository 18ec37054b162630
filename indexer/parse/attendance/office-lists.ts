// Offices over several fields in a list of people: "Director of Finance & Resources", "Director of Children, Education &
// Communities" is one office, its fields parted by the commas and "and" that part the people.
import { SERVICE_AREAS } from './offices';
import { isBareOffice } from './offices-on-next';
import type { ListPart } from './list-parts';

/** The office a list's next part may go on with: a person's role (printed in brackets after the name), or a post alone. */
export interface OpenOffice {
  text: string;
  isRole: boolean;
}

const ONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * "Planning", "Environment (Melissa Watkins)": a field a council's post runs (its holder in brackets after the last).
 * After a post listed alone only such a word goes on with it: "City Manager and Jones" is two people.
 */
const SERVICE_FIELD = new RegExp(String.raw`^(?:${SERVICE_AREAS}|Commissioning|Enterprise|Policy|Economy|Culture|Leisure|Health|Communications|Marketing|Safety|Waste|Roads|Property|Estates|Performance|People|Partnerships|Customers?|Technology|Digital|Legal|Democratic|Community|Children|Families|Sport|Tourism|Heritage|Parks|Assessment|Regulation|Regulatory|Licensing|Building|Design|Procurement|Audit|Risk)(?:\s*\([^()]+\))?$`);

/** ", Communities & Enterprise": the rest of a list of one-word fields, its last after "and" or "&". */
const OFFICE_LIST_TAIL = /(?:,\s+\p{Lu}[\p{L}'’-]+)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+\s*(?:[,;.(]|$)/uy;

/**
 * How `part` goes on with the office before it, or null when it is a list's next entry: after "and" or "&", one more
 * field ("Marcus Flint, Head of Revenues and Benefits", "J Moss, Director of Finance & Resources") or a second office
 * the same person holds ("Annie Desrosiers, Director General and Town Clerk"); after a comma, a field of an office
 * listing several with an "&" or "and" before the last ("Stacey Burlet, Director of Children, Communities & Enterprise").
 */
export function officeJoiner(list: string, office: OpenOffice, { text: part, at, end }: ListPart): string | null {
  const isField = office.isRole ? ONE_WORD.test(part) : SERVICE_FIELD.test(part);
  const officeBefore = (joiner: string) => isPrintedBefore(list, `${office.text}${joiner}`, at);
  if (isField || (office.isRole && isBareOffice(part))) {
    if (officeBefore(' and ')) return ' and ';
    if (officeBefore(' & ')) return ' & ';
  }
  if (!isField || !ONE_WORD.test(part)) return null;
  OFFICE_LIST_TAIL.lastIndex = end;
  return officeBefore(', ') && OFFICE_LIST_TAIL.test(list) ? ', ' : null;
}

/** Whether `text` is printed in `list` just before `at`. */
export const isPrintedBefore = (list: string, text: string, at: number) => at >= text.length && list.startsWith(text, at - text.length);

/** `entry` with `part` joined to its office: inside a role's brackets, or after a post listed alone. */
export function withOfficeGoingOn(entry: string, office: OpenOffice, joiner: string, part: string): string {
  return office.isRole ? `${entry.slice(0, -1)}${joiner}${part})` : `${entry}${joiner}${part}`;
}
