// "25/0718/FUL – Rose Cottage – no objection" over "25/0744/HH – 3 Brook Close – no objection": a list of planning
// applications (or licences, cases) one to a line, each opened by its reference, with no full stop to end it and no
// blank line between: each is a paragraph of its own, as a table's rows are, not one run of every application's words;
// and a sentence under the last one ("These will be considered in July.") is the minutes' own.
import { slashedShape } from '../items/minute-shapes';

/** "25/0412", "DC/24/0412/FUL", "P/2025/0193": a reference with its parts between slashes, at the line's start. */
const REFERENCE = /^(?:[A-Z]{1,4}\/?)?\d{1,4}\/\d{2,6}(?:\/[A-Z0-9]{1,6})*(?=[\s,:–—-])/;

/** A reference's shape at a line's start, or undefined. */
const referenceShape = (line: string) => {
  const reference = line.includes('/') ? REFERENCE.exec(line)?.[0] : undefined;
  return reference === undefined ? undefined : slashedShape(reference);
};

/**
 * Whether `line` opens a paragraph after a row opened by a reference (`first`, the open paragraph's first line): a
 * reference made as that one, or, under a list of such rows (`rowAbove`, the first line of the paragraph before, opens
 * with one too), a sentence of four words or more under a line the wrap did not fill (`shortAbove`). One row alone
 * ("26/042 - Moved … that the Minutes of the Regular" over "Meeting of February 25 be adopted.") is a resolution whose
 * text goes on.
 */
export function leavesReferenceRow(first: string, rowAbove: string, line: string, shortAbove: boolean): boolean {
  const shape = referenceShape(first);
  if (shape === undefined) return false;
  const next = referenceShape(line);
  if (next !== undefined) return next === shape;
  return shortAbove && /^\p{Lu}\S*(?:\s+\S+){3}/u.test(line) && referenceShape(rowAbove) === shape;
}
