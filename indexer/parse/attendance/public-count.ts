// "…, Mrs Jane Gallichan, Parish Secretary and 34 Principals and Electors of the Parish", "… (Clerk). 2 members of the
// public.": a count of the public closing a list of people names no one, and is no part of the last person's office.

/** A count in figures or in words ("2 members of the public", "Five parishioners", "No members of the public"). */
const COUNT = String.raw`(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|no)`;
const PUBLIC = String.raw`${COUNT}\s+(?:[\w'’-]+\s+){0,4}?(?:members?\s+of\s+the\s+(?:public|press)|residents|parishioners|electors|principals|ratepayers|shareholders|observers|visitors)\b`;
/**
 * After "and", anything to the list's end is the count's; as a sentence of its own, nothing follows it but its verb
 * ("… (Clerk). Two members of the public were present.", "5 Members of the public also attended, their names …"); "…, 5
 * electors and the clerk: Tom Brindley" goes on.
 */
const PUBLIC_COUNT_AT_END = new RegExp(String.raw`(?:,?\s+and\s+${PUBLIC}[^,;]*|[.;]\s+${PUBLIC}(?:\s+(?:(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)|(?:also\s+)?attended)\b[^;]*)?\.?)$`, 'i');

/** "… Cllr S Dunn. 2 members of the public. Mrs R Hollis (Parish Clerk).": the count between the members and the clerk. */
const PUBLIC_COUNT_BETWEEN = new RegExp(String.raw`[.;]\s+${PUBLIC}\.\s+(?=\p{Lu})`, 'giu');

/**
 * The list without a closing "and <number> <members of the public, electors, …>", or the same count as a sentence of
 * its own ("… Mrs P Grange (Clerk). 2 members of the public.", "… (Clerk). Five members of the public."), or between
 * the people listed.
 */
export function withoutClosingPublicCount(list: string): string {
  if (!(list.includes(' and ') || /[.;]\s+(?:\d|[A-Za-z]+\s+(?:members?|residents|parishioners|electors|principals|ratepayers|shareholders|observers|visitors)\b)/.test(list))) return list;
  return list.replace(PUBLIC_COUNT_AT_END, '').replace(PUBLIC_COUNT_BETWEEN, ', ');
}

