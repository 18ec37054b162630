// "(2) Apologies:- Apologies received from …", "(3) Minutes of Meeting Held on 13th February 2007 ;-": a parish clerk's
// typed minutes, each item a number in brackets and a label closed by a colon and a dash, its text run on after it.
// A club board's minutes bracket the label after the item's number instead: "Item 2 (Review & approval of Minutes):
// Minutes of January 9 approved.", "Item 4 (Old business)" over its text.
// A bracketed number more often numbers a paragraph's part, so only a run of such labels numbered one after another
// is read as items: each label is given the "2. Apologies:" shape the item and attendance readers know, on its own line.
import { firstContentCharacter } from '../patterns';

/** "(4) Matters Arising:-", "(l) Present:-": a bracketed number (a typist's "l" for a one), a label, ":-" or ";-". */
const BRACKETED_LABEL = /^\s*\((\d{1,2}|l)\)\s+(\S[^:;]{0,80}?)\s*[:;]-\s*(.*)$/;

/** "Item 2 (Review & approval of Minutes): Minutes of January 9 approved.", "Item 4 (Old business)": the label bracketed after the number. */
const ITEM_BRACKETED_LABEL = /^\s*Item\s+(\d{1,2})\s+\(([^()]{2,80})\)\s*(?::\s*(.*))?$/i;

/** How many labels numbered one after another make a run. */
const MIN_RUN = 3;

interface BracketedLabel {
  index: number;
  number: number;
  label: string;
  rest: string;
  /** "Item 2 (…)": set as a marked heading, as a plain numbered agenda listed above such minutes does not take their items. */
  marked: boolean;
}

/** `lines` with each run of bracketed labels rewritten as numbered items; the same array when there is none. */
export function withBracketedLabelsNumbered(lines: string[]): string[] {
  const labels: BracketedLabel[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    // Lines are let go on their first character: only a bracket or "Item" opens such a label.
    const first = firstContentCharacter(lines[index]);
    if (first !== '(' && first !== 'I') continue;
    const match = (first === '(' ? BRACKETED_LABEL : ITEM_BRACKETED_LABEL).exec(lines[index]);
    if (match) labels.push({ index, number: match[1] === 'l' ? 1 : Number(match[1]), label: match[2], rest: match[3] ?? '', marked: first === 'I' });
  }
  if (labels.length < MIN_RUN) return lines;
  const rewritten = new Map<number, string[]>();
  for (let start = 0; start < labels.length; ) {
    let end = start + 1;
    while (end < labels.length && labels[end].number === labels[end - 1].number + 1) end += 1;
    // The label heads its item on a line of its own; the text run on after it opens the item's first paragraph.
    if (end - start >= MIN_RUN) for (const { index, number, label, rest, marked } of labels.slice(start, end)) rewritten.set(index, marked ? [`## ${number}. ${label}`, '', rest] : [`${number}. ${label}:`, rest]);
    start = end;
  }
  return rewritten.size === 0 ? lines : lines.flatMap((line, index) => rewritten.get(index) ?? [line]);
}
