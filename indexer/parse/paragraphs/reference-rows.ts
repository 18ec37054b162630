// "25/0718/FUL – Rose Cottage – no objection" over "25/0744/HH – 3 Brook Close – no objection": a list of planning
// applications (or licences, cases) one to a line, each opened by its reference, with no full stop to end it and no
// blank line between: each is a paragraph of its own, as a table's rows are, not one run of every application's words;
// and a sentence under the last one ("These will be considered in July.") is the minutes' own.
import { slashedShape } from '../items/minute-shapes';

/** "25/0412", "DC/24/0412/FUL", "P/2025/0193": a reference with its parts between slashes, at the line's start. */
const REFERENCE = /^(?:[A-Z]{1,4}\/?)?\d{1,4}\/\d{2,6}(?:\/[A-Z0-9]{1,6})*(?=[\s,:–—-])/;


/**
 * Whether `line` opens a paragraph after a row opened by a reference (`first`, the open paragraph's first line): a
 * reference made as that one, or a capital under a line the wrap did not fill (`shortAbove`).
 */
export function leavesReferenceRow(first: string, line: string, shortAbove: boolean): boolean {
  if (!first.includes('/')) return false;
  const above = REFERENCE.exec(first)?.[0];
  if (above === undefined) return false;
  const reference = REFERENCE.exec(line)?.[0];
  return reference === undefined ? shortAbove && /^\p{Lu}/u.test(line) : slashedShape(above) === slashedShape(reference);
}
