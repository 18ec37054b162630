// A letterhead printed at the top of every page ("P a g e | 2" / "Parish Clerk : …" / an address / "Tel: …" / "Mobile:
// …", as a parish clerk's Word template prints it) runs deeper than the few lines at a page's edge that are read for
// running headers: the lines under the page's furniture, down to the first that is not repeated at other pages' tops,
// are the letterhead's too.
import { isBlank } from './patterns';

/** How many lines (blank ones aside) at the top of a page a letterhead may fill. */
const LETTERHEAD_LINES = 8;

/** The indexes of the first LETTERHEAD_LINES lines of a page that are not blank. */
function topIndexes(page: string[]): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < page.length && indexes.length < LETTERHEAD_LINES; index += 1) {
    if (!isBlank(page[index])) indexes.push(index);
  }
  return indexes;
}

/**
 * Each page's furniture (`furniture`, the indexes found at its edges) with the letterhead lines under it added: a line
 * at a page's top is one when every line above it is furniture and its key (`keyOf`) stands at the top of another page
 * too, unless `kept` says the line is text whatever repeats it (a heading over "Minutes of …").
 */
export function withLetterheads(
  pages: string[][],
  furniture: Set<number>[],
  keyOf: (line: string) => string,
  kept: (page: string[], index: number) => boolean,
): Set<number>[] {
  const tops = pages.map(topIndexes);
  const pagesWithKey = new Map<string, number>();
  tops.forEach((indexes, pageIndex) => {
    for (const key of new Set(indexes.map((index) => keyOf(pages[pageIndex][index])))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  });
  return furniture.map((found, pageIndex) => {
    const page = pages[pageIndex];
    // A page whose first line is text has no letterhead over it.
    if (found.size === 0 || !found.has(tops[pageIndex][0])) return found;
    const withLetterhead = new Set(found);
    for (const index of tops[pageIndex]) {
      if (withLetterhead.has(index)) continue;
      if ((pagesWithKey.get(keyOf(page[index])) ?? 0) < 2 || kept(page, index)) break;
      withLetterhead.add(index);
    }
    return withLetterhead;
  });
}
