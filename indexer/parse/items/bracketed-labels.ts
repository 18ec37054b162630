// "(2) Apologies:- Apologies received from …", "(3) Minutes of Meeting Held on 13th February 2007 ;-": a parish clerk's
// typed minutes, each item a number in brackets and a label closed by a colon and a dash, its text run on after it.
// A bracketed number more often numbers a paragraph's part, so only a run of such labels numbered one after another
// is read as items: each label is given the "2. Apologies:" shape the item and attendance readers know, on its own line.
import { firstContentCharacter } from '../patterns';

/** "(4) Matters Arising:-", "(l) Present:-": a bracketed number (a typist's "l" for a one), a label, ":-" or ";-". */
const BRACKETED_LABEL = /^\s*\((\d{1,2}|l)\)\s+(\S[^:;]{0,80}?)\s*[:;]-\s*(.*)$/;

/** How many labels numbered one after another make a run. */
const MIN_RUN = 3;

interface BracketedLabel {
  index: number;
  number: number;
  label: string;
  rest: string;
}

/** `lines` with each run of bracketed labels rewritten as numbered items; the same array when there is none. */
export function withBracketedLabelsNumbered(lines: string[]): string[] {
  const labels: BracketedLabel[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    // Lines are let go on their first character: only a bracket opens such a label.
    if (firstContentCharacter(lines[index]) !== '(') continue;
    const match = BRACKETED_LABEL.exec(lines[index]);
    if (match) labels.push({ index, number: match[1] === 'l' ? 1 : Number(match[1]), label: match[2], rest: match[3] });
  }
  if (labels.length < MIN_RUN) return lines;
  const rewritten = new Map<number, string[]>();
  for (let start = 0; start < labels.length; ) {
    let end = start + 1;
    while (end < labels.length && labels[end].number === labels[end - 1].number + 1) end += 1;
    // The label heads its item on a line of its own; the text run on after it opens the item's first paragraph.
    if (end - start >= MIN_RUN) for (const { index, number, label, rest } of labels.slice(start, end)) rewritten.set(index, [`${number}. ${label}:`, rest]);
    start = end;
  }
  return rewritten.size === 0 ? lines : lines.flatMap((line, index) => rewritten.get(index) ?? [line]);
}
