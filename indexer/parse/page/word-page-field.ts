// The page number as Word's page-number gallery prints it in a header or footer: "439 | P a g e" (the word set in
// spaced letters, after the number and a bar), "2 | Page", "Page | 2", "Page No. 440 |". A parish clerk's minute book
// carries the folio on every page this way; read as text it became an item numbered 439 over the whole meeting.
import { isBlank } from '../patterns';

/** The number and the word "Page" (or "P a g e") either side of a bar, or "Page No." before the number. */
const WORD_PAGE_FIELD = /^\s*(?:\d{1,4}\s*\|\s*P ?a ?g ?e|P ?a ?g ?e(?:\s+No\.?)?\s*\|?\s*\d{1,4}(?:\s*\|)?)\s*$/i;

/**
 * How many lines (blank ones aside) from a page's top or bottom the field may stand: a header's field is set beside or
 * under the council's letterhead, three or four bold lines on the first page.
 */
const FIELD_EDGE_LINES = 6;

/** Whether a line is only a page number in one of Word's bar styles (the caller has seen it start with a digit or "P"). */
export function isWordPageField(line: string): boolean {
  return line.trimStart().length <= 24 && WORD_PAGE_FIELD.test(line);
}

/** The indexes of a page's lines, near its top or its bottom, that are only Word's page-number field. */
export function wordPageFieldIndexes(page: string[]): number[] {
  const found: number[] = [];
  for (const fromTop of [true, false]) {
    let seen = 0;
    for (let step = 0; step < page.length && seen < FIELD_EDGE_LINES; step += 1) {
      const index = fromTop ? step : page.length - 1 - step;
      if (isBlank(page[index])) continue;
      seen += 1;
      if (isWordPageField(page[index])) found.push(index);
    }
  }
  return found;
}
