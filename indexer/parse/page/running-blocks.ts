// A letterhead printed at the top of every page ("P a g e | 2" / "Parish Clerk : …" / an address / "Tel: …" / "Mobile:
// …", as a parish clerk's Word template prints it), or a footer of as many lines at the bottom (a city's "Special Joint
// Meeting" / the bodies meeting, over two or three lines / the page number / the date), runs deeper than the few lines
// at a page's edge that are read for running headers: the lines next to the page's furniture, out to the first that is
// not repeated at that edge of other pages, are the letterhead's or the footer's too.
import { SENTENCE_END } from './pages';
import { isBlank } from '../patterns';

/** How many lines (blank ones aside) at either edge of a page a letterhead or a footer may fill. */
const RUNNING_BLOCK_LINES = 8;

/** The indexes of a page's lines that are not blank, up to RUNNING_BLOCK_LINES of them, from its top or from its bottom. */
function edgeIndexes(page: string[], fromTop: boolean): number[] {
  const indexes: number[] = [];
  for (let step = 0; step < page.length && indexes.length < RUNNING_BLOCK_LINES; step += 1) {
    const index = fromTop ? step : page.length - 1 - step;
    if (!isBlank(page[index])) indexes.push(index);
  }
  return indexes;
}

/**
 * A line as it repeats at the edge of every page: the same text, white space aside. Its digits count, unlike a running
 * header's next to a page number: the page number is at the very edge, and a letterhead's telephone number is the same on
 * every page, where a table's rows that end pages alike ("Four Oaks - £2,355") differ in their figures.
 */
const keyOf = (line: string) => line.trim().replace(/\s+/g, ' ');

/**
 * Each page's furniture (`furniture`, the indexes found at its edges) with the lines of a deeper letterhead and footer
 * added: a line is one when every line between it and the page's edge is furniture and it stands at the same edge of
 * another page too, unless `kept` says the line is text whatever repeats it (a heading over "Minutes of …").
 */
export function withRunningBlocks(pages: string[][], furniture: Set<number>[], kept: (page: string[], index: number) => boolean): Set<number>[] {
  let found = furniture;
  for (const fromTop of [true, false]) {
    const edges = pages.map((page) => edgeIndexes(page, fromTop));
    const pagesWithKey = new Map<string, number>();
    // A line is filed with how deep it stands (its place among the edge's lines): a letterhead's lines stand at the same
    // depth on every page, where a line of text that happens to repeat near another page's edge ("Seconded by Councillor X") does not.
    edges.forEach((indexes, pageIndex) => {
      indexes.forEach((index, depth) => {
        const key = `${depth} ${keyOf(pages[pageIndex][index])}`;
        pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
      });
    });
    found = found.map((lines, pageIndex) => {
      const [page, indexes] = [pages[pageIndex], edges[pageIndex]];
      // A page whose edge line is text has no letterhead or footer there.
      if (indexes.length === 0 || !lines.has(indexes[0])) return lines;
      const deeper = new Set(lines);
      for (const [depth, index] of indexes.entries()) {
        if (deeper.has(index)) continue;
        // A sentence ("The agenda was posted in accordance with the Brown Act.") is a meeting's own text, however often a pack repeats it.
        if ((pagesWithKey.get(`${depth} ${keyOf(page[index])}`) ?? 0) < 2 || SENTENCE_END.test(page[index]) || kept(page, index)) break;
        deeper.add(index);
      }
      return deeper;
    });
  }
  return found;
}
