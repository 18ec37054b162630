// A first minute numbered out of its run: "PL21/081 PRESENT" over "PL21/073 APOLOGIES", "PL21/074 DECLARATIONS" … "PL21/080
// DATE OF NEXT MEETING" (a committee clerk's slip, or the number of a minute written last and put first). Read as
// headings must keep rising, every minute after it falls below it and is lost as a paragraph; the run is the minutes'
// numbering, the first number the slip.
import type { HeadingCandidate } from './headings';

/** How many more minutes the run must keep than the slip left, before the slip is read as one. */
const MIN_RESCUED = 3;

/** "03/07", "22/07": a day and a month (a police report's table of incidents listed by date), no minute's number. */
const DAY_AND_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])$/;

/** "PL21/081" → "AA99/999": how a number is written, its figures and letters aside. */
function shapeOf(number: string): string {
  return number.replace(/\d/g, '9').replace(/[A-Z]/gi, 'A');
}

/** "PL21/081" → 81: the last figures of a number, the part that counts its minutes on. */
export function lastFigures(number: string): number {
  const figures = /(\d+)\D*$/.exec(number);
  return figures ? Number(figures[1]) : NaN;
}

/**
 * The rising headings, with a slipped first number kept in its place without setting the number the rest must rise
 * above: where headings read that way keep MIN_RESCUED more, every one of them numbered as the first is, and the first
 * number falls within their run (at most two past its last), not above it as an item's number over numbered paragraphs.
 */
export function withSlippedFirstNumber(
  candidates: HeadingCandidate[],
  rising: (candidates: HeadingCandidate[], outlier: HeadingCandidate | null) => HeadingCandidate[],
): HeadingCandidate[] {
  const kept = rising(candidates, null);
  const first = kept[0];
  if (first === undefined || first.number === null || kept.length >= MIN_RESCUED) return kept;
  const again = rising(candidates, first);
  if (again.length < kept.length + MIN_RESCUED) return kept;
  const shape = shapeOf(first.number);
  const rescued = again.filter((candidate) => !kept.includes(candidate));
  if (!rescued.every((candidate) => candidate.number !== null && shapeOf(candidate.number) === shape && !DAY_AND_MONTH.test(candidate.number))) return kept;
  const highest = Math.max(...rescued.map((candidate) => lastFigures(candidate.number!)));
  return lastFigures(first.number) <= highest + 2 ? again : kept;
}
