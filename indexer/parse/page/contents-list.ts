// A contents list printed before the minutes ("Contents" over "1. Welcome and apologies ....... 1"), as a word
// processor's table of contents comes out in a PDF: its entries name the items again, each with its page's number,
// and would read as items of their own, the minutes' own items after them repeating the numbers.
import { firstContentCharacter } from '../patterns';

/** "Contents", "Table of contents", "**CONTENTS**": the label a contents list stands under. */
const CONTENTS_LABEL = /^(?:#{1,6}\s+)?(?:\*\*)?(?:Table of )?Contents(?:\*\*)?:?$/i;
/** How CONTENTS_LABEL starts, in any case: a line starting otherwise is let go on its first character. */
const LABEL_STARTS = '#*TtCc';
/** "2. Minutes of the last meeting ........ 1", "Chair's report      1", "Election of directors 2": a title, then its page. */
const CONTENTS_ENTRY = /^\S.*?\S(?:\s*(?:[.…·]\s?){3,}\s*|\s+)(\d{1,3})$/;
/** A label over fewer entries is not a contents list. */
const MIN_ENTRIES = 2;
/** "Declarations of Interest ...... 3 ": an entry's dot leader and page number, where a line may hold many of them. */
const LEADER_AND_PAGE = /(?:[.…·]\s?){3,}\s*\d{1,3}(?=\s|$)/g;

/**
 * How many entries a contents list's line holds: one, or as many as its dot leaders where a copy ran the list onto one
 * line ("451 Welcome ...... 3 452 Declarations of Interest ...... 3 …", as a document site gives a Word contents list).
 */
function entriesOn(line: string): number {
  return Math.max(1, line.match(LEADER_AND_PAGE)?.length ?? 0);
}

/** The line after the contents list under the label at `label`, or null where no such list stands there. */
function contentsListEnd(lines: string[], label: number): number | null {
  let [entries, lastPage, end] = [0, 0, label + 1];
  for (let index = label + 1; index < lines.length; index += 1) {
    const trimmed = lines[index].trim();
    if (trimmed === '') continue;
    const entry = CONTENTS_ENTRY.exec(trimmed);
    // The pages of a contents list never go back.
    if (entry === null || Number(entry[1]) < lastPage) break;
    [entries, lastPage, end] = [entries + entriesOn(trimmed), Number(entry[1]), index + 1];
  }
  return entries >= MIN_ENTRIES ? end : null;
}

/** Whether a line starts as a label and holds "ontents": most lines are let go on their first character, the rest before the label's pattern. */
function mayBeLabel(line: string): boolean {
  const first = firstContentCharacter(line);
  return first !== '' && LABEL_STARTS.includes(first) && /ontents/i.test(line);
}

/** The lines without their first contents list (its label and entries), or the lines as they are where none stands. */
export function withoutContentsList(lines: string[]): string[] {
  const label = lines.findIndex((line) => mayBeLabel(line) && CONTENTS_LABEL.test(line.trim()));
  const end = label === -1 ? null : contentsListEnd(lines, label);
  return end === null ? lines : [...lines.slice(0, label), ...lines.slice(end)];
}

/**
 * The items without an empty one titled "Contents" before the others: a parliament's web page of its official report,
 * copied with its contents folded away, leaves the label alone over the first item's title, and it heads no item.
 */
export function withoutEmptyContentsItem<Item extends { number: string | null; title: string; lines: string[] }>(items: Item[]): Item[] {
  const first = items[0];
  const empty = items.length > 1 && first.number === null && CONTENTS_LABEL.test(first.title.trim()) && first.lines.every((line) => line.trim() === '');
  return empty ? items.slice(1) : items;
}
