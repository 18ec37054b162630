// When a heading above a committee's title does not qualify its name (qualifyBody in meeting-fields.ts): the body's name
// holds every word of the heading already, or names its own organisation.

/**
 * "Board of Directors of Eastmoor Trust Ltd", "Council of the Ridings Walking Association": a board named with its own
 * organisation (two words or more, ending in a company's or a society's word).
 */
const OWN_ORGANISATION = /\bof\s+(?:the\s+)?\p{Lu}\S*\s+(?:\S+\s+){0,6}?(?:Ltd|Limited|plc|PLC|Association|Society|Foundation|Company|CIC|Federation|Club|Trust)\.?$/u;

/**
 * Whether `heading` adds nothing to `committee`: "Community Council Forums" (a site's page of them) over "… of the
 * Eastmoor Community Council Forum" (every word of it held already, a plural as its singular), or any heading (a site's
 * "Learning Center") over a board named with its own organisation.
 */
export function addsNothingTo(committee: string, heading: string): boolean {
  if (OWN_ORGANISATION.test(committee)) return true;
  const committeeWords = new Set(committee.toLowerCase().split(/\W+/));
  return heading
    .toLowerCase()
    .split(/\W+/)
    .every((word) => word === '' || committeeWords.has(word) || committeeWords.has(word.replace(/s$/, '')));
}
