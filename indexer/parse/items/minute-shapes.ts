// The slashed numbers minutes give their own items ("22/104", "FC24/10/2"), told from the other slashed numbers in
// their text (a planning application's "P/25/0193") and from the bare numbers of a letterhead above them.
import type { HeadingCandidate } from './headings';

/** "25/031" → "9/9", "P/25/0193" → "A/9/9": how a slashed number is made, its figures and letters aside. */
export function slashedShape(number: string): string | null {
  return number.includes('/') ? number.replace(/\d+/g, '9').replace(/[A-Z]+/gi, 'A') : null;
}

/**
 * Whether a number is made as the minutes' own slashed numbers are: where three or more slashed numbers share one
 * shape, a slashed number of another ("P/25/0193", a planning application listed under "25/036 Planning") is a
 * reference in the minute's text, not the next minute.
 */
export function minuteShapeTest(candidates: HeadingCandidate[]): (number: string) => boolean {
  const common = minutesSlashedShape(candidates);
  if (common === null) return () => true;
  return (number) => {
    const shape = slashedShape(number);
    return shape === null || shape === common;
  };
}

/** The shape three or more slashed numbers share (the minutes' own numbers), else null. */
function minutesSlashedShape(candidates: HeadingCandidate[]): string | null {
  const shapes = candidates.map((candidate) => slashedShape(candidate.number!)).filter((shape) => shape !== null);
  const common = mostCommon(shapes);
  return common !== undefined && shapes.filter((shape) => shape === common).length >= 3 ? common : null;
}

/** How many bare numbers a letterhead above the minutes may hold (a house number, a postcode's line). */
const MAX_LETTERHEAD_NUMBERS = 2;

/**
 * "2 Goose Green Cottages" in a parish clerk's letterhead, above "16/059 Apologies for Absence": where the minutes
 * number themselves in one slashed shape, a bare number above the first of them numbers no minute (an address, a
 * line of the header).
 */
export function withoutBareNumbersAboveMinutes(candidates: HeadingCandidate[]): HeadingCandidate[] {
  const common = minutesSlashedShape(candidates);
  if (common === null) return candidates;
  const first = candidates.findIndex((candidate) => slashedShape(candidate.number!) === common);
  // More than a letterhead's line or two above them ("01.18.01 Apologies" … "01.18.05 Finance" over a list of payments
  // dated "27/12/17"): the numbers above are the minutes', the slashed ones below something else.
  if (first > MAX_LETTERHEAD_NUMBERS) return candidates;
  return candidates.filter((candidate, position) => position >= first || candidate.number!.includes('/'));
}

/** The value most of `values` have. */
export function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
