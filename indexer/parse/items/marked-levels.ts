// The level of marked headings that heads a meeting's items, where headings one level down part each item.
import type { HeadingCandidate } from './headings';

/** How many headings of the level above must each have headings of the common level under them. */
const MIN_PARENTS = 2;

/**
 * "### Librarian's Update" over "#### Book Crawl", "#### Request List", then "### Publicity Officer's Update" over
 * "#### Has Done", "#### Would Like to Do": a society's web page heads each officer's report and parts it again one
 * level down, so the lower level is the more common. Where two or more headings of the level above each have headings
 * of the common level under them, the level above heads the items (the lower one their sub-items); a level above
 * whose headings only frame the minutes ("## Agenda", "## Minutes" over every item) does not, nor one whose first
 * heading comes after the first of the common level (a page whose levels were set at random).
 */
export function itemLevelAbove(marked: HeadingCandidate[], commonLevel: number): number {
  // The nearest level above that the document uses: a web page printed to PDF keeps its <h3> as "##" and makes its
  // <h4> a wholly bold line (level 7), with no level between.
  const parentLevel = marked.reduce((nearest, heading) => (heading.level !== null && heading.level < commonLevel && heading.level > nearest ? heading.level : nearest), 0);
  const firstParent = marked.findIndex((heading) => heading.level === parentLevel);
  if (firstParent === -1 || marked.findIndex((heading) => heading.level === commonLevel) < firstParent) return commonLevel;
  let parents = 0;
  // Whether a heading of the level above is open, and whether a heading of the common level stands under it yet.
  let open = false;
  let hasChildren = false;
  for (const heading of marked) {
    if (heading.level === parentLevel || (heading.level !== null && heading.level < parentLevel)) {
      if (hasChildren) parents += 1;
      open = heading.level === parentLevel;
      hasChildren = false;
    } else if (heading.level === commonLevel && open) hasChildren = true;
  }
  if (hasChildren) parents += 1;
  return parents >= MIN_PARENTS ? parentLevel : commonLevel;
}
