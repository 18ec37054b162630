// The roles minutes print after a person's name, as the attendance records keep them: "Chairman" and "(in the Chair)"
// as "Chair", the vice-chair's titles as "Vice-Chair", other offices as printed.
export const ROLE_NAMES: ReadonlyArray<{ pattern: RegExp; role: string }> = [
  { pattern: /^(?:in the )?vice[- ]?chair(?:man|woman|person)?$|^leas-ch?athaoirleach$|^(?:vice|depute)[- ]?convener$/i, role: 'Vice-Chair' },
  { pattern: /^(?:in the |(?:committee|panel|board) )?chair(?:man|woman|person)?(?: of the (?:meeting|committee|council|panel|parish meeting|town meeting))?$|^presiding(?: member| officer)?$|^mayor$|^cathaoirleach$|^convener$|^provost$/i, role: 'Chair' },
];

/** "Director of Assets, for minute B25/46", "Planning Officer for items 5 and 6": the items someone attended for, no part of the office. */
const FOR_ITEMS = /,?\s+(?:for|during)\s+(?:(?:agenda\s+)?items?|minutes?)\s+[\w/.]+(?:(?:,\s*|\s+(?:and|to)\s+)[\w/.]+)*$/i;

/** "Chairman" → "Chair"; "the Clerk" → "Clerk"; other offices kept as printed. */
export function normaliseRole(printed: string): string {
  const role = printed
    .replace(/^[^/]{1,40}\s\/\s*/, '').replace(/\s+/g, ' ').replace(/^(?:the|as)\s+/i, '').replace(FOR_ITEMS, '').replace(/[.,;:]+$/, '').trim();
  // "Independent Member (Chair)": the office held at this meeting, in brackets after the member's standing one.
  const chairing = role.endsWith(')') ? /\(([^()]+)\)$/.exec(role) : null;
  const named = chairing ? ROLE_NAMES.find(({ pattern }) => pattern.test(chairing[1].trim())) : undefined;
  // "Vicar, Chair": the standing office, then the chair held at this meeting.
  const chairedAfterComma = role.includes(', ') ? ROLE_NAMES.find(({ pattern }) => pattern.test(role.slice(role.lastIndexOf(', ') + 2))) : undefined;
  return named?.role ?? chairedAfterComma?.role ?? ROLE_NAMES.find(({ pattern }) => pattern.test(role))?.role ?? role;
}
