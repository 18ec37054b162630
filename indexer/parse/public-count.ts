// "…, Mrs Jane Gallichan, Parish Secretary and 34 Principals and Electors of the Parish", "… (Clerk). 2 members of the
// public.": a count of the public closing a list of people names no one, and is no part of the last person's office.

const PUBLIC = String.raw`\d{1,4}\s+(?:[\w'’-]+\s+){0,4}?(?:members?\s+of\s+the\s+(?:public|press)|residents|parishioners|electors|principals|ratepayers|observers|visitors)\b`;
/** After "and", anything to the list's end is the count's; as a sentence of its own, nothing follows it ("…, 5 electors and the clerk: Tom Brindley" goes on). */
const PUBLIC_COUNT_AT_END = new RegExp(String.raw`(?:,?\s+and\s+${PUBLIC}[^,;]*|[.;]\s+${PUBLIC}\.?)$`, 'i');

/**
 * The list without a closing "and <number> <members of the public, electors, …>", or the same count as a sentence of
 * its own ("… Mrs P Grange (Clerk). 2 members of the public.").
 */
export function withoutClosingPublicCount(list: string): string {
  return list.includes(' and ') || /[.;]\s+\d/.test(list) ? list.replace(PUBLIC_COUNT_AT_END, '') : list;
}
