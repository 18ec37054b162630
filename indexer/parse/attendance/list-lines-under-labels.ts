// Lists of people under an attendance label alone, printed so that the attendance rules would not read them, set as they
// read them: "Members Attended" over "1. Prof. G. Ravindran, Vice-Chancellor. 2. Dr. V. Mustafa. 3. …" (a numbered list
// run onto one line, as Indian universities' syndicates print it) set one entry a line; "PRESENT" over "Councillors" over
// "Berman (Chairman), Chopra, Evans and Mills" (an Australian council's plural title on a line of its own, as its table's
// first column printed it) set as one line, the title before the names it titles; "Present" over "Members" (a
// university council's heading of its members' part) with the heading left out.
import { attendanceLabelOf } from './attendance-labels';
import { contentLineBefore, isBlank } from '../patterns';

/** "1. " before a capital: a numbered entry's start, at the line's start or after a space. */
const ENTRY_NUMBER = /(?:^|\s)(\d{1,3})\.\s+(?=\p{Lu})/gu;
/** Fewer entries than this in a row are no list run on: "1. Welcome 2. Apologies" may be anything. */
const MIN_ENTRIES = 3;

/** Where each entry of a list numbered 1, 2, 3, … in a row starts in `text`; empty when it holds fewer than MIN_ENTRIES. */
function entryStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(ENTRY_NUMBER)) {
    if (Number(match[1]) !== starts.length + 1) break;
    starts.push(match.index + match[0].length - match[0].trimStart().length);
  }
  return starts.length >= MIN_ENTRIES ? starts : [];
}

/** Whether the last line above `index` that is not blank is an attendance label alone: "PRESENT", "Members Attended". */
function underBareLabel(lines: string[], index: number): boolean {
  const above = contentLineBefore(lines, index - 1);
  return above >= 0 && lines[above].trim().length <= 40 && attendanceLabelOf(lines[above].trim())?.rest === '';
}

/** "Members": the heading of the members' part of a list, alone on its line under its label. */
const MEMBERS_HEADING = /^(?:Members|MEMBERS)$/;
/** "Councillors", "Crs": a plural title alone on its line. */
const PLURAL_TITLE = /^(?:Councillors|COUNCILLORS|Cllrs|Crs|Commissioners|Trustees|Directors|Governors)$/;
/** "Berman (Chairman), Chopra, Evans": a list of surnames or names, a comma after the first. */
const NAMES_LIST = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+\([^()]{1,30}\))?,\s+\p{Lu}/u;

/**
 * `lines` with each numbered list of people run onto a line under an attendance label set one entry a line, and each
 * plural title alone under one joined to the list of names under it.
 */
export function withListLinesUnderLabels(lines: string[]): string[] {
  let split: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const text = line.trimStart();
    const next = lines[index + 1]?.trim();
    // "Present" over "Members" over the members: the group's heading under the label, as a university council prints it.
    if (MEMBERS_HEADING.test(text.trimEnd()) && underBareLabel(lines, index)) {
      split ??= lines.slice(0, index);
      continue;
    }
    if (next !== undefined && PLURAL_TITLE.test(text.trimEnd()) && NAMES_LIST.test(next) && underBareLabel(lines, index)) {
      // A blank line after it ends the list where its line ended: joined, the line is longer than the text's wrap.
      (split ??= lines.slice(0, index)).push(`${text.trimEnd()} ${next}`, ...(isBlank(lines[index + 2] ?? '') ? [] : ['']));
      index += 1;
      continue;
    }
    const starts = text.startsWith('1.') && text.includes(' 2.') && underBareLabel(lines, index) ? entryStarts(text) : [];
    if (starts.length === 0) {
      split?.push(line);
      continue;
    }
    split ??= lines.slice(0, index);
    starts.forEach((start, entry) => split!.push(text.slice(start, starts[entry + 1] ?? text.length).trim()));
  }
  return split ?? lines;
}
