// A contents list printed before the minutes ("Contents" over "1. Welcome and apologies ....... 1"), as a word
// processor's table of contents comes out in a PDF: its entries name the items again, each with its page's number,
// and would read as items of their own, the minutes' own items after them repeating the numbers.
import { contentLineFrom, endsWithOneOf, firstContentCharacter } from '../patterns';

/** "Contents", "Table of contents", "**CONTENTS**": the label a contents list stands under. */
const CONTENTS_LABEL = /^(?:#{1,6}\s+)?(?:\*\*)?(?:Table of )?Contents(?:\*\*)?:?$/i;
/** "Index", "INDEX OF MINUTES": an Australian or South African council's label for its contents list. */
const INDEX_LABEL = /^(?:\*\*)?Index(?:\s+(?:of|to)\s+(?:the\s+)?(?:Minutes|Items|Contents))?(?:\*\*)?:?$/i;
/**
 * "Item        Subject        Page", "Item number AGENDA Page": the headings of a contents list's columns, set under
 * its label or standing for it, ending in the column of pages.
 */
const COLUMN_HEADINGS = /^(?:Item|No\.?)(?:\s+(?:No\.?|Nr\.?|Number))?\s+(?:Subject|Description|Agenda|Title|Report|Heading)\s+Page(?:\s+No\.?)?$/i;
/** How CONTENTS_LABEL starts, in any case: a line starting otherwise is let go on its first character. */
const LABEL_STARTS = '#*TtCcIiNn';
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

/** "5.1.1 A170 Adjustment budget …": an entry's title opening with its item's number. */
const NUMBERED_TITLE = /^\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+\S/;
/** "7": an entry's page number alone on the line under its title, where the title took the line's width. */
const PAGE_ALONE = /^\d{1,3}$/;

/** How many lines an entry's title may be wrapped over, its page at the last one's end. */
const MAX_ENTRY_LINES = 3;

/**
 * The entry starting at line `index` and its last line: the line alone, or with the lines straight under it that its
 * title was wrapped onto ("6.2 Material Change of Use for a Farm Stay at 88" over "Tallow Road …… 4"); null where no
 * entry ends within them.
 */
function entryAt(lines: string[], index: number): { entry: RegExpExecArray; text: string; last: number } | null {
  let text = lines[index].trim();
  for (let last = index; ; last += 1) {
    // An entry ends in its page's figure: the pattern, whose lazy title is tried at each character, is tried only then.
    const entry = endsWithOneOf(text, '0123456789') ? CONTENTS_ENTRY.exec(text) : null;
    if (entry !== null) return { entry, text, last };
    const next = lines[last + 1]?.trim() ?? '';
    if (last - index + 1 >= MAX_ENTRY_LINES || next === '') return null;
    text = `${text} ${next}`;
  }
}

/**
 * The line after the contents list under the label at `label`, or null where no such list stands there. The headings of
 * its columns may stand under the label, and an entry whose title filled its line may have its page on the next
 * ("5.1.1 A170 ADJUSTMENT BUDGET: … (ROLL OVER BUDGET)" over "7").
 */
function contentsListEnd(lines: string[], label: number): number | null {
  let [entries, lastPage, end] = [0, 0, label + 1];
  for (let index = label + 1; index < lines.length; index += 1) {
    const trimmed = lines[index].trim();
    if (trimmed === '' || (entries === 0 && COLUMN_HEADINGS.test(trimmed))) continue;
    const found = entryAt(lines, index);
    // A title with no page at its end, wrapped over lines of their own: the page, if any, stands under its last.
    const titleEnd = found === null ? wrappedTitleEnd(lines, index) : index;
    const next = contentLineFrom(lines, titleEnd + 1);
    const under = found === null && entries > 0 && next < lines.length ? next : -1;
    const pageUnder = under !== -1 && PAGE_ALONE.test(lines[under].trim()) ? under : -1;
    // Its page alone under it, or lost with the page numbers taken out as furniture: a numbered title over the next entry.
    const pageLost = under !== -1 && pageUnder === -1 && NUMBERED_TITLE.test(trimmed) && entryAt(lines, under) !== null;
    const page = found !== null ? Number(found.entry[1]) : pageUnder !== -1 ? Number(lines[pageUnder].trim()) : pageLost ? lastPage : -1;
    // The pages of a contents list never go back.
    if (page < lastPage) break;
    const last = found !== null ? found.last : pageUnder === -1 ? index : pageUnder;
    [entries, lastPage, end] = [entries + (found === null ? 1 : entriesOn(found.text)), page, last + 1];
    index = last;
  }
  return entries >= MIN_ENTRIES ? end : null;
}

/** The last line of the text starting at `index` and running on with no blank line, up to MAX_ENTRY_LINES lines. */
function wrappedTitleEnd(lines: string[], index: number): number {
  let last = index;
  while (last - index + 1 < MAX_ENTRY_LINES && (lines[last + 1]?.trim() ?? '') !== '') last += 1;
  return last;
}

/**
 * "1 Opening of Meeting ...... 3": an entry of a contents list printed with no label over it (a council's minutes whose
 * cover title stands over the list), its item's number first and a dot leader before its page.
 */
const NUMBERED_LEADER_ENTRY = /^\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+\S.*?(?:[.…·]\s?){4,}\s*(\d{1,3})$/;
/** Fewer numbered entries with dot leaders in a row than this are no contents list (a dotted line of figures may be). */
const MIN_UNLABELLED_ENTRIES = 4;
/** How far down the text an unlabelled contents list may start: it stands before the minutes. */
const UNLABELLED_WITHIN = 120;

/**
 * The first line and the line after an unlabelled contents list: a run of entries with dot leaders whose pages never go
 * back, most opening with an item's number ("1 Opening of Meeting ...... 3", "10.1 Community Grants ...... 6"), the
 * headings of groups among them ("Council Sustainability ...... 19") carried by the numbered ones.
 */
function unlabelledContentsList(lines: string[]): { start: number; end: number } | null {
  for (let start = 0; start < Math.min(lines.length, UNLABELLED_WITHIN); start += 1) {
    const first = entryAt(lines, start);
    if (first === null || !NUMBERED_LEADER_ENTRY.test(first.text)) continue;
    let [numbered, lastPage, end] = [0, 0, start];
    for (let index = start; index < lines.length; index += 1) {
      if (lines[index].trim() === '') continue;
      const found = entryAt(lines, index);
      if (found === null || !/(?:[.…·]\s?){4,}\s*\d{1,3}$/.test(found.text) || Number(found.entry[1]) < lastPage) break;
      [numbered, lastPage, end] = [numbered + (NUMBERED_LEADER_ENTRY.test(found.text) ? 1 : 0), Number(found.entry[1]), found.last + 1];
      index = found.last;
    }
    if (numbered >= MIN_UNLABELLED_ENTRIES) return { start, end };
    start = end;
  }
  return null;
}

/** Whether a line starts as a label and holds "ontents", "ndex" or "page": most lines are let go on their first character, the rest before the label's pattern. */
function mayBeLabel(line: string): boolean {
  const first = firstContentCharacter(line);
  return first !== '' && LABEL_STARTS.includes(first) && /ontents|ndex|page/i.test(line);
}

/** Whether a line is a contents list's label, or the headings of its columns standing for one. */
function isLabel(line: string): boolean {
  if (!mayBeLabel(line)) return false;
  const trimmed = line.trim();
  return CONTENTS_LABEL.test(trimmed) || INDEX_LABEL.test(trimmed) || COLUMN_HEADINGS.test(trimmed);
}

/**
 * The lines without their first contents list (its label and entries), or the lines as they are where none stands: one
 * under a label, or else a run of numbered entries with dot leaders near the top.
 */
export function withoutContentsList(lines: string[]): string[] {
  const label = lines.findIndex(isLabel);
  const end = label === -1 ? null : contentsListEnd(lines, label);
  if (end !== null) return [...lines.slice(0, label), ...lines.slice(end)];
  const unlabelled = unlabelledContentsList(lines);
  return unlabelled === null ? lines : [...lines.slice(0, unlabelled.start), ...lines.slice(unlabelled.end)];
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
