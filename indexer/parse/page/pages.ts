// The pages of a text with form feeds: split apart, a page's furniture lines taken out, and joined again across the
// breaks (furniture.ts tells which lines are furniture). Lines are copied a run at a time, never a line at a time.
import { concatenated } from '../../../core/arrays';
import { isBlank } from '../patterns';

/** A sentence ends with one of these characters (then only white space): a trimmed line's last character tells. */
export const SENTENCE_ENDINGS = '.!?:;”"’)]';
export const SENTENCE_END = new RegExp(`[${SENTENCE_ENDINGS.replace(']', '\\]')}]\\s*$`);

/**
 * Each page's lines: `lines` split again where a form feed ends a page (splitting the text again took longer). The lines
 * between form feeds are copied a page at a time.
 */
export function pagesOf(lines: string[]): string[][] {
  const pages: string[][] = [];
  // The start of the page being read: the text after the last form feed, and the whole lines from `from` on.
  let head: string | null = null;
  let from = 0;
  const pageTo = (to: number, end: string | null) => {
    const page = lines.slice(from, to);
    if (head !== null) page.unshift(head);
    if (end !== null) page.push(end);
    pages.push(page);
  };
  for (let index = 0; index < lines.length; index += 1) {
    if (!lines[index].includes('\f')) continue;
    const [end, ...starts] = lines[index].split('\f');
    pageTo(index, end);
    for (const start of starts.slice(0, -1)) pages.push([start]);
    head = starts[starts.length - 1];
    from = index + 1;
  }
  pageTo(lines.length, null);
  return pages;
}

/** `page` without the lines at `indexes`: the runs between them copied whole (they are a few, at the page's edges). */
export function withoutLinesAt(page: string[], indexes: ReadonlySet<number>): string[] {
  const kept: string[][] = [];
  let from = 0;
  for (const index of [...indexes].sort((a, b) => a - b)) {
    kept.push(page.slice(from, index));
    from = index + 1;
  }
  kept.push(page.slice(from));
  return concatenated(kept);
}

/** Part of a page, `page.slice(from, to)`, kept as its bounds until the pages are joined. */
interface PageRun {
  page: string[];
  from: number;
  to: number;
}

/**
 * The pages as one text: a page break inside a sentence joins the two halves; after a finished sentence it leaves a
 * paragraph break. Blank lines at the break are dropped. Each page is kept as its bounds and copied once, a slice at a
 * time, at the end (a copy of everything before each page made a long PDF quadratic, and a push a line was most of the
 * time left).
 */
export function joinAcrossBreaks(pages: string[][]): string[] {
  const runs: PageRun[] = [];
  for (const page of pages) {
    // Blank lines before the break, from the end of the text so far (a page of blank lines holds nothing to keep).
    while (runs.length > 0) {
      const last = runs[runs.length - 1];
      while (last.to > last.from && isBlank(last.page[last.to - 1])) last.to -= 1;
      if (last.to > last.from) break;
      runs.pop();
    }
    const lastRun = runs[runs.length - 1];
    if (lastRun !== undefined && SENTENCE_END.test(lastRun.page[lastRun.to - 1])) runs.push({ page: [''], from: 0, to: 1 });
    runs.push({ page, from: leadingBlankCount(page), to: page.length });
  }
  return concatenated(runs.map(({ page, from, to }) => (from === 0 && to === page.length ? page : page.slice(from, to))));
}

function leadingBlankCount(lines: string[]): number {
  const index = lines.findIndex((line) => !isBlank(line));
  return index === -1 ? lines.length : index;
}
